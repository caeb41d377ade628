import { describe, expect, it } from "vitest";
import { inspectionNoticeDocx } from "../../src/documents";
import { DECISION_12, DEPUTY_DIRECTOR, NUMBERED_FROM_PAGE_2, PLAN_284, SNV_HEAD } from "./fixtures";
import { documentXml, pageNumbering, pageSize, paragraphs, plainText, runProperties } from "./read-docx";

const input = {
  head: { ...SNV_HEAD, number: "15/TB-SNV", date: "2023-03-16" },
  templateId: "dong-nai-2023",
  plan: PLAN_284,
  decision: DECISION_12,
  unitName: "Sở Tư pháp",
  startDate: "2023-03-27",
  endDate: "2023-03-28",
  startTime: "08 giờ 00",
  place: "Trụ sở Sở Tư pháp, số 11 Đường 30 Tháng 4, phường Thanh Bình, thành phố Biên Hòa",
  areas: ["1", "2", "4"],
  selfReportDueDate: "2023-03-22",
  unitAttendees: ["Lãnh đạo Sở Tư pháp", "Chánh Văn phòng Sở", "Công chức làm việc tại Bộ phận Một cửa"],
  contact: "Bà Nguyễn Thị Thu Hà, Phòng Cải cách hành chính, Sở Nội vụ",
  signer: DEPUTY_DIRECTOR,
};

describe("inspectionNoticeDocx", () => {
  it("announces unit, time, place, areas and what the unit prepares", async () => {
    const xml = await documentXml(await inspectionNoticeDocx(input));
    const lines = paragraphs(xml);
    const text = plainText(xml);
    expect(pageSize(xml)).toEqual([11906, 16838]);
    expect(await pageNumbering(await inspectionNoticeDocx(input))).toEqual(NUMBERED_FROM_PAGE_2);
    expect(lines).toEqual(
      expect.arrayContaining([
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Số: 15/TB-SNV",
        "Đồng Nai, ngày 16 tháng 3 năm 2023",
        "THÔNG BÁO",
        "Về việc kiểm tra cải cách hành chính tại Sở Tư pháp",
        "Từ 08 giờ 00, ngày 27/03/2023 đến ngày 28/03/2023.",
        "5. Đề nghị Sở Tư pháp chuẩn bị",
      ]),
    );
    expect(runProperties(xml, "Đồng Nai, ngày 16 tháng 3 năm 2023")).toContain("<w:i/>");
    expect(text).toContain("Quyết định số 12/QĐ-SNV ngày 15/03/2023 của Giám đốc Sở Nội vụ");
    expect(text).toContain(
      "- Sở Tư pháp: Lãnh đạo Sở Tư pháp; Chánh Văn phòng Sở; Công chức làm việc tại Bộ phận Một cửa.",
    );
    expect(text).toMatch(/- Báo cáo tự kiểm tra, đánh giá .* gửi về Sở Nội vụ trước ngày 22\/03\/2023;/);
    // The template's area numbers (1, 2, 4), not a renumbering (a, b, c).
    expect(text).toContain("1. Công tác lãnh đạo, chỉ đạo");
    expect(text).toContain("4. Tình hình thực hiện nhiệm vụ công vụ");
    expect(text).not.toContain("c) Tình hình");
    expect(text).not.toContain("Kết quả ứng dụng công nghệ thông tin");
  });
});
