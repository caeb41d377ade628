import type { FastifyInstance } from "fastify";
import { sessionCache } from "../auth/session-cache";
import type { DbHandle } from "../db/create-db";
import { SESSION_END_CHANNEL } from "../db/session.repository";

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
  try {
    const stop = await handle.listen(
      SESSION_END_CHANNEL,
      (id) => sessionCache.forget(id),
      () => {
        sessionCache.disable();
        app.log.warn("session cache off: the connection that hears sign-outs was lost");
      },
    );
    sessionCache.enable();
    app.addHook("onClose", async () => {
      sessionCache.disable();
      await stop();
    });
  } catch (error) {
    sessionCache.disable();
    app.log.warn({ err: error }, "session cache off: cannot listen for sign-outs");
  }
}
