import type { FastifyInstance } from "fastify";
import type { DbHandle } from "../db/create-db";

/** A process-local cache that may be trusted only while the process hears what makes it stale. */
export interface SwitchedCache {
  enable(): void;
  /** Off and emptied. */
  disable(): void;
}

/**
 * Turns `cache` on once the process listens on `channel` (each message goes to `onMessage`), and off
 * for good if the listening connection breaks or cannot be opened: correctness first. `what` names the
 * cache in the warnings.
 */
export async function enableWhileListening(
  app: FastifyInstance,
  listen: NonNullable<DbHandle["listen"]>,
  o: { channel: string; cache: SwitchedCache; onMessage: (payload: string) => void; what: string },
): Promise<void> {
  try {
    const stop = await listen(o.channel, o.onMessage, () => {
      o.cache.disable();
      app.log.warn(`${o.what} off: the connection that hears its announcements was lost`);
    });
    o.cache.enable();
    app.addHook("onClose", async () => {
      o.cache.disable();
      await stop();
    });
  } catch (error) {
    o.cache.disable();
    app.log.warn({ err: error }, `${o.what} off: cannot listen for its announcements`);
  }
}
