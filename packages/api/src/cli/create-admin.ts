import { parseArgs } from "node:util";
import { hashPassword } from "../auth/password";
import { insertAudit } from "../db/audit.repository";
import { inTransaction } from "../db/transaction";
import { rootUnits } from "../db/unit-tree.repository";
import { countUsersWithRole, findUserByUsername, insertUser } from "../db/user.repository";
import { env } from "../env";
import { openMigratedDatabase } from "./open-database";

/**
 * `pnpm --filter @par/api run admin:create -- --username X --password Y [--name "Họ tên"] [--province CODE]`:
 * the first province_admin of a province (a root of the register; `--province` names it by code when
 * the register holds several). Refuses when that province already has one.
 */
// pnpm passes the "--" separator through to the script.
const argv = process.argv.slice(2);
const { values } = parseArgs({
  args: argv[0] === "--" ? argv.slice(1) : argv,
  options: {
    username: { type: "string" },
    password: { type: "string" },
    name: { type: "string" },
    province: { type: "string" },
  },
});
const username = values.username?.trim().toLowerCase() ?? "";
const password = values.password ?? "";
if (!/^[a-z0-9._-]{3,100}$/.test(username) || password.length < 10) {
  console.error("Cần --username (3–100 ký tự a-z 0-9 . _ -) và --password (ít nhất 10 ký tự)");
  console.error("Needs --username (3–100 of a-z 0-9 . _ -) and --password (at least 10 characters)");
  process.exit(2);
}
if (env().demo) {
  console.error(
    "Đang ở chế độ trình diễn (PAR_DEMO): dùng các tài khoản mẫu / Demo mode is on: use the demo users",
  );
  process.exit(2);
}

const handle = await openMigratedDatabase();
try {
  const roots = (await rootUnits(handle.db)).filter((u) => !values.province || u.code === values.province);
  const province = roots.length === 1 ? roots[0]! : null;
  if (!province) {
    console.error(
      "Cần --province MÃ: danh mục có nhiều tỉnh, hoặc không có tỉnh này / Needs --province CODE: several provinces, or none with this code",
    );
    process.exitCode = 2;
  } else if ((await countUsersWithRole(handle.db, "province_admin", province.id)) > 0) {
    console.error("Đã có quản trị cấp tỉnh / A province_admin already exists");
    process.exitCode = 1;
  } else if (await findUserByUsername(handle.db, username)) {
    console.error(`Tên đăng nhập "${username}" đã tồn tại / Username "${username}" is taken`);
    process.exitCode = 1;
  } else {
    const passwordHash = await hashPassword(password);
    const now = new Date();
    await inTransaction(handle.db, async (trx) => {
      const user = await insertUser(trx, {
        username,
        displayName: values.name ?? "Quản trị hệ thống",
        passwordHash,
        provinceId: province.id,
        roles: [{ role: "province_admin", unitId: null }],
      });
      await insertAudit(
        trx,
        { userId: null, ip: null, now },
        {
          action: "create",
          entity: "user",
          entityId: user.id,
          unitId: null,
          before: null,
          after: { username, role: "province_admin" },
        },
      );
    });
    console.log(`Đã tạo quản trị cấp tỉnh "${username}" / Created province_admin "${username}"`);
  }
} finally {
  await handle.close();
}
