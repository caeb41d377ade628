import { committeeName } from "@par/domain";
import ExcelJS from "exceljs";
import type { FastifyInstance } from "fastify";
import { afterEach, describe, expect, it } from "vitest";
import { longDate } from "../src/documents";
import { vietnamDate } from "../src/time";
import { documentXml, plainText } from "./documents/read-docx";
import { signIn } from "./helpers/callers";
import { failureOf } from "./helpers/expect-error";
import { fileFixtures } from "./helpers/files";
import { cookieFor, serverOn } from "./helpers/http";
import { useTestDb } from "./helpers/test-db";
import { unitIdByCode } from "./helpers/units";

const t = useTestDb();
let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The fixtures, with the announced inspection's findings recorded and concluded as 15/TB-SNV. */
async function setup(opts: { conclude?: boolean } = {}) {
  const fx = await fileFixtures(t.trx);
  await fx.admin.inspections.recordFinding({ inspectionId: fx.announced, itemCode: "1a", rating: "dat" });
  await fx.admin.inspections.recordFinding({
    inspectionId: fx.announced,
    itemCode: "4",
    rating: "co_ton_tai",
    note: "Công chức Bộ phận Một cửa chưa đeo thẻ",
  });
  if (opts.conclude) {
    await fx.admin.inspections.recordFinding({ inspectionId: fx.announced, itemCode: "1b", rating: "dat" });
    await fx.admin.inspections.conclude({
      inspectionId: fx.announced,
      number: "15/TB-SNV",
      date: "2023-06-01",
      summary: "UBND phường đã triển khai đầy đủ kế hoạch cải cách hành chính năm 2023.",
      recommendations: [
        { text: "Chấn chỉnh việc đeo thẻ công chức tại Bộ phận Một cửa", deadline: "2023-08-31" },
      ],
    });
  }
  app = await serverOn(t.trx);
  return { fx, app, admin: await cookieFor(app, "snv.admin") };
}

async function docxText(server: FastifyInstance, url: string, cookie: string): Promise<string> {
  const res = await server.inject({ url, headers: { cookie } });
  expect(res.statusCode, `${url}: ${res.body.slice(0, 300)}`).toBe(200);
  expect(res.headers["content-type"]).toBe(DOCX);
  expect(String(res.headers["content-disposition"])).toMatch(
    /^attachment; filename="[a-z0-9-]+\.docx"; filename\*=UTF-8''/,
  );
  return plainText(await documentXml(res.rawPayload));
}

async function xlsxText(server: FastifyInstance, url: string, cookie: string): Promise<string> {
  const res = await server.inject({ url, headers: { cookie } });
  expect(res.statusCode, `${url}: ${res.body.slice(0, 300)}`).toBe(200);
  expect(res.headers["content-type"]).toBe(XLSX);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(res.rawPayload as unknown as Parameters<typeof book.xlsx.load>[0]);
  const lines: string[] = [];
  book.eachSheet((sheet) =>
    sheet.eachRow((row) => {
      const cells: string[] = [];
      row.eachCell((c) => {
        cells.push(c.text);
      });
      lines.push(cells.join(" | "));
    }),
  );
  return lines.join("\n");
}

