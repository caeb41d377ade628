import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { FastifyInstance } from "fastify";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { FeedManager, setFeeds } from "../src/camera/feed-manager";
import { findFfmpeg } from "../src/camera/ffmpeg-binary";
import { signIn } from "./helpers/callers";
import { cookieFor, pngBytes, serverOn } from "./helpers/http";
import { useTestDb } from "./helpers/test-db";
import { unitIdByCode } from "./helpers/units";

const t = useTestDb();
let app: FastifyInstance | undefined;
const folder = mkdtempSync(join(tmpdir(), "par-live-test-"));

beforeAll(() => {
  writeFileSync(join(folder, "index.m3u8"), "#EXTM3U\n#EXT-X-TARGETDURATION:1\n#EXTINF:1.0,\nseg_1.ts\n");
  writeFileSync(join(folder, "seg_1.ts"), Buffer.alloc(188, 0x47));
  // A stand-in for the running server's feeds: every counter's window is the folder above.
  setFeeds({ folderFor: async () => folder } as unknown as FeedManager);
});
afterAll(() => {
  setFeeds(null);
  rmSync(folder, { recursive: true, force: true });
});
afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function counterOf(code: string) {
  const row = await t.trx
    .selectFrom("camera_counters")
    .select("id")
    .where("shop_unit_id", "=", await unitIdByCode(t.trx, code))
    .orderBy("number")
    .executeTakeFirstOrThrow();
  return row.id;
}

const get = (url: string, cookie: string) => app!.inject({ method: "GET", url, headers: { cookie } });

describe("live HLS routes: the session, camera.read and the counter's scope, for playlists and segments alike", () => {
  it("serves the playlist and segments to a reviewer; nothing to anonymous or to a user without camera.read", async () => {
    app = await serverOn(t.trx);
    const counter = await counterOf("731");
    const urls = [`/files/camera/live/${counter}/index.m3u8`, `/files/camera/live/${counter}/seg_1.ts`];
    const reviewer = await cookieFor(app, "camera.1");
    const playlist = await get(urls[0]!, reviewer);
    expect(playlist.statusCode).toBe(200);
    expect(playlist.headers["content-type"]).toBe("application/vnd.apple.mpegurl");
    expect(playlist.body).toContain("seg_1.ts");
    expect((await get(urls[1]!, reviewer)).headers["content-type"]).toBe("video/mp2t");
    for (const who of ["ubnd.bienhoa", "ubnd.xuanloc", "so.tuphap"]) {
      const cookie = await cookieFor(app, who);
      for (const url of urls) {
        const res = await get(url, cookie);
        expect(res.statusCode, `${who} ${url}`).toBe(403);
        expect(res.body).not.toContain("seg_1");
      }
    }
    for (const url of urls) expect((await get(url, "")).statusCode).toBe(401);
  });

  it("refuses other file names and unknown counters without touching the file system", async () => {
    app = await serverOn(t.trx);
    const reviewer = await cookieFor(app, "camera.1");
    const counter = await counterOf("731");
    for (const file of ["..%2F..%2Fetc%2Fpasswd", "index.m3u8.bak", "seg_x.ts"])
      expect((await get(`/files/camera/live/${counter}/${file}`, reviewer)).statusCode).toBe(400);
    expect((await get("/files/camera/live/987654/index.m3u8", reviewer)).statusCode).toBe(404);
  });
});

describe("snapshots: uploaded by a reviewer, opened by reviewers and by the unit a reminder went to", () => {
  it("a unit's clerk opens a snapshot only once a reminder to its unit carries it; other units never", async () => {
    app = await serverOn(t.trx);
    const reviewer = await cookieFor(app, "camera.1");
    const counter = await counterOf("731");
    const id = crypto.randomUUID();
    const upload = (cookie: string, body: Buffer, type = "image/png") =>
      app!.inject({
        method: "POST",
        url: `/files/camera/snapshots?counterId=${counter}&id=${id}`,
        headers: { cookie, "content-type": type },
        payload: body,
      });
    expect((await upload(await cookieFor(app, "ubnd.bienhoa"), pngBytes())).statusCode).toBe(403);
    expect((await upload(reviewer, Buffer.from("%PDF-1.4 not an image"))).statusCode).toBe(415);
    expect((await upload(reviewer, pngBytes())).statusCode).toBe(201);
    expect((await upload(reviewer, pngBytes())).statusCode).toBe(201); // a retry: the same file, once

    const url = `/files/camera/snapshots/${id}`;
    const own = await get(url, reviewer);
    expect(own.statusCode).toBe(200);
    expect(own.rawPayload.equals(pngBytes())).toBe(true);
    const bienHoa = await cookieFor(app, "ubnd.bienhoa");
    const xuanLoc = await cookieFor(app, "ubnd.xuanloc");
    expect((await get(url, bienHoa)).statusCode).toBe(404);

    const { caller } = await signIn(t.trx, "camera.1");
    await caller.camera.saveReview({
      clientId: crypto.randomUUID(),
      counterId: counter,
      watchedFrom: new Date("2023-06-01T01:40:00Z"),
      watchedTo: new Date("2023-06-01T01:50:00Z"),
      items: ["staff_absent"],
      severity: "serious",
      verdict: "violation",
      note: "",
      snapshotIds: [id],
    });
    expect((await get(url, bienHoa)).statusCode).toBe(200);
    expect((await get(url, xuanLoc)).statusCode).toBe(404);
    expect((await get(url, await cookieFor(app, "so.tuphap"))).statusCode).toBe(403);
    expect((await get(url, "")).statusCode).toBe(401);
  });
});

