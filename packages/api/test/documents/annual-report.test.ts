import { describe, expect, it } from "vitest";
import { annualReportDocx } from "../../src/documents";
import { DEPUTY_DIRECTOR, NUMBERED_FROM_PAGE_2, PLAN_284, SNV_HEAD } from "./fixtures";
import { documentXml, pageNumbering, pageSize, paragraphs, plainText } from "./read-docx";

const input = {
  head: { ...SNV_HEAD, number: "310/BC-SNV", date: "2023-12-15" },
  templateId: "dong-nai-2023",
  plan: PLAN_284,
  coverage: [
    { tier: "agency", pct: 40, eligible: 21, required: 9, done: 10 },
    { tier: "district", pct: 50, eligible: 11, required: 6, done: 6 },
    { tier: "commune", pct: 20, eligible: 170, required: 34, done: 30 },
  ],
  inspections: [
    {
      unitName: "Phường Trảng Dài",
      form: "surprise",
      startDate: "2023-06-07",
      endDate: "2023-06-07",
      leadBody: "so_noi_vu",
    },
    {
      unitName: "UBND Thành phố Biên Hòa",
      form: "announced",
      startDate: "2023-03-20",
      endDate: "2023-03-22",
      leadBody: "so_noi_vu",
    },
    {
      unitName: "Sở Tư pháp",
      form: "announced",
      startDate: "2023-03-27",
      endDate: "2023-03-28",
      leadBody: "vp_ubnd_tinh",
    },
  ],
  remoteChecks: 48,
  strengths: ["Các đơn vị ban hành kế hoạch cải cách hành chính kịp thời"],
  shortcomings: [
    "Một số đơn vị chưa niêm yết đầy đủ thủ tục hành chính",
    "Tỷ lệ hồ sơ trực tuyến toàn trình còn thấp",
  ],
  recommendations: { resolved: 41, open: 12, overdue: 5 },
  proposals: ["Bộ Nội vụ tổ chức tập huấn nghiệp vụ kiểm tra cải cách hành chính cho công chức cấp tỉnh"],
  signer: DEPUTY_DIRECTOR,
} as const;

describe("annualReportDocx", () => {
  it("reports the year's coverage by tier with the percentage done", async () => {
    const xml = await documentXml(await annualReportDocx(input));
    const lines = paragraphs(xml);
    expect(pageSize(xml)).toEqual([11906, 16838]);
    expect(await pageNumbering(await annualReportDocx(input))).toEqual(NUMBERED_FROM_PAGE_2);
    expect(lines).toEqual(
      expect.arrayContaining([
        "Số: 310/BC-SNV",
        "Đồng Nai, ngày 15 tháng 12 năm 2023",
        "BÁO CÁO",
        "Kết quả kiểm tra cải cách hành chính, kiểm soát thủ tục hành chính năm 2023",
        "- Bộ Nội vụ (Vụ Cải cách hành chính);",
        "- Chủ tịch UBND tỉnh (b/c);",
      ]),
    );
    // Row: STT, tier, eligible, pct, required, done, % done, verdict.
    const commune = lines.indexOf("UBND cấp xã");
    expect(lines.slice(commune, commune + 7)).toEqual([
      "UBND cấp xã",
      "170",
      "20",
      "34",
      "30",
      "17,6",
      "Chưa đạt",
    ]);
    const agency = lines.indexOf("Sở, ban, ngành");
    expect(lines.slice(agency, agency + 7)).toEqual(["Sở, ban, ngành", "21", "40", "9", "10", "47,6", "Đạt"]);
    const total = lines.indexOf("Tổng cộng");
    expect(lines.slice(total, total + 6)).toEqual(["Tổng cộng", "202", "", "49", "46", "22,8"]);
    expect(plainText(xml)).toContain("báo cáo Chủ tịch UBND tỉnh, Bộ Nội vụ");
  });

  it("lists the inspections done by date, the recommendations and the proposals", async () => {
    const lines = paragraphs(await documentXml(await annualReportDocx(input)));
    const text = lines.join("\n");
    expect(text).toContain(
      "đã tiến hành 3 cuộc kiểm tra tại đơn vị (2 cuộc theo kế hoạch, 1 cuộc đột xuất); ngoài ra đã kiểm tra trực tuyến 48 lượt",
    );
    expect(lines.indexOf("UBND Thành phố Biên Hòa")).toBeLessThan(lines.indexOf("Phường Trảng Dài"));
    // The period cell holds two lines (start –, end), then the lead body.
    expect(lines.slice(lines.indexOf("Sở Tư pháp") + 2, lines.indexOf("Sở Tư pháp") + 5)).toEqual([
      "27/03/2023 –",
      "28/03/2023",
      "Văn phòng UBND tỉnh",
    ]);
    expect(text).toContain(
      "Tổng số kiến nghị đã ban hành: 53; đã khắc phục: 41; chưa khắc phục: 12, trong đó quá thời hạn: 5.",
    );
    expect(text).toContain(
      "- Bộ Nội vụ tổ chức tập huấn nghiệp vụ kiểm tra cải cách hành chính cho công chức cấp tỉnh.",
    );
  });
});
