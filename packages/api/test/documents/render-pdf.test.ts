import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { conclusionNoticeDocx, inspectionScheduleDocx, teamDecisionDocx } from "../../src/documents";
import { CONCLUSION_INPUT, DEPUTY_DIRECTOR, PLAN_284, SNV_HEAD, TEAM } from "./fixtures";
import { renderPdf, SOFFICE } from "./render";

/**
 * Renders through LibreOffice when the machine has it (skipped otherwise): the files must open in a
 * real word processor, on A4, with the Vietnamese text intact. PNGs for a human look are made by
 * `pdftoppm -r 80 -png /tmp/par-documents/<name>.pdf …`.
 */
describe.skipIf(!SOFFICE)("rendered with LibreOffice", () => {
  it("renders the decision on A4 with the header side by side", async () => {
    const docx = await teamDecisionDocx({
      head: SNV_HEAD,
      templateId: "dong-nai-2023",
      plan: PLAN_284,
      unitName: "UBND Thành phố Biên Hòa",
      decidingAuthority: "Giám đốc Sở Nội vụ",
      legalBases: ["Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"],
      proposedBy: "Theo đề nghị của Trưởng phòng Cải cách hành chính.",
      team: TEAM,
      areas: ["1", "2", "3", "4"],
      startDate: "2023-03-20",
      endDate: "2023-03-22",
      signer: DEPUTY_DIRECTOR,
    });
    const { pdf, text } = renderPdf("decision", docx);
    expect(execFileSync("pdfinfo", [pdf], { encoding: "utf8" })).toMatch(
      /Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/,
    );
    // -layout keeps columns: the issuing body and the national title share a line.
    expect(text).toMatch(/UBND TỈNH ĐỒNG NAI\s+CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/);
    expect(text).toMatch(/Số: 12\/QĐ-SNV\s+Đồng Nai, ngày 15 tháng 3 năm 2023/);
    expect(text).toMatch(/Nơi nhận:\s+KT\. GIÁM ĐỐC/);
  }, 120_000);

  it("renders the conclusion notice and the landscape schedule", async () => {
    const conclusion = renderPdf("conclusion", await conclusionNoticeDocx(CONCLUSION_INPUT));
    expect(conclusion.text).toMatch(/Số: 45\/TB-SNV\s+Đồng Nai, ngày 10 tháng 4 năm 2023/);
    expect(conclusion.text).toContain("Thời hạn hoàn thành: trước ngày 31/05/2023");
    const schedule = renderPdf(
      "schedule",
      await inspectionScheduleDocx({
        issuer: { name: "UBND tỉnh Đồng Nai", place: "Đồng Nai" },
        templateId: "dong-nai-2023",
        plan: PLAN_284,
        inspections: [
          {
            unitName: "UBND Thành phố Biên Hòa",
            form: "announced",
            startDate: "2023-03-20",
            endDate: "2023-03-22",
            leadBody: "so_noi_vu",
          },
        ],
      }),
    );
    expect(execFileSync("pdfinfo", [schedule.pdf], { encoding: "utf8" })).toMatch(
      /Page size:\s+841\.\d+ x 595\.\d+ pts/,
    );
    expect(schedule.text).toContain("20/03/2023 – 22/03/2023");
  }, 120_000);
});
