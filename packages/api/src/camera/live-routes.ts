import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { join } from "node:path";
import { LiveFileParams } from "@par/domain";
import type { FastifyInstance } from "fastify";
import type { Db } from "../db/database";
import { fail } from "../errors";
import { answer, parseInput, requestFromHttp, requireAny } from "../files/http";
import { counterInScope } from "./counter-commands";
import { feeds } from "./feed-manager";

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
      await counterInScope(q, counterId, "camera.read");
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
}
