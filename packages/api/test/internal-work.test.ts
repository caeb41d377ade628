import { INTERNAL_ITEM_CODES } from "@par/domain";
import ExcelJS from "exceljs";
import type { FastifyInstance } from "fastify";
import { afterEach, describe, expect, it } from "vitest";
import { documentXml, plainText } from "./documents/read-docx";
import { signIn } from "./helpers/callers";
import { failureOf } from "./helpers/expect-error";
import { cookieFor, multipart, pngBytes, serverOn } from "./helpers/http";
import { adminWith2023Plan, announcedInput, onDay } from "./helpers/inspections";
import { useTestDb } from "./helpers/test-db";
import { unitIdByCode } from "./helpers/units";

const t = useTestDb();
let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const JUNE_20 = onDay("2023-06-20");

async function xuanLocCommune(offset = 0) {
  const parent = await unitIdByCode(t.trx, "741");
  const rows = await t.trx
    .selectFrom("org_units")
    .select(["id", "code"])
    .where("parent_id", "=", parent)
    .where("kind", "=", "commune")
    .orderBy("code")
    .execute();
  return { parent, commune: rows[offset]!.id, communeCode: rows[offset]!.code };
}

/** Plans, staffs, records every IV.4 ¶2 item and concludes one internal inspection of Xuân Lộc. */
async function concludedInternal(
  recommendations = [{ text: "Niêm yết đầy đủ thủ tục hành chính", deadline: "2023-07-31" }],
) {
  const { caller: xl } = await signIn(t.trx, "ubnd.xuanloc", JUNE_20);
  const { parent, commune } = await xuanLocCommune();
  const planned = await xl.internal.create({
    targetUnitId: commune,
    startDate: "2023-06-14",
    endDate: "2023-06-14",
  });
  await xl.internal.setTeam({
    id: planned.id,
    decisionNumber: "15/QĐ-UBND",
    decisionDate: "2023-06-07",
    members: [
      { name: "Lê Thị Hoa", position: "Phó Chánh Văn phòng", role: "lead" },
      { name: "Phạm Văn Bình", position: "Chuyên viên Phòng Nội vụ", role: "secretary" },
    ],
  });
  const missing = await failureOf(
    xl.internal.conclude({
      id: planned.id,
      conductedOn: "2023-06-14",
      noticeNumber: "20/TB-UBND",
      summary: "Đạt yêu cầu",
    }),
  );
  expect(missing).toMatchObject({ code: "CONFLICT", domainCode: "INTERNAL.FINDINGS_MISSING" });
  expect(missing.message).toMatch(/^Chưa có nhận xét cho: Thực hiện cơ chế một cửa/);
  for (const code of INTERNAL_ITEM_CODES)
    await xl.internal.saveFinding({
      id: planned.id,
      itemCode: code,
      rating: code === "tthc" ? "co_ton_tai" : "dat",
      note: `Nhận xét ${code}`,
    });
  const concluded = await xl.internal.conclude({
    id: planned.id,
    conductedOn: "2023-06-14",
    noticeNumber: "20/TB-UBND",
    summary: "Đơn vị thực hiện tốt cơ chế một cửa; còn thiếu niêm yết một số thủ tục",
    recommendations,
  });
  return { xl, parent, commune, id: planned.id, concluded };
}

