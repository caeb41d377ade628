import {
  type CreateAccountInput,
  type ListAccountsInput,
  type ResetPasswordInput,
  roleUnitProblem,
  type SetAccountActiveInput,
} from "@par/domain";
import { provinceOf } from "../access/province";
import type { Request } from "../access/request";
import { assertCanOnUnit } from "../access/unit-access";
import { hashPassword } from "../auth/password";
import { userSessionsChanged } from "../auth/session-changes";
import {
  countAccounts,
  endOtherSessions,
  findAccount,
  listAccounts,
  setActive,
  setPassword,
  takenUsernames,
} from "../db/account.repository";
import { audited } from "../db/audit.repository";
import { toPage } from "../db/keyset";
import { decodeKeyCursor } from "../db/keyset-key";
import { findUnit } from "../db/unit.repository";
import { insertUser } from "../db/user.repository";
import { fail } from "../errors";
import { isUniqueViolation } from "../units/unit-checks";
import { type AccountDto, toAccountDto } from "./account-dto";

const ENTITY = "user";

export function usernameTaken(username: string): never {
  fail(
    "USER.USERNAME_TAKEN",
    `Tên đăng nhập: "${username}" đã được dùng / Username: "${username}" is taken`,
    "username",
  );
}

/** accounts.list: the caller's province's accounts by username, a keyset page with the total. */
export async function listProvinceAccounts(q: Request, f: ListAccountsInput) {
  const provinceId = provinceOf(q.user);
  const after = decodeKeyCursor(f.cursor, "string");
  const rows = await listAccounts(q.db, {
    provinceId,
    afterUsername: after?.key,
    query: f.query,
    limit: f.limit + 1,
  });
  const total = f.cursor ? undefined : await countAccounts(q.db, provinceId);
  return toPage(rows, f.limit, (r) => [r.username, r.id], toAccountDto, total);
}

/** An account of the caller's province, or NOT_FOUND (another province's account is not there). */
async function accountInProvince(q: Request, userId: number) {
  const account = await findAccount(q.db, userId);
  if (!account || account.province_id !== provinceOf(q.user)) {
    fail("USER.NOT_FOUND", "Tài khoản: không tìm thấy / Account: not found", "userId");
  }
  return account;
}

/** accounts.create: an account of the province for one role (and unit), with a temporary password. */
export async function createAccount(q: Request, input: CreateAccountInput): Promise<AccountDto> {
  const provinceId = provinceOf(q.user);
  const rule = roleUnitProblem(input.role, input.unitId);
  if (rule)
    fail("USER.ROLE_UNIT", `${rule.vi} / ${rule.en}`, input.role === "national_reader" ? "role" : "unitId");
  if (input.unitId !== null) {
    const unit = await findUnit(q.db, input.unitId);
    if (!unit) fail("UNIT.NOT_FOUND", "Đơn vị: không tìm thấy / Unit: not found", "unitId");
    await assertCanOnUnit(q.db, q.user, "users.manage", unit.id);
  }
  const hash = await hashPassword(input.password);
  try {
    return await audited(q.db, q.actor, async (trx) => {
      if ((await takenUsernames(trx, [input.username])).size > 0) usernameTaken(input.username);
      const user = await insertUser(trx, {
        username: input.username,
        displayName: input.displayName,
        passwordHash: hash,
        provinceId,
        roles: [{ role: input.role, unitId: input.unitId }],
        email: input.email,
      });
      // A password someone else chose: the user sets their own at the first sign-in.
      await setPassword(trx, user.id, { hash, mustChange: true, now: q.now });
      const after = toAccountDto((await findAccount(trx, user.id))!);
      return {
        result: after,
        audit: {
          action: "create",
          entity: ENTITY,
          entityId: user.id,
          unitId: input.unitId,
          before: null,
          after,
        },
      };
    });
  } catch (error) {
    if (isUniqueViolation(error)) usernameTaken(input.username);
    throw error;
  }
}

/** accounts.resetPassword: a temporary password, to be changed at the next sign-in; other sessions end. */
export async function resetPassword(q: Request, input: ResetPasswordInput): Promise<AccountDto> {
  const account = await accountInProvince(q, input.userId);
  const hash = await hashPassword(input.password);
  return audited(q.db, q.actor, async (trx) => {
    await userSessionsChanged(trx, account.id);
    await setPassword(trx, account.id, { hash, mustChange: true, now: q.now });
    await endOtherSessions(trx, account.id, null);
    const after = toAccountDto((await findAccount(trx, account.id))!);
    return {
      result: after,
      // The audit row records that it happened, never the password.
      audit: {
        action: "reset_password",
        entity: ENTITY,
        entityId: account.id,
        unitId: account.unit_id,
        before: { mustChangePassword: account.must_change_password },
        after: { mustChangePassword: true },
      },
    };
  });
}

/** accounts.setActive: disable (signed out at once) or enable again. Nobody disables themselves. */
export async function setAccountActive(q: Request, input: SetAccountActiveInput): Promise<AccountDto> {
  const account = await accountInProvince(q, input.userId);
  if (account.id === q.user.userId && !input.active) {
    fail(
      "USER.SELF_DISABLE",
      "Tài khoản: không thể tự khóa tài khoản của mình / Account: you cannot disable your own account",
      "userId",
    );
  }
  return audited(q.db, q.actor, async (trx) => {
    await userSessionsChanged(trx, account.id);
    await setActive(trx, account.id, input.active, q.now);
    const after = toAccountDto((await findAccount(trx, account.id))!);
    return {
      result: after,
      audit: {
        action: input.active ? "enable" : "disable",
        entity: ENTITY,
        entityId: account.id,
        unitId: account.unit_id,
        before: { active: account.active },
        after: { active: input.active },
      },
    };
  });
}
