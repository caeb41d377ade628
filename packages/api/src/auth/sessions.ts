import type { Db } from "../db/database";
import { deleteSession, findSession, insertSession, touchSession } from "../db/session.repository";
import { type AssignmentRow, assignmentsOf } from "../db/user.repository";
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

/** The signed-in user for a cookie token, or null when unknown, expired (idle or absolute) or deactivated. */
export async function resolveSession(db: Db, token: string, now: Date): Promise<SessionUser | null> {
  const id = sessionIdOf(token);
  const s = await findSession(db, id);
  if (!s) return null;
  const idle = now.getTime() - s.lastSeen.getTime() > SESSION_IDLE_MS;
  if (idle || now >= s.expiresAt) {
    await deleteSession(db, id);
    return null;
  }
  if (now.getTime() - s.lastSeen.getTime() > SESSION_TOUCH_MS) await touchSession(db, id, now);
  return {
    sessionId: id,
    userId: s.userId,
    username: s.username,
    displayName: s.displayName,
    assignments: await assignmentsOf(db, s.userId),
  };
}
