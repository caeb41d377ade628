import type { Db } from "../db/database";
import { announceUserSessionsChanged } from "../db/session.repository";
import { sessionCache } from "./session-cache";

/**
 * A user's sessions must resolve afresh: a password changed or reset (the forced-change flag), an
 * account disabled, sessions about to be ended. Call it inside the change's transaction, before the
 * sessions are deleted: this process forgets them now, every other one when the change commits.
 */
export async function userSessionsChanged(db: Db, userId: number): Promise<void> {
  for (const id of await announceUserSessionsChanged(db, userId)) sessionCache.forget(id);
}
