import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { FastifyInstance } from "fastify";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { rewritePlaylist } from "../src/camera/hls-playlist-rewrite";
import { openUrl, proxyKey, sealUrl } from "../src/camera/hls-proxy-token";
import { signIn } from "./helpers/callers";
import { cookieFor, serverOn } from "./helpers/http";
import { useTestDb } from "./helpers/test-db";
import { unitIdByCode } from "./helpers/units";

const t = useTestDb();
let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe("HLS playlist rewriting (pure)", () => {
  it("points every URI of a master and a media playlist at our route, resolved against the playlist", () => {
    const master = [
      "#EXTM3U",
      '#EXT-X-MEDIA:TYPE=AUDIO,GROUP-ID="a",NAME="vi",URI="audio/vi.m3u8"',
      "#EXT-X-STREAM-INF:BANDWIDTH=800000",
      "low/index.m3u8",
      "#EXT-X-STREAM-INF:BANDWIDTH=2000000",
      "https://cdn.example.vn/high/index.m3u8",
      "",
    ].join("\n");
    const out = rewritePlaylist(master, "http://cam.local:8080/live/master.m3u8", (u) => `R(${u})`);
    expect(out.split("\n")).toEqual([
      "#EXTM3U",
      '#EXT-X-MEDIA:TYPE=AUDIO,GROUP-ID="a",NAME="vi",URI="R(http://cam.local:8080/live/audio/vi.m3u8)"',
      "#EXT-X-STREAM-INF:BANDWIDTH=800000",
      "R(http://cam.local:8080/live/low/index.m3u8)",
      "#EXT-X-STREAM-INF:BANDWIDTH=2000000",
      "R(https://cdn.example.vn/high/index.m3u8)",
      "",
    ]);
    const media = '#EXTM3U\n#EXT-X-KEY:METHOD=AES-128,URI="../k.key"\n#EXTINF:1.0,\nseg_7.ts\r\n';
    expect(rewritePlaylist(media, "http://cam.local/live/low/index.m3u8", (u) => `R(${u})`)).toBe(
      '#EXTM3U\n#EXT-X-KEY:METHOD=AES-128,URI="R(http://cam.local/live/k.key)"\n#EXTINF:1.0,\nR(http://cam.local/live/low/seg_7.ts)\n',
    );
  });

  it("a token opens only with its counter's key, and a changed byte opens nothing", () => {
    const a = proxyKey({ id: 1, stream_url: "http://cam/a.m3u8", stream_password: "x" });
    const b = proxyKey({ id: 2, stream_url: "http://cam/a.m3u8", stream_password: "x" });
    const token = sealUrl(a, "http://cam/seg_1.ts");
    expect(openUrl(a, token)).toBe("http://cam/seg_1.ts");
    expect(openUrl(b, token)).toBeNull();
    const flipped = `${token.slice(0, 20)}${token[20] === "A" ? "B" : "A"}${token.slice(21)}`;
    expect(openUrl(a, flipped)).toBeNull();
    expect(openUrl(a, "short")).toBeNull();
  });
});

