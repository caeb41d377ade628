import type { LoginInput } from "@par/domain";
import type { Context } from "../context";
import { insertAudit } from "../db/audit.repository";
import { clearFailures, countFailuresSince, recordFailedLogin } from "../db/login-attempt.repository";
import { deleteStaleSessions } from "../db/session.repository";
import { inTransaction } from "../db/transaction";
import { findUserByUsername } from "../db/user.repository";
import { fail } from "../errors";
import { verifyPassword } from "./password";
import {
  LOGIN_MAX_FAILURES_PER_IP,
  LOGIN_MAX_FAILURES_PER_USERNAME,
  LOGIN_WINDOW_MS,
  SESSION_IDLE_MS,
} from "./session-policy";
import { startSession } from "./sessions";

const WRONG = "Tên đăng nhập hoặc mật khẩu không đúng / Wrong username or password";
const TOO_MANY =
  "Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 15 phút / Too many failed sign-ins. Please try again in 15 minutes";
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Checks the limits, then the password. Unknown user, inactive user and wrong password give the same
 * answer in about the same time. Returns the new session's token for the cookie.
 */
export async function logIn(ctx: Context, input: LoginInput) {
  const username = input.username.toLowerCase();
  const since = new Date(ctx.now.getTime() - LOGIN_WINDOW_MS);
  const byName = await countFailuresSince(ctx.db, since, { username });
  const byIp = ctx.ip ? await countFailuresSince(ctx.db, since, { ip: ctx.ip }) : 0;
  if (byName >= LOGIN_MAX_FAILURES_PER_USERNAME || byIp >= LOGIN_MAX_FAILURES_PER_IP) {
    fail("AUTH.RATE_LIMITED", TOO_MANY);
  }

  const user = await findUserByUsername(ctx.db, username);
  const usable = user?.active ? user : undefined;
  const passwordOk = await verifyPassword(usable?.password_hash ?? null, input.password);
  if (!usable || !passwordOk) {
    await recordFailedLogin(ctx.db, { username, ip: ctx.ip, now: ctx.now });
    fail("AUTH.INVALID_CREDENTIALS", WRONG);
  }

  return inTransaction(ctx.db, async (trx) => {
    await clearFailures(trx, username, new Date(ctx.now.getTime() - DAY_MS));
    await deleteStaleSessions(trx, ctx.now, new Date(ctx.now.getTime() - SESSION_IDLE_MS));
    const session = await startSession(trx, usable.id, ctx.now);
    await insertAudit(
      trx,
      { userId: usable.id, ip: ctx.ip, now: ctx.now },
      {
        action: "login",
        entity: "session",
        entityId: session.id.slice(0, 16),
        unitId: null,
        before: null,
        after: { username: usable.username, expiresAt: session.expiresAt.toISOString() },
      },
    );
    return { userId: usable.id, ...session };
  });
}
