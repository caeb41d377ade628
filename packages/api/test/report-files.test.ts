import type { FastifyInstance } from "fastify";
import { afterEach, describe, expect, it } from "vitest";
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

const PDF = Buffer.from("%PDF-1.4 Báo cáo kết quả kiểm tra trong lĩnh vực tư pháp");
const NAME = "Báo cáo kiểm tra lĩnh vực tư pháp 2023.pdf";

describe("a body's own reports and the file it sent (issue 11 §6)", () => {
  it("each body lists only what it owes: the sector department its field's report, a district its four sections, the office its TTHC report", async () => {
    const { caller: tuPhap } = await signIn(t.trx, "so.tuphap");
    const mine = await tuPhap.reportDuties.mine({ year: 2023 });
    expect(mine.map((r) => [r.kind, r.period, r.dueDate, r.bodyName])).toEqual([
      ["sector_field", "year", "2023-12-10", "Sở Tư pháp"],
    ]);
    const { caller: xuanLoc } = await signIn(t.trx, "ubnd.xuanloc");
    expect((await xuanLoc.reportDuties.mine({ year: 2023 })).map((r) => `${r.kind}:${r.period}`)).toEqual([
      "unit_cchc_section:q1",
      "unit_cchc_section:q2",
      "unit_cchc_section:q3",
      "unit_cchc_section:year",
    ]);
    const { caller: vp } = await signIn(t.trx, "vp.ubnd");
    expect((await vp.reportDuties.mine({ year: 2023 })).map((r) => r.kind)).toEqual(["tthc_control"]);
  });

  it("the sector department marks its report sent with a file; overdue goes; the province and the body download it by its Vietnamese name, another body cannot", async () => {
    const stp = await unitIdByCode(t.trx, "STP");
    // On 11/12/2023 the field's report (due 10/12) is overdue until it is sent.
    const { caller: tuPhap } = await signIn(t.trx, "so.tuphap", new Date("2023-12-11T03:00:00Z"));
    const before = (await tuPhap.reportDuties.mine({ year: 2023 }))[0]!;
    expect(before).toMatchObject({ sentAt: null, overdue: true });
    await tuPhap.reportDuties.markSent({
      year: 2023,
      kind: "sector_field",
      period: "year",
      bodyUnitId: stp,
      note: "Gửi kèm công văn số 12/STP",
      fileName: NAME,
      contentBase64: PDF.toString("base64"),
    });
    const after = (await tuPhap.reportDuties.mine({ year: 2023 }))[0]!;
    expect(after).toMatchObject({ overdue: false, fileName: NAME, note: "Gửi kèm công văn số 12/STP" });
    expect(after.sentAt).not.toBeNull();

    app = await serverOn(t.trx);
    const url = `/files/reports/sent/${stp}/sector_field/2023/year`;
    for (const who of ["snv.admin", "vp.ubnd", "lanhdao", "so.tuphap"]) {
      const res = await app.inject({ method: "GET", url, headers: { cookie: await cookieFor(app, who) } });
      expect(res.statusCode, who).toBe(200);
      expect(res.rawPayload.equals(PDF), who).toBe(true);
      expect(res.headers["content-type"]).toBe("application/pdf");
      expect(res.headers["content-disposition"]).toBe(
        `attachment; filename="bao-cao-kiem-tra-linh-vuc-tu-phap-2023.pdf"; filename*=UTF-8''${encodeURIComponent(NAME)}`,
      );
    }
    // Another body (a district's clerk, a department's clerk, a unit head), and a reviewer of cameras.
    for (const who of ["ubnd.bienhoa", "so.gddt", "ld.xuanloc", "camera.1"]) {
      const res = await app.inject({ method: "GET", url, headers: { cookie: await cookieFor(app, who) } });
      expect([403, 404], who).toContain(res.statusCode);
      expect(res.body).not.toContain("PDF");
    }
    // A body that sent no file, and one that has not sent: not found, with a message in words.
    const res = await app.inject({
      method: "GET",
      url: `/files/reports/sent/${await unitIdByCode(t.trx, "731")}/unit_cchc_section/2023/year`,
      headers: { cookie: await cookieFor(app, "snv.admin") },
    });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.message).toBe(
      "Tệp báo cáo: không có tệp đã gửi cho báo cáo này / Report file: no file was sent for this report",
    );
    const bad = await app.inject({
      method: "GET",
      url: `/files/reports/sent/abc/sector_field/2023/year`,
      headers: { cookie: await cookieFor(app, "snv.admin") },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/\(Cơ quan báo cáo: .*\(Reporting body: /);
  });
});