/** A camera site serving HLS behind Basic auth: a master playlist, a variant, a segment, and bad cases. */
const SEGMENT = Buffer.alloc(188 * 4, 0x47);
let upstream: Server;
let base = "";
const seen: string[] = [];
beforeAll(async () => {
  upstream = createServer((req: IncomingMessage, res: ServerResponse) => {
    seen.push(`${req.url} ${req.headers.authorization ?? "-"}`);
    if (req.headers.authorization !== `Basic ${Buffer.from("cam:bi-mat-9").toString("base64")}`) {
      res.writeHead(401).end();
      return;
    }
    const playlist = (body: string) =>
      res.writeHead(200, { "content-type": "application/vnd.apple.mpegurl" }).end(body);
    if (req.url === "/live/master.m3u8")
      playlist("#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=500000\nlow/index.m3u8\n");
    else if (req.url === "/live/low/index.m3u8")
      playlist(
        "#EXTM3U\n#EXT-X-TARGETDURATION:1\n#EXTINF:1.0,\nseg_1.ts\n#EXTINF:1.0,\nbroken.ts\n#EXTINF:1.0,\nhuge.ts\n",
      );
    else if (req.url === "/live/low/seg_1.ts")
      res.writeHead(200, { "content-type": "video/mp2t" }).end(SEGMENT);
    else if (req.url === "/live/low/huge.ts")
      res
        .writeHead(200, { "content-type": "video/mp2t", "content-length": String(64 * 1024 * 1024) })
        .write("x");
    else if (req.url === "/live/stall.m3u8") {
      /* never answers */
    } else res.writeHead(500).end();
  });
  await new Promise<void>((r) => upstream.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
});
afterAll(() => {
  upstream.closeAllConnections();
  upstream.close();
});

async function hlsCounter(path: string) {
  const { caller } = await signIn(t.trx, "camera.1");
  const c = await caller.camera.saveCounter({
    shopUnitId: await unitIdByCode(t.trx, "731"),
    number: 40 + seen.length,
    name: "Quầy HLS",
    fields: [],
    streamKind: "hls",
    streamUrl: `${base}${path}`,
    username: "cam",
    password: "bi-mat-9",
  });
  return c.id;
}

describe("upstream HLS proxied through the authenticated routes", () => {
  it("rewrites the playlists to our own routes, serves the segment, and never shows the address or credentials", async () => {
    const id = await hlsCounter("/live/master.m3u8");
    app = await serverOn(t.trx);
    const cookie = await cookieFor(app, "camera.1");
    const get = (url: string, c = cookie) => app!.inject({ method: "GET", url, headers: { cookie: c } });
    const master = await get(`/files/camera/live/${id}/index.m3u8`);
    expect(master.statusCode, master.body).toBe(200);
    expect(master.headers["content-type"]).toBe("application/vnd.apple.mpegurl");
    const port = base.split(":").pop()!;
    for (const secret of ["127.0.0.1", `:${port}`, "bi-mat-9", "cam:", "master.m3u8", "low/index"])
      expect(master.body).not.toContain(secret);
    const variantUrl = master.body.split("\n").find((l) => l.startsWith("/files/camera/live/"))!;
    expect(variantUrl).toMatch(new RegExp(`^/files/camera/live/${id}/p/[A-Za-z0-9_-]+$`));
    const variant = await get(variantUrl);
    expect(variant.statusCode).toBe(200);
    expect(variant.body).not.toContain("seg_1");
    const [segUrl, brokenUrl, hugeUrl] = variant.body.split("\n").filter((l) => l.startsWith("/files/"));
    const seg = await get(segUrl!);
    expect(seg.statusCode).toBe(200);
    expect(seg.headers["content-type"]).toBe("video/mp2t");
    expect(Buffer.compare(seg.rawPayload, SEGMENT)).toBe(0);
    // The feed's health: a fetched playlist counts as its last frame.
    const health = await t.trx
      .selectFrom("camera_counters")
      .select("last_frame_at")
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    expect(health.last_frame_at).not.toBeNull();

    // Errors upstream (a 500, a segment over the size bound) are clean refusals, never a 500 of ours.
    for (const url of [brokenUrl!, hugeUrl!]) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(404);
      expect(res.json().error.message).toContain("Không nhận được luồng hình từ camera");
    }
    // A token changed by one character, or moved to another counter, opens nothing.
    const forged = `${segUrl!.slice(0, -3)}${segUrl!.endsWith("AAA") ? "BBB" : "AAA"}`;
    expect((await get(forged)).statusCode).toBe(404);
    const other = await hlsCounter("/live/master.m3u8");
    expect((await get(segUrl!.replace(`/live/${id}/`, `/live/${other}/`))).statusCode).toBe(404);
    // No camera.read: nothing, the playlist and the segments alike.
    const clerk = await cookieFor(app, "ubnd.bienhoa");
    for (const url of [`/files/camera/live/${id}/index.m3u8`, segUrl!])
      expect((await get(url, clerk)).statusCode).toBe(403);
    expect((await get(segUrl!, "")).statusCode).toBe(401);
    // Credentials went to the camera only as a header.
    expect(seen.every((l) => !l.includes("bi-mat-9"))).toBe(true);
  });

  it("a camera that never answers is given up after the playlist's time bound, with a clean message", async () => {
    const id = await hlsCounter("/live/stall.m3u8");
    app = await serverOn(t.trx);
    const cookie = await cookieFor(app, "camera.1");
    const started = Date.now();
    const res = await app.inject({
      method: "GET",
      url: `/files/camera/live/${id}/index.m3u8`,
      headers: { cookie },
    });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.message).toContain("/ The camera's stream could not be fetched");
    expect(Date.now() - started).toBeLessThan(9_000);
  }, 20_000);
});
