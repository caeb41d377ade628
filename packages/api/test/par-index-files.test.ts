import { maySeeSheetFile, SCORING_STATES, SHEET_FILE_ROUNDS } from "@par/domain";
import type { FastifyInstance } from "fastify";
import { sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { sheetFiles } from "../src/db/par-index-files.repository";
import { signIn } from "./helpers/callers";
import { failureOf } from "./helpers/expect-error";
import { cookieFor, multipart, pdfBytes, pngBytes, serverOn } from "./helpers/http";
import { districtSheetIn } from "./helpers/par-index";
import { useTestDb } from "./helpers/test-db";
import { unitIdByCode } from "./helpers/units";

const t = useTestDb();
let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});
const YEAR = 2023;

async function upload(
  a: FastifyInstance,
  cookie: string,
  query: string,
  bytes = pdfBytes(),
  name = "ke-hoach.pdf",
) {
  const body = multipart(name, "application/pdf", bytes);
  return a.inject({
    method: "POST",
    url: `/files/par-index/evidence?${query}`,
    headers: { ...body.headers, cookie },
    payload: body.payload,
  });
}

describe("PAR index: evidence files on sub-criteria", () => {
  it("the unit attaches files; Sở Nội vụ sees them only once the self-score is sent; another unit never", async () => {
    const bienHoa = await unitIdByCode(t.trx, "731");
    await districtSheetIn(t.trx, bienHoa, YEAR, "self_scoring");
    app = await serverOn(t.trx);
    const clerk = await cookieFor(app, "ubnd.bienhoa");
    const up = await upload(app, clerk, `unitId=${bienHoa}&year=${YEAR}&code=1.2`);
    expect(up.statusCode).toBe(201);
    const file = up.json().file;
    expect(file).toMatchObject({
      code: "1.2",
      round: "self",
      fileName: "ke-hoach.pdf",
      contentType: "application/pdf",
    });

    const { caller: unit } = await signIn(t.trx, "ubnd.bienhoa");
    const { caller: province } = await signIn(t.trx, "snv.admin");
    const filesOf = async (c: typeof unit) =>
      (await c.parIndex.sheet({ unitId: bienHoa, year: YEAR })).rows.find((r) => r.code === "1.2")!.files;
    expect((await filesOf(unit)).map((f) => f.id)).toContain(file.id);
    // A draft: the province sees neither the file in the sheet nor its download.
    expect(await filesOf(province)).toEqual([]);
    const get = async (who: string) =>
      app!.inject({ method: "GET", url: file.url, headers: { cookie: await cookieFor(app!, who) } });
    expect((await get("snv.admin")).statusCode).toBe(404);
    expect((await get("ubnd.bienhoa")).statusCode).toBe(200);

    // A removed file is gone, with its audit row; a file cannot go on a group or an unknown code.
    const second = (
      await upload(app, clerk, `unitId=${bienHoa}&year=${YEAR}&code=1.2`, pngBytes(), "anh.png")
    ).json().file;
    expect(await unit.parIndex.removeFile({ id: second.id })).toEqual({ id: second.id });
    const group = await upload(app, clerk, `unitId=${bienHoa}&year=${YEAR}&code=1.1`);
    expect(group.statusCode, group.body).toBe(400);
    expect(group.json().error.message).toMatch(/^Tiêu chí: mã 1\.1 không phải tiêu chí thành phần/);

    const sent = await unit.parIndex.submit({ unitId: bienHoa, year: YEAR });
    expect(sent.state).toBe("submitted");
    expect((await filesOf(province)).map((f) => f.fileName)).toContain("ke-hoach.pdf");
    const download = await get("snv.admin");
    expect(download.statusCode).toBe(200);
    expect(download.headers["content-type"]).toBe("application/pdf");
    expect((await get("ubnd.xuanloc")).statusCode).toBe(404);

    // Sent files stay: neither removed nor added to until the round-1 appraisal asks for an explanation.
    const removeSent = await failureOf(unit.parIndex.removeFile({ id: file.id }));
    expect(removeSent.code).toBe("CONFLICT");
    const late = await upload(app, clerk, `unitId=${bienHoa}&year=${YEAR}&code=1.2`);
    expect(late.statusCode).toBe(409);
    const audit = await t.trx
      .selectFrom("audit_log")
      .select("action")
      .where("entity", "=", "par_index_file")
      .orderBy("id")
      .execute();
    expect(audit.map((a) => a.action)).toEqual(["add_evidence", "add_evidence", "remove_evidence"]);
  });

  it("explanation files are the unit's until it explains, and another unit cannot upload to the sheet", async () => {
    const bienHoa = await unitIdByCode(t.trx, "731");
    await districtSheetIn(t.trx, bienHoa, YEAR, "appraised_1");
    app = await serverOn(t.trx);
    const up = await upload(
      app,
      await cookieFor(app, "ubnd.bienhoa"),
      `unitId=${bienHoa}&year=${YEAR}&code=1.2`,
    );
    expect(up.json().file, up.body).toMatchObject({ round: "explanation" });
    const { caller: province } = await signIn(t.trx, "snv.admin");
    const files = async () =>
      (await province.parIndex.sheet({ unitId: bienHoa, year: YEAR })).rows
        .flatMap((r) => r.files)
        .filter((f) => f.round === "explanation");
    expect(await files()).toEqual([]);
    const { caller: unit } = await signIn(t.trx, "ubnd.bienhoa");
    await unit.parIndex.explain({ unitId: bienHoa, year: YEAR });
    expect((await files()).map((f) => f.round)).toEqual(["explanation"]);
    const other = await upload(
      app,
      await cookieFor(app, "ubnd.xuanloc"),
      `unitId=${bienHoa}&year=${YEAR}&code=1.2`,
    );
    expect(other.statusCode).toBe(403);
  });

  it("bad uploads are refused with the field named in words, never a 500", async () => {
    const bienHoa = await unitIdByCode(t.trx, "731");
    await districtSheetIn(t.trx, bienHoa, YEAR, "self_scoring");
    app = await serverOn(t.trx);
    const clerk = await cookieFor(app, "ubnd.bienhoa");
    const cases: [string, number, RegExp][] = [
      ["unitId=abc&year=2023&code=1.2", 400, /Đơn vị: phải là số định danh\) \/ .*Unit: must be an id/],
      [`unitId=${bienHoa}&year=20&code=1.2`, 400, /\(Năm: phải là năm từ 2000 đến 2100\)/],
      [`unitId=${bienHoa}&year=2023&code=1-2`, 400, /Mã tiêu chí không hợp lệ/],
      [`unitId=${bienHoa}&year=2041&code=1.2`, 409, /^Năm: Sở Nội vụ chưa ban hành/],
    ];
    for (const [query, status, message] of cases) {
      const res = await upload(app, clerk, query);
      expect([query, res.statusCode], res.body).toEqual([query, status]);
      expect(res.json().error.message).toMatch(message);
    }
    const gif = await upload(
      app,
      clerk,
      `unitId=${bienHoa}&year=2023&code=1.2`,
      Buffer.from("GIF89a...."),
      "a.gif",
    );
    expect(gif.statusCode).toBe(415);
    const notFound = await app.inject({
      method: "GET",
      url: "/files/par-index/evidence/12",
      headers: { cookie: clerk },
    });
    expect(notFound.statusCode).toBe(400);
    expect(notFound.json().error.message).toMatch(/\(Mã tệp không hợp lệ\) \/ .*\(File id is invalid\)/);
  });

  it("the SQL filter of sent files agrees with the domain's rule in every state and round", async () => {
    const bienHoa = await unitIdByCode(t.trx, "731");
    await districtSheetIn(t.trx, bienHoa, YEAR, "self_scoring");
    const sheet = await t.trx
      .selectFrom("par_index_sheets")
      .select("id")
      .where("unit_id", "=", bienHoa)
      .executeTakeFirstOrThrow();
    for (const round of SHEET_FILE_ROUNDS)
      for (const state of SCORING_STATES)
        for (const explained of [false, true]) {
          await sql`update par_index_files set round = ${round} where sheet_id = ${sheet.id}`.execute(t.trx);
          await sql`update par_index_sheets set state = ${state}, explained_at = ${explained ? new Date() : null}
            where id = ${sheet.id}`.execute(t.trx);
          const seen = (await sheetFiles(t.trx, sheet.id, false)).length > 0;
          expect([round, state, explained, seen]).toEqual([
            round,
            state,
            explained,
            maySeeSheetFile(round, { state, explained }, false),
          ]);
        }
  });
});
