import { importTwoTier2025 } from "../seed/import-2025";
import { openMigratedDatabase } from "./open-database";

/** `pnpm --filter @par/api run units:import-2025`: adds the two-tier structure of 1 July 2025. Safe to re-run. */
const handle = await openMigratedDatabase();
try {
  const result = await importTwoTier2025(handle.db, { userId: null, ip: null, now: new Date() });
  console.log(
    `Đã đóng ${result.closed} đơn vị (hết hiệu lực 30/06/2025), thêm ${result.created} xã/phường từ 01/07/2025 / ` +
      `Closed ${result.closed} units (valid to 2025-06-30), added ${result.created} communes from 2025-07-01`,
  );
} finally {
  await handle.close();
}
