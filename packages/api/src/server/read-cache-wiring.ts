import type { FastifyInstance } from "fastify";
import { changesChannel } from "../db/change-announcements";
import type { DbHandle } from "../db/create-db";
import { ReadCache } from "./read-cache";

/**
 * Turns the read cache on only while the process hears every committed change (server/read-cache.ts):
 * the database announces them on its schema's channel. A request that may have written (anything but GET
 * and HEAD) also empties this process's answers before its reply leaves, so the client's next read
 * sees its own change even if the announcement is a moment behind.
 */
export async function cacheReads(app: FastifyInstance, handle: DbHandle): Promise<ReadCache> {
  // One per server: two servers of one process (tests) may serve different databases.
  const readCache = new ReadCache();
  if (!handle.listen) return readCache;
  app.addHook("onSend", async (req, _reply, payload) => {
    if (req.method !== "GET" && req.method !== "HEAD") readCache.changedHere();
    return payload;
  });
  try {
    const stop = await handle.listen(
      changesChannel(handle.schema),
      (payload) => readCache.changed(payload),
      () => {
        readCache.disable();
        app.log.warn("read cache off: the connection that hears changes was lost");
      },
    );
    readCache.enable();
    app.addHook("onClose", async () => {
      readCache.disable();
      await stop();
    });
  } catch (error) {
    readCache.disable();
    app.log.warn({ err: error }, "read cache off: cannot listen for changes");
  }
  return readCache;
}
