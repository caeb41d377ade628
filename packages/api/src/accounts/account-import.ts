import { createHash } from "node:crypto";
import { type AccountImportInput, type AccountImportPlan, planAccountImport } from "@par/domain";
import { provinceOf } from "../access/province";
import type { Request } from "../access/request";
import { hashPassword } from "../auth/password";
import { setPassword, takenUsernames } from "../db/account.repository";
import { insertAudit } from "../db/audit.repository";
import type { Db } from "../db/database";
import { inTransaction } from "../db/transaction";
import { insertUser } from "../db/user.repository";
import { fail } from "../errors";
import { isUniqueViolation } from "../units/unit-checks";
import { recordsOf } from "../units/unit-import";

/** The preview as the screen shows it: every row (never its password) and every row's problems. */
export interface AccountImportPreview {
  rows: { row: number; username: string; displayName: string; role: string; unitName: string | null }[];
  problems: AccountImportPlan["problems"];
  token: string;
  ok: boolean;
}

async function planOf(db: Db, provinceId: number, input: AccountImportInput) {
  const records = await recordsOf({ fileName: input.fileName, contentBase64: input.contentBase64 });
  const names = records
    .flatMap((r) => r.cells.map((c) => c.trim().toLowerCase()))
    .filter((c) => c.length <= 100);
  // The province's open units by code (a sheet names units of its own province only).
  const units = await db
    .selectFrom("org_units")
    .select(["id", "code", "name"])
    .where("province_id", "=", provinceId)
    .where("valid_to", "is", null)
    .execute();
  const plan = planAccountImport({
    records,
    takenUsernames: await takenUsernames(db, names),
    unitsByCode: new Map(units.map((u) => [u.code.toLowerCase(), { id: u.id, name: u.name }])),
  });
  // The token binds the commit to this preview: same file, same register, same taken names.
  const token = createHash("sha256")
    .update(JSON.stringify([plan.rows, plan.problems.length]))
    .digest("hex");
  return { plan, token };
}

/** accounts.importPreview: what the commit would create; nothing saved. */
export async function previewAccountImport(
  q: Request,
  input: AccountImportInput,
): Promise<AccountImportPreview> {
  const { plan, token } = await planOf(q.db, provinceOf(q.user), input);
  return {
    rows: plan.rows.map((r) => ({
      row: r.row,
      username: r.username,
      displayName: r.displayName,
      role: r.role,
      unitName: r.unitName,
    })),
    problems: plan.problems,
    token,
    ok: plan.problems.length === 0 && plan.rows.length > 0,
  };
}

/** accounts.importCommit: every account of the sheet, or none when any row has a problem. */
export async function commitAccountImport(
  q: Request,
  input: AccountImportInput,
): Promise<{ created: number }> {
  const provinceId = provinceOf(q.user);
  // Hashing is slow on purpose (argon2): done before the transaction, which then only writes.
  const first = await planOf(q.db, provinceId, input);
  const hashes = new Map(
    await Promise.all(
      first.plan.rows.map(async (r) => [r.username, await hashPassword(r.password)] as const),
    ),
  );
  try {
    return await inTransaction(q.db, async (trx) => {
      const { plan, token } = await planOf(trx, provinceId, input);
      if (plan.problems.length > 0) {
        const shown = plan.problems.slice(0, 3).map((p) => p.message);
        fail("IMPORT.INVALID", shown.join("; "), "contentBase64");
      }
      if ((input.token !== undefined && input.token !== token) || token !== first.token) {
        fail(
          "IMPORT.CHANGED",
          "Tệp hoặc danh sách tài khoản đã thay đổi từ lúc xem trước; hãy xem trước lại / The file or the accounts changed since the preview; preview again",
          "token",
        );
      }
      for (const r of plan.rows) {
        const hash = hashes.get(r.username);
        if (hash === undefined) throw new Error("account import: the plan changed between its two readings");
        const user = await insertUser(trx, {
          username: r.username,
          displayName: r.displayName,
          passwordHash: hash,
          provinceId,
          roles: [{ role: r.role, unitId: r.unitId }],
          email: r.email,
        });
        await setPassword(trx, user.id, { hash, mustChange: true, now: q.now });
        await insertAudit(trx, q.actor, {
          action: "import",
          entity: "user",
          entityId: user.id,
          unitId: r.unitId,
          before: null,
          after: { username: r.username, displayName: r.displayName, role: r.role, unitId: r.unitId },
        });
      }
      return { created: plan.rows.length };
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      fail(
        "IMPORT.CHANGED",
        "Một tên đăng nhập vừa được dùng; hãy xem trước lại / A username was just taken; preview again",
        "contentBase64",
      );
    }
    throw error;
  }
}
