import { createHash } from "node:crypto";
import type { FastifyInstance } from "fastify";
import { afterEach, describe, expect, it } from "vitest";
import { insertEvidence } from "../src/db/evidence.repository";
import { signIn } from "./helpers/callers";
import { failureOf } from "./helpers/expect-error";
import { fileFixtures } from "./helpers/files";
import { cookieFor, multipart, pdfBytes, pngBytes, serverOn } from "./helpers/http";
import { useTestDb } from "./helpers/test-db";
import { snapshotCounts } from "./helpers/units";

const t = useTestDb();
let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function setup() {
  const fx = await fileFixtures(t.trx);
  app = await serverOn(t.trx);
  const admin = await cookieFor(app, "snv.admin");
  return { fx, app, admin };
}

const upload = (
  server: FastifyInstance,
  cookie: string | null,
  query: string,
  file: { name: string; type: string; bytes: Buffer },
) => {
  const body = multipart(file.name, file.type, file.bytes);
  return server.inject({
    method: "POST",
    url: `/files/evidence?${query}`,
    headers: { ...body.headers, ...(cookie ? { cookie } : {}) },
    payload: body.payload,
  });
};

describe("evidence files (POST /files/evidence, GET /files/evidence/:id)", () => {
  it("stores a real PNG for a finding, audited, and serves it back byte for byte", async () => {
    const { fx, app, admin } = await setup();
    const png = pngBytes();
    const res = await upload(app, admin, `inspectionId=${fx.announced}&itemCode=1a`, {
      name: "C:\\Ảnh\\quầy một cửa.png",
      type: "image/png",
      bytes: png,
    });
    expect(res.statusCode, res.body).toBe(201);
    const file = res.json().file;
    expect(file).toMatchObject({
      inspectionId: fx.announced,
      itemCode: "1a",
      fileName: "quầy một cửa.png",
      contentType: "image/png",
      size: png.length,
      sha256: createHash("sha256").update(png).digest("hex"),
    });
    const audit = await t.trx
      .selectFrom("audit_log")
      .selectAll()
      .where("entity", "=", "evidence_file")
      .where("entity_id", "=", file.id)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(["add_evidence"]);

    const got = await app.inject({ url: file.url, headers: { cookie: admin } });
    expect(got.statusCode).toBe(200);
    expect(got.headers["content-type"]).toBe("image/png");
    expect(got.headers["x-content-type-options"]).toBe("nosniff");
    expect(String(got.headers["content-disposition"])).toMatch(
      /^inline; filename="quay-mot-cua\.png"; filename\*=UTF-8''qu%E1%BA%A7y/,
    );
    expect(Buffer.compare(got.rawPayload, png)).toBe(0);

    const { caller } = await signIn(t.trx, "snv.admin");
    const list = await caller.evidence.list({ inspectionId: fx.announced });
    expect(list.map((f) => f.id)).toEqual([file.id]);
  });

  it("takes the type from the bytes: a PDF sent as image/png is stored as a PDF, downloaded as attachment", async () => {
    const { fx, app, admin } = await setup();
    const res = await upload(app, admin, `inspectionId=${fx.announced}&itemCode=4`, {
      name: "bien-ban.png",
      type: "image/png",
      bytes: pdfBytes(),
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().file).toMatchObject({ contentType: "application/pdf", fileName: "bien-ban.pdf" });
    const got = await app.inject({ url: res.json().file.url, headers: { cookie: admin } });
    expect(got.headers["content-type"]).toBe("application/pdf");
    expect(String(got.headers["content-disposition"])).toMatch(/^attachment; filename="bien-ban\.pdf"/);
    expect(got.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");
  });

  it("refuses a file over 10 MB and a file of another type, naming the field, and writes nothing", async () => {
    const { fx, app, admin } = await setup();
    const before = await snapshotCounts(t.trx);
    const big = Buffer.concat([pngBytes(), Buffer.alloc(10 * 1024 * 1024)]);
    const tooBig = await upload(app, admin, `inspectionId=${fx.announced}&itemCode=1a`, {
      name: "lon.png",
      type: "image/png",
      bytes: big,
    });
    expect(tooBig.statusCode).toBe(413);
    expect(tooBig.json().error).toMatchObject({
      domainCode: "FILE.TOO_LARGE",
      message: "Tệp quá lớn (tối đa 10 MB) / File too large (max 10 MB)",
      fieldErrors: { file: ["Tệp quá lớn (tối đa 10 MB) / File too large (max 10 MB)"] },
    });
    for (const [name, type, bytes] of [
      ["anh.png", "image/png", Buffer.from("GIF89a\x01\x00\x01\x00", "latin1")],
      ["trang.html", "text/html", Buffer.from("<script>alert(1)</script>")],
      ["rong.pdf", "application/pdf", Buffer.alloc(0)],
    ] as const) {
      const res = await upload(app, admin, `inspectionId=${fx.announced}&itemCode=1a`, { name, type, bytes });
      expect(res.statusCode, name).toBe(415);
      expect(res.json().error.fieldErrors.file[0]).toBe(
        "Chỉ nhận ảnh JPEG/PNG/WebP hoặc PDF / Only JPEG/PNG/WebP images or PDF",
      );
    }
    expect(await snapshotCounts(t.trx)).toEqual(before);
  });

  it("lets only those who may write the inspection upload, while it is open, for an item of its checklist", async () => {
    const { fx, app, admin } = await setup();
    const png = { name: "a.png", type: "image/png", bytes: pngBytes() };
    const officer = await cookieFor(app, "ubnd.bienhoa");
    const sector = await cookieFor(app, "so.tuphap");
    const before = await snapshotCounts(t.trx);
    const q = `inspectionId=${fx.announced}&itemCode=1a`;
    expect((await upload(app, null, q, png)).statusCode).toBe(401);
    expect((await upload(app, officer, q, png)).json().error.domainCode).toBe("ACCESS.PERMISSION");
    const bySector = await upload(app, sector, q, png);
    expect(bySector.statusCode).toBe(403);
    expect(bySector.json().error.domainCode).toBe("INSPECTION.TRANSITION_FORBIDDEN");
    const notInChecklist = await upload(app, admin, `inspectionId=${fx.announced}&itemCode=2.1`, png);
    expect(notInChecklist.statusCode).toBe(400);
    expect(Object.keys(notInChecklist.json().error.fieldErrors)).toEqual(["itemCode"]);
    const badQuery = await upload(app, admin, "inspectionId=abc&itemCode=1a", png);
    expect(badQuery.statusCode).toBe(400);
    // Named by its label, not its code; the code travels in fieldErrors.
    expect(badQuery.json().error.message).toMatch(/Cuộc kiểm tra: .* \/ .*Inspection/);
    const notStarted = await upload(app, admin, `inspectionId=${fx.surprise}&itemCode=4`, png);
    expect(notStarted.json().error.domainCode).toBe("INSPECTION.NOT_EDITABLE");
    const noFile = await app.inject({
      method: "POST",
      url: `/files/evidence?${q}`,
      headers: { cookie: admin, "content-type": "application/json" },
      payload: "{}",
    });
    expect(noFile.json().error.fieldErrors).toHaveProperty("file");
    expect(await snapshotCounts(t.trx)).toEqual(before);

    // Closed: no more evidence.
    const { admin: caller } = fx;
    for (const itemCode of ["1a", "1b", "4"])
      await caller.inspections.recordFinding({ inspectionId: fx.announced, itemCode, rating: "dat" });
    await caller.inspections.conclude({
      inspectionId: fx.announced,
      number: "15/TB-SNV",
      date: "2023-06-01",
      summary: "Đơn vị thực hiện tốt",
    });
    expect((await upload(app, admin, q, png)).statusCode).toBe(201);
    await caller.inspections.close({ id: fx.announced });
    const closed = await upload(app, admin, q, png);
    expect(closed.statusCode).toBe(409);
    expect(closed.json().error.domainCode).toBe("INSPECTION.NOT_EDITABLE");
  });

  it("downloads only within scope and R5: not another unit's file, not a surprise inspection's before it starts", async () => {
    const { fx, app, admin } = await setup();
    const res = await upload(app, admin, `inspectionId=${fx.announced}&itemCode=4`, {
      name: "a.png",
      type: "image/png",
      bytes: pngBytes(),
    });
    const url = res.json().file.url as string;
    // A file on the unstarted surprise inspection (written straight to the table: no route allows it yet).
    const secret = await insertEvidence(t.trx, {
      id: "5b0f3d2e-1c4a-4f7e-9a61-3c2b1d0e9f88",
      inspection_id: fx.surprise,
      item_code: "4",
      file_name: "bi-mat.png",
      content_type: "image/png",
      size_bytes: pngBytes().length,
      sha256: "0".repeat(64),
      content: pngBytes(),
      uploaded_by: null,
      uploaded_at: new Date(),
    });
    const bienHoa = await cookieFor(app, "ubnd.bienhoa");
    const xuanLoc = await cookieFor(app, "ubnd.xuanloc");
    const camera = await cookieFor(app, "camera.1");
    const get = async (u: string, cookie: string) =>
      (await app.inject({ url: u, headers: { cookie } })).statusCode;
    expect(await get(url, bienHoa)).toBe(200);
    expect(await get(url, xuanLoc)).toBe(404);
    expect(await get(url, camera)).toBe(403);
    expect((await app.inject({ url })).statusCode).toBe(401);
    const hidden = `/files/evidence/${secret.id}`;
    expect(await get(hidden, admin)).toBe(200);
    const answer = await app.inject({ url: hidden, headers: { cookie: bienHoa } });
    expect(answer.statusCode).toBe(404);
    expect(answer.json().error.domainCode).toBe("FILE.NOT_FOUND");
    expect(await get("/files/evidence/5b0f3d2e-1c4a-4f7e-9a61-000000000000", admin)).toBe(404);
    expect(await get("/files/evidence/not-a-uuid", admin)).toBe(400);

    const { caller: officer } = await signIn(t.trx, "ubnd.bienhoa");
    expect((await failureOf(officer.evidence.list({ inspectionId: fx.surprise }))).code).toBe("NOT_FOUND");
    expect(await officer.evidence.list({ inspectionId: fx.announced })).toHaveLength(1);
  });

  it("evidence.remove deletes the file with an audit row; a unit officer may not", async () => {
    const { fx, app, admin } = await setup();
    const res = await upload(app, admin, `inspectionId=${fx.announced}&itemCode=4`, {
      name: "a.png",
      type: "image/png",
      bytes: pngBytes(),
    });
    const id = res.json().file.id as string;
    const { caller: officer } = await signIn(t.trx, "ubnd.bienhoa");
    expect((await failureOf(officer.evidence.remove({ id }))).code).toBe("FORBIDDEN");
    const { caller } = await signIn(t.trx, "snv.admin");
    expect((await caller.evidence.remove({ id })).id).toBe(id);
    expect((await app.inject({ url: `/files/evidence/${id}`, headers: { cookie: admin } })).statusCode).toBe(
      404,
    );
    const audit = await t.trx
      .selectFrom("audit_log")
      .select(["action", "before", "after"])
      .where("entity_id", "=", id)
      .orderBy("id")
      .execute();
    expect(audit.map((a) => a.action)).toEqual(["add_evidence", "remove_evidence"]);
    expect(audit[1]!.after).toBeNull();
    expect((await failureOf(caller.evidence.remove({ id }))).code).toBe("NOT_FOUND");
  });
});
