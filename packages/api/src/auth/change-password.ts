import { type ChangePasswordInput, passwordProblem } from "@par/domain";
import type { Request } from "../access/request";
import { endOtherSessions, setPassword } from "../db/account.repository";
import { audited } from "../db/audit.repository";
import { findUserByUsername } from "../db/user.repository";
import { fail } from "../errors";
import { hashPassword, verifyPassword } from "./password";
import { userSessionsChanged } from "./session-changes";

/**
 * auth.changePassword: everyone's own, with the current password. Clears a reset's "must change"
 * flag and signs out the user's other sessions. Audited without either password.
 */
export async function changeOwnPassword(q: Request, input: ChangePasswordInput): Promise<{ ok: true }> {
  const user = await findUserByUsername(q.db, q.user.username);
  if (!user || !(await verifyPassword(user.password_hash, input.currentPassword))) {
    fail(
      "AUTH.WRONG_PASSWORD",
      "Mật khẩu hiện tại: không đúng / Current password: not correct",
      "currentPassword",
    );
  }
  const weak = passwordProblem(input.newPassword, {
    username: user.username,
    previous: input.currentPassword,
  });
  if (weak) fail("AUTH.WEAK_PASSWORD", `${weak.vi} / ${weak.en}`, "newPassword");
  const hash = await hashPassword(input.newPassword);
  return audited(q.db, q.actor, async (trx) => {
    await userSessionsChanged(trx, user.id);
    await setPassword(trx, user.id, { hash, mustChange: false, now: q.now });
    await endOtherSessions(trx, user.id, q.user.sessionId);
    return {
      result: { ok: true as const },
      audit: {
        action: "change_password",
        entity: "user",
        entityId: user.id,
        unitId: null,
        before: { mustChangePassword: user.must_change_password },
        after: { mustChangePassword: false },
      },
    };
  });
}
