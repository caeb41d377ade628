import type { Db } from "../db/database";
import { deleteSession, findSessionWithRoles, insertSession, touchSession } from "../db/session.repository";
import type { AssignmentRow } from "../db/user.repository";
import type { SessionCache } from "./session-cache";
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS, SESSION_TOUCH_MS } from "./session-policy";
import { newSessionToken, sessionIdOf } from "./session-token";

export interface SessionUser {
  sessionId: string;
  userId: number;
  username: string;
  displayName: string;
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
  const user: SessionUser = {
    sessionId: id,
    userId: s.userId,
    username: s.username,
    displayName: s.displayName,
    assignments: s.assignments,
  };
  cache?.set(id, { user, lastSeen: s.lastSeen, expiresAt: s.expiresAt, loadedAt: now.getTime() });
  return user;
}

function expired(s: { lastSeen: Date; expiresAt: Date }, now: Date): boolean {
  return now.getTime() - s.lastSeen.getTime() > SESSION_IDLE_MS || now >= s.expiresAt;
}
