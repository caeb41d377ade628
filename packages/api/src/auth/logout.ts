import type { Context } from "../context";
import { audited } from "../db/audit.repository";
import { announceSessionEnded, deleteSession } from "../db/session.repository";
import { sessionCache } from "./session-cache";

/** Ends the caller's session (if any) and clears the cookie; signing out twice is not an error. */
export async function logOut(ctx: Context): Promise<void> {
  const session = ctx.session;
  if (session) {
    await audited(ctx.db, { userId: session.userId, ip: ctx.ip, now: ctx.now }, async (trx) => {
      await deleteSession(trx, session.sessionId);
      // Every process drops it from memory at commit (NOTIFY is delivered then), this one at once.
      await announceSessionEnded(trx, session.sessionId);
      sessionCache.forget(session.sessionId);
      return {
        result: undefined,
        audit: {
          action: "logout",
          entity: "session",
          entityId: session.sessionId.slice(0, 16),
          unitId: null,
          before: { username: session.username },
          after: null,
        },
      };
    });
  }
  ctx.cookies.clear();
}
