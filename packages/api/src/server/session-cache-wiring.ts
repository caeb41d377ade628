import type { FastifyInstance } from "fastify";
import { sessionCache } from "../auth/session-cache";
import type { DbHandle } from "../db/create-db";
import { SESSION_END_CHANNEL } from "../db/session.repository";
import { enableWhileListening } from "./cache-switch";

/**
 * Turns the session cache on only where a sign-out anywhere reaches it: PGlite is one process (its
 * data folder is locked), so in-process forgetting is enough; on PostgreSQL the process listens for
 * sessions ended by any process, and caches nothing while it cannot hear them.
 */
export async function cacheSessions(app: FastifyInstance, handle: DbHandle): Promise<void> {
  if (handle.kind === "pglite") {
    sessionCache.enable();
    return;
  }
  if (!handle.listen) return;
  await enableWhileListening(app, handle.listen, {
    channel: SESSION_END_CHANNEL,
    cache: sessionCache,
    onMessage: (id) => sessionCache.forget(id),
    what: "session cache",
  });
}
