import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { join } from "node:path";
import { LiveFileParams, LiveProxyParams } from "@par/domain";
import type { FastifyInstance, FastifyReply } from "fastify";
import { touchLastFrame } from "../db/camera.repository";
import type { Db } from "../db/database";
import { fail } from "../errors";
import { answer, parseInput, requestFromHttp, requireAny } from "../files/http";
import { counterInScope } from "./counter-commands";
import { feeds } from "./feed-manager";
import { type Proxied, proxyPlaylist, proxyUpstream } from "./hls-proxy";
import { openUrl, proxyKey } from "./hls-proxy-token";

const NOT_READY =
  "Luồng hình của quầy này chưa sẵn sàng, vui lòng thử lại sau ít giây / This counter's video is not ready, try again in a few seconds";

/**
 * `GET /files/camera/live/:counterId/:file`: the live HLS playlist and its segments, from the folder
 * the server's ffmpeg writes — behind the session, camera.read and the counter's unit scope, for the
 * playlist and for every segment alike. The browser never learns the camera's address.
 */
export function registerLiveRoutes(app: FastifyInstance, db: Db): void {
  app.get("/files/camera/live/:counterId/:file", (req, reply) =>
    answer(reply, async () => {
      const q = await requestFromHttp(db, req);
      requireAny(q, ["camera.read"]);
      const { counterId, file } = parseInput(LiveFileParams, req.params);
      const counter = await counterInScope(q, counterId, "camera.read");
      // An upstream HLS source is proxied, not restreamed: its playlist is fetched and rewritten.
      if (counter.stream_kind === "hls") {
        if (file !== "index.m3u8") fail("CAMERA.STREAM_UNAVAILABLE", NOT_READY, "counterId");
        const proxied = await proxyPlaylist(counter);
        await touchLastFrame(q.db, counter.id, q.now);
        return sendProxied(reply, proxied);
      }
      const dir = await feeds()?.folderFor(counterId);
      const path = dir ? join(dir, file) : null;
      const size = path
        ? await stat(path).then(
            (s) => s.size,
            () => null,
          )
        : null;
      if (!path || size === null) fail("CAMERA.STREAM_UNAVAILABLE", NOT_READY, "counterId");
      const playlist = file.endsWith(".m3u8");
      return reply
        .header("content-type", playlist ? "application/vnd.apple.mpegurl" : "video/mp2t")
        .header("content-length", String(size))
        .header("cache-control", playlist ? "no-store" : "private, max-age=10")
        .header("x-content-type-options", "nosniff")
        .send(createReadStream(path));
    }),
  );

  /**
   * `GET /files/camera/live/:counterId/p/:token`: a variant playlist or a segment of an upstream HLS
   * source, named by a token only this server can open (the upstream address never reaches the
   * browser). Same checks as the playlist; a token of another counter or a forged one is "not found".
   */
  app.get("/files/camera/live/:counterId/p/:token", (req, reply) =>
    answer(reply, async () => {
      const q = await requestFromHttp(db, req);
      requireAny(q, ["camera.read"]);
      const { counterId, token } = parseInput(LiveProxyParams, req.params);
      const counter = await counterInScope(q, counterId, "camera.read");
      const url = counter.stream_kind === "hls" ? openUrl(proxyKey(counter), token) : null;
      if (!url) fail("CAMERA.STREAM_UNAVAILABLE", NOT_READY, "counterId");
      return sendProxied(reply, await proxyUpstream(counter, url));
    }),
  );
}

function sendProxied(reply: FastifyReply, p: Proxied) {
  return reply
    .header("content-type", p.contentType)
    .header("cache-control", p.playlist ? "no-store" : "private, max-age=10")
    .header("x-content-type-options", "nosniff")
    .send(p.body);
}