describe("document downloads generated from the database", () => {
  it("decision, notice and minutes of an announced inspection: unit, blank number for the clerk, date line", async () => {
    const { fx, app, admin } = await setup();
    const base = `/files/docs/inspections/${fx.announced}`;
    const decision = await docxText(app, `${base}/decision.docx`, admin);
    expect(decision).toContain(committeeName("commune", fx.announcedUnit));
    // The first Biên Hòa commune is a ward: "UBND phường …", never "UBND Phường …" nor "UBND xã …".
    expect(fx.announcedUnit).toBe("Phường Trảng Dài");
    expect(decision).toContain("UBND phường Trảng Dài");
    expect(decision).not.toMatch(/UBND (Phường|xã) Trảng Dài/);
    expect(decision).toMatch(/Số:\s+\/QĐ-SNV/);
    expect(decision).toContain("Đồng Nai, ngày 24 tháng 5 năm 2023");
    expect(decision).toContain("Kế hoạch số 284/KH-UBND ngày 29/12/2022");
    expect(decision).toContain("Nguyễn Thị Thu Hà");
    expect(decision).toContain("KT. GIÁM ĐỐC");

    const notice = await docxText(app, `${base}/notice.docx`, admin);
    expect(notice).toContain(committeeName("commune", fx.announcedUnit));
    expect(notice).toMatch(/Số:\s+\/TB-SNV/);
    expect(notice).toContain("Đồng Nai, ngày 24 tháng 5 năm 2023");

    const minutes = await docxText(app, `${base}/minutes.docx`, admin);
    expect(minutes).toContain(committeeName("commune", fx.announcedUnit));
    expect(minutes).toMatch(/Số:\s+\/BB-ĐKT/);
    expect(minutes).toContain("Đồng Nai, ngày 01 tháng 6 năm 2023");
    expect(minutes).toContain("Công chức Bộ phận Một cửa chưa đeo thẻ");
    expect(minutes).toContain("Có tồn tại, hạn chế");

    // Not concluded yet: no conclusion notice.
    const early = await app.inject({ url: `${base}/conclusion.docx`, headers: { cookie: admin } });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.domainCode).toBe("DOCUMENT.NOT_AVAILABLE");
  });

  it("the conclusion notice carries the conclusion's stored number, date and recommendations", async () => {
    const { fx, app, admin } = await setup({ conclude: true });
    const text = await docxText(app, `/files/docs/inspections/${fx.announced}/conclusion.docx`, admin);
    expect(text).toContain(committeeName("commune", fx.announcedUnit));
    expect(text).toContain("Số: 15/TB-SNV");
    expect(text).toContain("Đồng Nai, ngày 01 tháng 6 năm 2023");
    expect(text).toContain("Chấn chỉnh việc đeo thẻ công chức tại Bộ phận Một cửa");
    expect(text).toContain("31/08/2023");
  });

  it("documents.available lists what may be downloaded now; never a notice for a surprise inspection", async () => {
    const { fx, app, admin } = await setup();
    const { caller } = await signIn(t.trx, "snv.admin");
    const announced = await caller.documents.available({ inspectionId: fx.announced });
    expect(announced.documents.map((d) => [d.kind, d.available])).toEqual([
      ["decision", true],
      ["notice", true],
      ["minutes", true],
      ["conclusion", false],
    ]);
    expect(announced.documents[0]!.url).toBe(`/files/docs/inspections/${fx.announced}/decision.docx`);
    const surprise = await caller.documents.available({ inspectionId: fx.surprise });
    expect(surprise.documents.map((d) => [d.kind, d.available])).toEqual([
      ["decision", false],
      ["notice", false],
      ["minutes", false],
      ["conclusion", false],
    ]);
    expect(surprise.documents[1]!.reason?.vi).toMatch(/theo kế hoạch/);
    const notice = await app.inject({
      url: `/files/docs/inspections/${fx.surprise}/notice.docx`,
      headers: { cookie: admin },
    });
    expect(notice.statusCode).toBe(409);
    // The surprise inspection's unit learns nothing: the same "not found" as a missing inspection.
    const { caller: officer } = await signIn(t.trx, "ubnd.bienhoa");
    expect((await failureOf(officer.documents.available({ inspectionId: fx.surprise }))).code).toBe(
      "NOT_FOUND",
    );
    const bienHoa = await cookieFor(app, "ubnd.bienhoa");
    const hidden = await app.inject({
      url: `/files/docs/inspections/${fx.surprise}/decision.docx`,
      headers: { cookie: bienHoa },
    });
    expect(hidden.statusCode).toBe(404);
    expect(hidden.json().error.domainCode).toBe("INSPECTION.NOT_FOUND");
  });

  it("inspection documents follow scope: another district's officer gets 404, no session 401", async () => {
    const { fx, app } = await setup();
    const url = `/files/docs/inspections/${fx.announced}/decision.docx`;
    const bienHoa = await cookieFor(app, "ubnd.bienhoa");
    const xuanLoc = await cookieFor(app, "ubnd.xuanloc");
    expect((await app.inject({ url, headers: { cookie: bienHoa } })).statusCode).toBe(200);
    expect((await app.inject({ url, headers: { cookie: xuanLoc } })).statusCode).toBe(404);
    expect((await app.inject({ url })).statusCode).toBe(401);
    const unknown = await app.inject({
      url: `/files/docs/inspections/${fx.announced}/invoice.docx`,
      headers: { cookie: bienHoa },
    });
    expect(unknown.statusCode).toBe(404);
  });

  it("plan-wide Word files: the annex without surprise inspections, the report to the Chairman and Bộ Nội vụ", async () => {
    const { fx, app, admin } = await setup({ conclude: true });
    const schedule = await docxText(app, "/files/docs/plans/2023/schedule.docx", admin);
    expect(schedule).toContain(committeeName("commune", fx.announcedUnit));
    expect(schedule).not.toContain(fx.surpriseUnit);
    expect(schedule).toContain("Kèm theo Kế hoạch số 284/KH-UBND ngày 29/12/2022");
    expect(schedule).toContain("LỊCH KIỂM TRA CẢI CÁCH HÀNH CHÍNH NĂM 2023");

    const report = await docxText(app, "/files/docs/plans/2023/report.docx", admin);
    expect(report).toContain(committeeName("commune", fx.announcedUnit));
    expect(report).toMatch(/Số:\s+\/BC-SNV/);
    expect(report).toContain(`Đồng Nai, ${longDate(vietnamDate(new Date()))}`);
    expect(report).toContain("Chủ tịch UBND tỉnh, Bộ Nội vụ");
    expect(report).toContain("Tổng số kiến nghị đã ban hành: 1; đã khắc phục: 0; chưa khắc phục: 1");
  });

  it("Excel: coverage, the inspection list (R5-filtered per caller) and the recommendation tracker", async () => {
    const { fx, app, admin } = await setup({ conclude: true });
    const coverage = await xlsxText(app, "/files/docs/plans/2023/coverage.xlsx", admin);
    expect(coverage).toContain("KẾT QUẢ THỰC HIỆN CHỈ TIÊU KIỂM TRA CẢI CÁCH HÀNH CHÍNH NĂM 2023");
    // Communes: 20 % quota, one done (the announced one started), one planned (the surprise).
    expect(coverage).toMatch(/UBND cấp xã \| \d+ \| 0\.2 \| \d+ \| 1 \| 1 \| \d+/);

    const list = await xlsxText(app, "/files/docs/plans/2023/inspections.xlsx", admin);
    expect(list).toContain(committeeName("commune", fx.announcedUnit));
    expect(list).toContain(committeeName("commune", fx.surpriseUnit));
    expect(list).toContain("Đã kết luận");
    expect(list).toContain("Nguyễn Thị Thu Hà");
    // Sở Tư pháp does not lead the unstarted surprise inspection: it is not in its list (R5).
    const sector = await cookieFor(app, "so.tuphap");
    const sectorList = await xlsxText(app, "/files/docs/plans/2023/inspections.xlsx", sector);
    expect(sectorList).toContain(committeeName("commune", fx.announcedUnit));
    expect(sectorList).not.toContain(fx.surpriseUnit);

    const tracker = await xlsxText(app, "/files/docs/recommendations.xlsx?year=2023", admin);
    expect(tracker).toContain("Chấn chỉnh việc đeo thẻ công chức tại Bộ phận Một cửa");
    expect(tracker).toContain("Thông báo kết luận 15/TB-SNV ngày 01/06/2023");
    expect(tracker).toContain(fx.announcedUnit);
  });

  it("plan-wide files need reports.export; an unknown year or file is 404, a bad year 400", async () => {
    const { app, admin } = await setup();
    const officer = await cookieFor(app, "ubnd.bienhoa");
    const camera = await cookieFor(app, "camera.1");
    for (const url of [
      "/files/docs/plans/2023/schedule.docx",
      "/files/docs/plans/2023/coverage.xlsx",
      "/files/docs/recommendations.xlsx",
    ]) {
      expect((await app.inject({ url, headers: { cookie: officer } })).statusCode, url).toBe(403);
      expect((await app.inject({ url, headers: { cookie: camera } })).statusCode, url).toBe(403);
    }
    const leader = await cookieFor(app, "lanhdao");
    expect(
      (await app.inject({ url: "/files/docs/plans/2023/coverage.xlsx", headers: { cookie: leader } }))
        .statusCode,
    ).toBe(200);
    const missing = await app.inject({
      url: "/files/docs/plans/2031/report.docx",
      headers: { cookie: admin },
    });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.domainCode).toBe("PLAN.NOT_FOUND");
    const bad = await app.inject({ url: "/files/docs/plans/23/report.docx", headers: { cookie: admin } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fieldErrors).toHaveProperty("year");
    expect(
      (await app.inject({ url: "/files/docs/plans/2023/x.pdf", headers: { cookie: admin } })).statusCode,
    ).toBe(404);
  });

  it("a body's own report (plan IV.2, IV.3): Sở Tư pháp's on its field, Văn phòng UBND tỉnh's on TTHC control; each body its own, Sở Nội vụ and the leaders any", async () => {
    const { fx, app, admin } = await setup({ conclude: true });
    const [stp, vp, snv] = await Promise.all(["STP", "VPUBND", "SNV"].map((c) => unitIdByCode(t.trx, c)));
    // An inspection Sở Tư pháp leads, started, with a finding short on item 4.
    const led = (
      await fx.admin.inspections.create({
        planId: fx.planId,
        targetUnitId: fx.surpriseUnitId,
        form: "announced",
        areas: ["1", "4"],
        leadBody: "so_tu_phap",
        startDate: "2023-05-31",
        endDate: "2023-05-31",
        noticeDate: "2023-05-22",
      })
    ).inspection.id;
    await fx.admin.inspections.schedule({ id: led });
    await fx.admin.inspections.notify({ id: led });
    await fx.admin.inspections.start({ id: led });
    await fx.admin.inspections.recordFinding({ inspectionId: led, itemCode: "4", rating: "chua_dat" });

    const sector = await cookieFor(app, "so.tuphap");
    const own = await docxText(app, `/files/docs/plans/2023/bodies/${stp}/report.docx`, sector);
    expect(own).toContain("Kết quả kiểm tra cải cách hành chính trong lĩnh vực tư pháp – hộ tịch năm 2023");
    expect(own).toMatch(/Số:\s+\/BC-STP/);
    expect(own).toContain(committeeName("commune", fx.surpriseUnit));
    // Sở Nội vụ's own inspection is not Sở Tư pháp's to report.
    expect(own).not.toContain(committeeName("commune", fx.announcedUnit));
    expect(own).toContain("đã chủ trì 1 cuộc kiểm tra (1 cuộc theo kế hoạch, 0 cuộc đột xuất)");
    expect(own).toContain("Sở Nội vụ (tổng hợp)");

    const office = await cookieFor(app, "vp.ubnd");
    const tthc = await docxText(app, `/files/docs/plans/2023/bodies/${vp}/report.docx`, office);
    expect(tthc).toContain("Kết quả kiểm tra công tác kiểm soát thủ tục hành chính năm 2023");
    expect(tthc).toContain("Văn phòng Chính phủ");
    expect(tthc).toContain("chưa chủ trì cuộc kiểm tra nào");

    // Sở Nội vụ and the leader draw any body's; a body never another's; a district none.
    await docxText(app, `/files/docs/plans/2023/bodies/${stp}/report.docx`, admin);
    await docxText(app, `/files/docs/plans/2023/bodies/${vp}/report.docx`, await cookieFor(app, "lanhdao"));
    const other = await app.inject({
      url: `/files/docs/plans/2023/bodies/${vp}/report.docx`,
      headers: { cookie: sector },
    });
    expect(other.statusCode).toBe(403);
    expect(other.json().error.message).toContain("Chỉ chính cơ quan báo cáo");
    const district = await cookieFor(app, "ubnd.bienhoa");
    expect(
      (
        await app.inject({
          url: `/files/docs/plans/2023/bodies/${stp}/report.docx`,
          headers: { cookie: district },
        })
      ).statusCode,
    ).toBe(403);
    // Sở Nội vụ's own report is report.docx: the body route names the field in words.
    const notDrafted = await app.inject({
      url: `/files/docs/plans/2023/bodies/${snv}/report.docx`,
      headers: { cookie: admin },
    });
    expect(notDrafted.statusCode).toBe(400);
    expect(notDrafted.json().error.fieldErrors.bodyUnitId[0]).toContain("Cơ quan báo cáo");
    const bad = await app.inject({
      url: "/files/docs/plans/2023/bodies/abc/report.docx",
      headers: { cookie: admin },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fieldErrors).toHaveProperty("bodyUnitId");
  });
});
