import { join } from "node:path";
import { parseArgs } from "node:util";
import { backupPglite, backupPostgres, restorePglite, restorePostgres } from "../db/backup";
import { createDb } from "../db/create-db";
import { tableCounts } from "../db/table-snapshot";
import { env } from "../env";

/**
 * `pnpm --filter @par/api run db:backup -- --out FILE` and `db:restore -- --from FILE`, on the database
 * the server would use (same environment). See docs/backup.md.
 */
const [command, ...rest] = process.argv.slice(2).filter((a, i) => !(i === 1 && a === "--"));
const { values } = parseArgs({ args: rest, options: { out: { type: "string" }, from: { type: "string" } } });
const config = env();
const dataDir = join(config.dataDir, "pglite");

function usage(): never {
  console.error("Dùng / usage: db:backup -- --out FILE | db:restore -- --from FILE");
  process.exit(2);
}

if (command === "backup") {
  if (!values.out) usage();
  if (config.databaseUrl) {
    await backupPostgres(config.databaseUrl, values.out);
  } else {
    // Opening the folder takes its lock: with the embedded database, stop the server first.
    const handle = await createDb({ dataDir });
    try {
      await backupPglite(handle, values.out);
    } finally {
      await handle.close();
    }
  }
  console.log(`Đã sao lưu vào / Backed up to ${values.out}`);
} else if (command === "restore") {
  if (!values.from) usage();
  if (config.databaseUrl) await restorePostgres(values.from, config.databaseUrl);
  else await restorePglite(values.from, dataDir);
  const handle = await createDb({ databaseUrl: config.databaseUrl, dataDir });
  try {
    const counts = await tableCounts(handle.db);
    for (const [table, n] of Object.entries(counts)) console.log(`${table.padEnd(28)} ${n}`);
  } finally {
    await handle.close();
  }
  console.log(`Đã khôi phục từ / Restored from ${values.from}`);
} else usage();
