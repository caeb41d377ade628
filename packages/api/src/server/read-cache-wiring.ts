import type { FastifyInstance } from "fastify";
import { changesChannel } from "../db/change-announcements";
import type { DbHandle } from "../db/create-db";
import { enableWhileListening } from "./cache-switch";
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
  await enableWhileListening(app, handle.listen, {
    channel: changesChannel(handle.schema),
    cache: readCache,
    onMessage: (payload) => readCache.changed(payload),
    what: "read cache",
  });
  return readCache;
}
