import ExcelJS from "exceljs";
import type { FastifyInstance } from "fastify";
import { afterEach, describe, expect, it } from "vitest";
import { documentXml, plainText } from "./documents/read-docx";
import { failureOf } from "./helpers/expect-error";
import { fileFixtures } from "./helpers/files";
import { cookieFor, serverOn } from "./helpers/http";
import { useTestDb } from "./helpers/test-db";

const t = useTestDb();
let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function download(url: string, cookie: string): Promise<Buffer> {
  const res = await app!.inject({ url, headers: { cookie } });
  expect(res.statusCode, `${url}: ${res.body.slice(0, 300)}`).toBe(200);
  return res.rawPayload;
}

async function sheetLines(buffer: Buffer): Promise<string[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(buffer as unknown as Parameters<typeof book.xlsx.load>[0]);
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
  return lines;
}

describe("the decision forming the team (inspections.setDecision)", () => {
  it("is stored, audited, printed on the Word decision and cited by the minutes, and listed in inspections.xlsx", async () => {
    const fx = await fileFixtures(t.trx);
    const saved = await fx.admin.inspections.setDecision({
      inspectionId: fx.announced,
      number: "125/QĐ-SNV",
      date: "2023-05-22",
    });
    expect(saved).toMatchObject({ decisionNumber: "125/QĐ-SNV", decisionDate: "2023-05-22" });
    expect(await fx.admin.inspections.get({ id: fx.announced })).toMatchObject({
      decisionNumber: "125/QĐ-SNV",
      decisionDate: "2023-05-22",
    });
    const audit = await t.trx
      .selectFrom("audit_log")
      .select(["action", "entity_id"])
      .where("action", "=", "set_decision")
      .execute();
    expect(audit).toEqual([{ action: "set_decision", entity_id: String(fx.announced) }]);

    await fx.admin.inspections.recordFinding({ inspectionId: fx.announced, itemCode: "1a", rating: "dat" });
    app = await serverOn(t.trx);
    const admin = await cookieFor(app, "snv.admin");
    const base = `/files/docs/inspections/${fx.announced}`;
    const decision = plainText(await documentXml(await download(`${base}/decision.docx`, admin)));
    expect(decision).toMatch(/Số:\s*125\/QĐ-SNV/);
    expect(decision).toContain("Đồng Nai, ngày 22 tháng 5 năm 2023");
    const notice = plainText(await documentXml(await download(`${base}/notice.docx`, admin)));
    expect(notice).toContain("Quyết định số 125/QĐ-SNV ngày 22/05/2023");
    const minutes = plainText(await documentXml(await download(`${base}/minutes.docx`, admin)));
    expect(minutes).toContain("Quyết định số 125/QĐ-SNV ngày 22/05/2023");

    const list = await sheetLines(await download("/files/docs/plans/2023/inspections.xlsx", admin));
    expect(list.find((l) => l.startsWith("STT"))).toContain("Số quyết định | Ngày quyết định");
    // The date is a real Excel date (shown dd/mm/yyyy by the cell's format): ExcelJS reads it back as a Date.
    expect(list.find((l) => l.includes("UBND phường Trảng Dài"))).toContain("125/QĐ-SNV | Mon May 22 2023");
  });

  it("refuses a date after the first day of the inspection, naming the field and the dates as dd/mm/yyyy", async () => {
    const fx = await fileFixtures(t.trx);
    const late = await failureOf(
      fx.admin.inspections.setDecision({
        inspectionId: fx.announced,
        number: "1/QĐ-SNV",
        date: "2023-06-02",
      }),
    );
    expect(late).toMatchObject({ code: "BAD_REQUEST", domainCode: "INSPECTION.DECISION_DATE" });
    expect(Object.keys(late.fieldErrors)).toEqual(["date"]);
    expect(late.message).toMatch(/^Ngày quyết định 02\/06\/2023 sau ngày bắt đầu kiểm tra 01\/06\/2023/);
    expect((await fx.admin.inspections.get({ id: fx.announced })).decisionNumber).toBeNull();
  });
});