describe("R9 internal inspections end to end", () => {
  it("R9 the pool counts the province's field-oversight data: Sở GD&ĐT's field holds the districts' Phòng GD&ĐT, editable by Sở Nội vụ", async () => {
    const { caller: gddt } = await signIn(t.trx, "so.gddt");
    const sgddt = await unitIdByCode(t.trx, "SGDDT");
    const field = await gddt.internal.fieldUnits({ departmentId: sgddt });
    expect(field).toHaveLength(11);
    expect(
      field.every((u) => u.code.endsWith(".GDDT") && u.name.startsWith("Phòng Giáo dục và Đào tạo")),
    ).toBe(true);
    const before = await gddt.internal.coverage({ unitId: sgddt, year: 2023 });
    expect(before.pool.filter((p) => p.code.endsWith(".GDDT"))).toHaveLength(11);

    const { caller: admin } = await signIn(t.trx, "snv.admin");
    await admin.internal.removeFieldUnit({ departmentId: sgddt, unitId: field[0]!.id });
    const after = await gddt.internal.coverage({ unitId: sgddt, year: 2023 });
    expect(after.poolSize).toBe(before.poolSize - 1);
    expect(after.required).toBe(Math.ceil(after.poolSize / 2));
    const audit = await t.trx
      .selectFrom("audit_log")
      .select(["action", "entity"])
      .where("entity", "=", "field_oversight")
      .execute();
    expect(audit).toEqual([{ action: "remove", entity: "field_oversight" }]);

    // A clerk cannot edit the relation, and a division of its own tree is refused in words.
    expect(
      await failureOf(gddt.internal.addFieldUnit({ departmentId: sgddt, unitId: field[0]!.id })),
    ).toMatchObject({ code: "FORBIDDEN" });
    const own = before.pool.find((p) => p.code.startsWith("SGDDT."))!;
    const refused = await failureOf(admin.internal.addFieldUnit({ departmentId: sgddt, unitId: own.id }));
    expect(refused.fieldErrors.unitId?.[0]).toMatch(/^Đơn vị thuộc lĩnh vực: .* đã là đơn vị trực thuộc/);

    // Sở GD&ĐT inspects a district's Phòng GD&ĐT internally; the district's clerk does not read it.
    const planned = await gddt.internal.create({
      targetUnitId: field[1]!.id,
      startDate: "2023-06-14",
      endDate: "2023-06-14",
    });
    expect(planned.parentUnit.id).toBe(sgddt);
    const { caller: xl } = await signIn(t.trx, "ubnd.xuanloc");
    const xlField = field.find((u) => u.code === "741.GDDT")!;
    const otherBody = await gddt.internal.create({
      targetUnitId: xlField.id,
      startDate: "2023-06-15",
      endDate: "2023-06-15",
    });
    expect(await failureOf(xl.internal.detail({ id: otherBody.id }))).toMatchObject({ code: "NOT_FOUND" });
  });

  it("R9 plan → team → a finding per IV.4 ¶2 item → conclusion with deadlines → follow-up until closed; the duty counts it", async () => {
    const { xl, parent, id, concluded } = await concludedInternal();
    expect(concluded.status).toBe("concluded");
    expect(concluded.checklist.map((c) => c.rating)).toEqual(["dat", "co_ton_tai", "dat", "dat", "dat"]);
    expect(concluded.documents.conclusion).toBe(`/files/docs/internal/${id}/conclusion.docx`);
    const cov = await xl.internal.coverage({ unitId: parent, year: 2023 });
    expect(cov.done).toBe(1);
    // No more changes once concluded.
    expect(
      await failureOf(xl.internal.saveFinding({ id, itemCode: "mc", rating: "chua_dat" })),
    ).toMatchObject({
      code: "CONFLICT",
      domainCode: "INTERNAL.STATE",
    });

    const { caller: later } = await signIn(t.trx, "ubnd.xuanloc", onDay("2023-08-10"));
    const home = await later.internal.home({ year: 2023 });
    expect(home.duty).toMatchObject({ done: 1, required: cov.required, poolSize: cov.poolSize });
    expect(home.duty.laggards).toHaveLength(cov.poolSize - 1);
    expect(home.internalRecommendations).toMatchObject({ open: 1, overdue: 1 });
    expect(home.internalRecommendations.rows[0]).toMatchObject({ overdue: true, deadline: "2023-07-31" });
    const page = await later.internal.recommendations({ unitId: parent });
    expect(page.total).toBe(page.items.length);
    const listed = await later.internal.list({ unitId: parent, limit: 1 });
    expect(listed.total).toBe((await later.internal.list({ unitId: parent, limit: 200 })).items.length);
    expect(page.items).toHaveLength(1);

    const rec = concluded.recommendations[0]!;
    const early = await failureOf(
      later.internal.closeRecommendation({ id: rec.id, doneOn: "2023-06-01", note: "Đã niêm yết" }),
    );
    expect(early.fieldErrors.doneOn?.[0]).toMatch(/^Ngày hoàn thành 01\/06\/2023/);
    await later.internal.closeRecommendation({
      id: rec.id,
      doneOn: "2023-07-20",
      note: "Đã niêm yết đủ 100% thủ tục",
    });
    const closed = await later.internal.detail({ id });
    expect(closed.status).toBe("closed");
    expect((await later.internal.home({ year: 2023 })).internalRecommendations.open).toBe(0);
    const actions = await t.trx
      .selectFrom("audit_log")
      .select("action")
      .where("entity", "in", ["internal_inspection", "internal_recommendation"])
      .orderBy("id")
      .execute();
    expect(actions.map((a) => a.action)).toEqual([
      "create",
      "set_team",
      ...INTERNAL_ITEM_CODES.map(() => "record_finding"),
      "conclude",
      "close_recommendation",
    ]);
  });

  it("scope: another district's clerk neither reads nor writes Xuân Lộc's internal inspection, its recommendation or its files", async () => {
    const { id, concluded } = await concludedInternal();
    const { caller: bh } = await signIn(t.trx, "ubnd.bienhoa", JUNE_20);
    for (const call of [
      () => bh.internal.detail({ id }),
      () => bh.internal.saveFinding({ id, itemCode: "mc", rating: "dat" }),
      () =>
        bh.internal.setTeam({
          id,
          decisionNumber: "1/QĐ",
          decisionDate: "2023-06-01",
          members: [{ name: "Nguyễn An", role: "lead" }],
        }),
      () =>
        bh.internal.closeRecommendation({
          id: concluded.recommendations[0]!.id,
          doneOn: "2023-06-20",
          note: "Xong việc",
        }),
    ])
      expect((await failureOf(call())).code).toBe("NOT_FOUND");
    expect((await failureOf(bh.internal.recommendations({ unitId: concluded.parentUnit.id }))).code).toBe(
      "FORBIDDEN",
    );

    app = await serverOn(t.trx);
    const bhCookie = await cookieFor(app, "ubnd.bienhoa");
    const xlCookie = await cookieFor(app, "ubnd.xuanloc");
    for (const doc of ["decision", "minutes", "conclusion"]) {
      const res = await app.inject({
        method: "GET",
        url: `/files/docs/internal/${id}/${doc}.docx`,
        headers: { cookie: bhCookie },
      });
      expect(res.statusCode).toBe(404);
    }
    const report = await app.inject({
      method: "GET",
      url: `/files/docs/internal-report.docx?unitId=${concluded.parentUnit.id}&year=2023`,
      headers: { cookie: bhCookie },
    });
    expect(report.statusCode).toBe(403);
    const ok = await app.inject({
      method: "GET",
      url: `/files/docs/internal/${id}/decision.docx`,
      headers: { cookie: xlCookie },
    });
    expect(ok.statusCode).toBe(200);
  });

  it("files and documents: evidence per item while open, the three Word documents in the unit's own name, the CCHC section as Word and Excel", async () => {
    const { caller: xl } = await signIn(t.trx, "ubnd.xuanloc", JUNE_20);
    const { commune } = await xuanLocCommune(1);
    const planned = await xl.internal.create({
      targetUnitId: commune,
      startDate: "2023-06-15",
      endDate: "2023-06-15",
    });
    app = await serverOn(t.trx);
    const xlCookie = await cookieFor(app, "ubnd.xuanloc");
    const bhCookie = await cookieFor(app, "ubnd.bienhoa");
    const upload = (cookie: string, itemCode = "tacphong") => {
      const body = multipart("quay-mot-cua.png", "image/png", pngBytes());
      return app!.inject({
        method: "POST",
        url: `/files/internal-evidence?internalId=${planned.id}&itemCode=${itemCode}`,
        headers: { cookie, ...body.headers },
        payload: body.payload,
      });
    };
    expect((await upload(bhCookie)).statusCode).toBe(404);
    const badItem = await upload(xlCookie, "4");
    expect(badItem.statusCode).toBe(400);
    expect(badItem.json().error.message).toContain("Nội dung kiểm tra: không có trong danh mục");
    const stored = await upload(xlCookie);
    expect(stored.statusCode).toBe(201);
    const { file } = stored.json() as { file: { id: string; url: string } };
    expect(
      (await app.inject({ method: "GET", url: file.url, headers: { cookie: bhCookie } })).statusCode,
    ).toBe(404);
    expect(
      (await app.inject({ method: "GET", url: file.url, headers: { cookie: xlCookie } })).statusCode,
    ).toBe(200);
    const detail = await xl.internal.detail({ id: planned.id });
    expect(detail.checklist.find((c) => c.code === "tacphong")?.files.map((f) => f.id)).toEqual([file.id]);

    const { id } = await concludedInternal();
    const text = async (url: string) => {
      const res = await app!.inject({ method: "GET", url, headers: { cookie: xlCookie } });
      expect(res.statusCode, url).toBe(200);
      return plainText(await documentXml(res.rawPayload));
    };
    const decision = await text(`/files/docs/internal/${id}/decision.docx`);
    expect(decision).toContain("ỦY BAN NHÂN DÂN HUYỆN XUÂN LỘC");
    expect(decision).toContain("Số: 15/QĐ-UBND");
    expect(decision).toContain("Lê Thị Hoa");
    const minutes = await text(`/files/docs/internal/${id}/minutes.docx`);
    expect(minutes).toContain("Tiếp nhận, giải quyết thủ tục hành chính");
    expect(minutes).toContain("Có tồn tại, hạn chế");
    const notice = await text(`/files/docs/internal/${id}/conclusion.docx`);
    expect(notice).toContain("Thời hạn hoàn thành: 31/07/2023");

    const parent = await unitIdByCode(t.trx, "741");
    const section = await text(`/files/docs/internal-report.docx?unitId=${parent}&year=2023&quarter=2`);
    expect(section).toContain("CÔNG TÁC KIỂM TRA NỘI BỘ VỀ CẢI CÁCH HÀNH CHÍNH QUÝ II NĂM 2023");
    expect(section).toMatch(/đã kiểm tra 1\/\d+ đơn vị/);
    expect(section).toContain("Niêm yết đầy đủ thủ tục hành chính");
    const xlsx = await app.inject({
      method: "GET",
      url: `/files/docs/internal-report.xlsx?unitId=${parent}&year=2023`,
      headers: { cookie: xlCookie },
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as never);
    expect(book.worksheets.map((s) => s.name)).toEqual(["Kiểm tra nội bộ", "Kiến nghị"]);
    expect(String(book.worksheets[1]!.getRow(4).getCell(3).value)).toBe("Niêm yết đầy đủ thủ tục hành chính");
    const badQuarter = await app.inject({
      method: "GET",
      url: `/files/docs/internal-report.docx?unitId=${parent}&year=2023&quarter=5`,
      headers: { cookie: xlCookie },
    });
    expect(badQuarter.statusCode).toBe(400);
    expect(badQuarter.json().error.message).toContain("Quý: phải là số từ 1 đến 4");
  });

  it("R5 the nearby-visit warning is computed from what the caller may see: a surprise not started never warns its district", async () => {
    const { admin, plan } = await adminWith2023Plan(t.trx);
    const { communeCode, commune } = await xuanLocCommune(2);
    const window = { startDate: "2023-06-21", endDate: "2023-06-21", noticeDate: "2023-06-12" };
    const secret = await admin.inspections.create({
      ...(await announcedInput(t.trx, plan.id, communeCode, window)),
      form: "surprise",
      noticeDate: null,
    });
    await admin.inspections.schedule({ id: secret.inspection.id });
    const ask = { targetUnitId: commune, startDate: "2023-06-19", endDate: "2023-06-19" };
    const { caller: xl } = await signIn(t.trx, "ubnd.xuanloc");
    expect((await xl.internal.nearby(ask)).warning).toBeNull();
    const seen = (await admin.internal.nearby(ask)).warning;
    expect(seen?.message).toContain("21/06/2023");
    // An announced visit published in the approved plan does warn the district, in dd/mm/yyyy.
    const announced = await admin.inspections.create(
      await announcedInput(t.trx, plan.id, communeCode, {
        startDate: "2023-07-11",
        endDate: "2023-07-11",
        noticeDate: "2023-06-30",
      }),
    );
    await admin.inspections.schedule({ id: announced.inspection.id });
    await admin.plans.approve({ year: 2023, number: "284/KH-UBND", issuedDate: "2022-12-29" });
    const near = await xl.internal.nearby({
      targetUnitId: commune,
      startDate: "2023-07-06",
      endDate: "2023-07-06",
    });
    expect(near.warning?.message).toMatch(
      /^Đơn vị đã có đoàn kiểm tra gần những ngày này \(Đoàn kiểm tra của tỉnh 11\/07\/2023–11\/07\/2023\)/,
    );
  });
});