describe("monthly camera report files", () => {
  it("the Excel reads back with the month's reviews per unit; the Word report opens; not for a clerk", async () => {
    app = await serverOn(t.trx);
    const counter = await counterOf("731");
    const { caller } = await signIn(t.trx, "camera.1");
    await caller.camera.saveReview({
      clientId: crypto.randomUUID(),
      counterId: counter,
      watchedFrom: new Date("2023-06-01T01:40:00Z"),
      watchedTo: new Date("2023-06-01T01:50:00Z"),
      items: ["personal_phone"],
      severity: "minor",
      verdict: "violation",
      note: "",
      snapshotIds: [],
    });
    const reviewer = await cookieFor(app, "camera.1");
    const xlsx = await app.inject({
      method: "GET",
      url: "/files/camera/reports/2023/6.xlsx",
      headers: { cookie: reviewer },
    });
    expect(xlsx.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    const rows: string[] = [];
    sheet.eachRow((r) => rows.push((r.values as unknown[]).slice(1).join("|")));
    expect(rows[0]).toContain("THÁNG 6/2023");
    expect(
      rows.some((r) => r.startsWith("1|Thành phố Biên Hòa") && r.includes("Dùng điện thoại việc riêng: 1")),
    ).toBe(true);
    const docx = await app.inject({
      method: "GET",
      url: "/files/camera/reports/2023/6.docx",
      headers: { cookie: reviewer },
    });
    expect(docx.statusCode).toBe(200);
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe("PK");
    const clerk = await cookieFor(app, "ubnd.bienhoa");
    expect(
      (
        await app.inject({
          method: "GET",
          url: "/files/camera/reports/2023/6.xlsx",
          headers: { cookie: clerk },
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await app.inject({
          method: "GET",
          url: "/files/camera/reports/2023/13.xlsx",
          headers: { cookie: reviewer },
        })
      ).statusCode,
    ).toBe(400);
  });
});

describe("the feeds register in Excel", () => {
  it("exports the counters without any address or credential, and the file imports back unchanged", async () => {
    app = await serverOn(t.trx);
    const { caller } = await signIn(t.trx, "camera.1");
    const csv =
      "Mã đơn vị,Số quầy,Tên quầy,Lĩnh vực,Loại luồng,Địa chỉ luồng,Tên đăng nhập camera,Mật khẩu camera\n741,5,Quầy một cửa liên thông,dat_dai,rtsp,rtsp://10.9.8.7/live,admin,bi-mat-9\n";
    const input = { fileName: "quay.csv", contentBase64: Buffer.from(csv).toString("base64") };
    const preview = await caller.camera.importPreview(input);
    expect(preview.ok).toBe(true);
    expect(JSON.stringify(preview)).not.toContain("bi-mat-9");
    expect(await caller.camera.importCommit({ ...input, token: preview.token })).toEqual({
      created: 1,
      updated: 0,
    });

    const res = await app.inject({
      method: "GET",
      url: "/files/camera/counters.xlsx",
      headers: { cookie: await cookieFor(app, "camera.1") },
    });
    expect(res.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const text: string[] = [];
    book.worksheets[0]!.eachRow((r) =>
      text.push(
        (r.values as unknown[])
          .slice(1)
          .map((v) => v ?? "")
          .join("|"),
      ),
    );
    expect(text.join("\n")).toContain("741|5|Quầy một cửa liên thông|dat_dai|rtsp");
    expect(text.join("\n")).not.toMatch(/10\.9\.8\.7|bi-mat-9|admin/);

    // The exported sheet imports back: the same counters, the stored address and credentials kept.
    const back = await caller.camera.importCommit({
      fileName: "quay.xlsx",
      contentBase64: res.rawPayload.toString("base64"),
    });
    expect(back.created).toBe(0);
    expect(back.updated).toBe(text.length - 2);
    const row = await t.trx
      .selectFrom("camera_counters")
      .select(["stream_url", "stream_password"])
      .where("number", "=", 5)
      .where("name", "=", "Quầy một cửa liên thông")
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ stream_url: "rtsp://10.9.8.7/live", stream_password: "bi-mat-9" });
  });
});

describe.skipIf(!findFfmpeg())("demo feed (the machine's ffmpeg)", () => {
  it("writes a live HLS window with numbered segments, and stops cleanly", async () => {
    const manager = new FeedManager(t.trx);
    try {
      expect(manager.startDemo(1, "Quầy 1 – Tư pháp")).toBe(true);
      const dir = (await manager.folderFor(1))!;
      const deadline = Date.now() + 20_000;
      let playlist = "";
      while (Date.now() < deadline && !/seg_\d+\.ts/.test(playlist)) {
        await new Promise((r) => setTimeout(r, 500));
        playlist = await import("node:fs/promises").then((fs) =>
          fs.readFile(join(dir, "index.m3u8"), "utf8").catch(() => ""),
        );
      }
      expect(playlist).toMatch(/#EXT-X-TARGETDURATION:1/);
      expect(playlist).not.toContain("#EXT-X-ENDLIST");
    } finally {
      await manager.stop();
    }
  }, 30_000);
});
