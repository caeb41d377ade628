import type { Db } from "../db/database";
import { deleteSession, findSessionWithRoles, insertSession, touchSession } from "../db/session.repository";
import { rootUnits } from "../db/unit-tree.repository";
import type { AssignmentRow } from "../db/user.repository";
import type { SessionCache } from "./session-cache";
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS, SESSION_TOUCH_MS } from "./session-policy";
import { newSessionToken, sessionIdOf } from "./session-token";

export interface SessionUser {
  sessionId: string;
  userId: number;
  username: string;
  displayName: string;
  /**
   * The province every read and write of this request is about (issue 8 §3): the account's own, or
   * for a national body the one chosen in this session (the first province until it chooses). Null
   * only while the register is empty.
   */
  provinceId: number | null;
  /** A reset password: nothing but changing it is allowed until it is changed (enforced in trpc.ts). */
  mustChangePassword: boolean;
  assignments: AssignmentRow[];
}

export async function startSession(db: Db, userId: number, now: Date) {
  const token = newSessionToken();
  const id = sessionIdOf(token);
  const expiresAt = new Date(now.getTime() + SESSION_ABSOLUTE_MS);
  await insertSession(db, { id, userId, now, expiresAt });
  return { token, id, expiresAt };
}

/**
 * The signed-in user for a cookie token, or null when unknown, expired (idle or absolute) or
 * deactivated. One statement; none when `cache` (HTTP requests) read it within its short TTL.
 */
export async function resolveSession(
  db: Db,
  token: string,
  now: Date,
  cache?: SessionCache,
): Promise<SessionUser | null> {
  const id = sessionIdOf(token);
  const cached = cache?.get(id, now);
  if (cached && !expired(cached, now)) return cached.user;
  const s = await findSessionWithRoles(db, id);
  if (!s) return null;
  if (expired(s, now)) {
    cache?.forget(id);
    await deleteSession(db, id);
    return null;
  }
  if (now.getTime() - s.lastSeen.getTime() > SESSION_TOUCH_MS) await touchSession(db, id, now);
  // A national body that has not chosen yet looks at the first province: every read stays in one.
  const provinceId = s.accountProvinceId ?? s.chosenProvinceId ?? (await rootUnits(db))[0]?.id ?? null;
  const user: SessionUser = {
    sessionId: id,
    userId: s.userId,
    username: s.username,
    displayName: s.displayName,
    provinceId,
    mustChangePassword: s.mustChangePassword,
    // Every assignment reaches the request's province only (an account has one province).
    assignments: s.assignments.map((a) => ({ ...a, provinceId })),
  };
  cache?.set(id, { user, lastSeen: s.lastSeen, expiresAt: s.expiresAt, loadedAt: now.getTime() });
  return user;
}

function expired(s: { lastSeen: Date; expiresAt: Date }, now: Date): boolean {
  return now.getTime() - s.lastSeen.getTime() > SESSION_IDLE_MS || now >= s.expiresAt;
}
