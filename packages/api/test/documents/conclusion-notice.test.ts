import { describe, expect, it } from "vitest";
import { conclusionNoticeDocx } from "../../src/documents";
import { CONCLUSION_INPUT as conclusionInput, NUMBERED_FROM_PAGE_2 } from "./fixtures";
import {
  defaultFont,
  documentXml,
  pageNumbering,
  pageSize,
  paragraphs,
  plainText,
  runProperties,
} from "./read-docx";

describe("conclusionNoticeDocx", () => {
  it("carries the NĐ 30 heading and the unit", async () => {
    const docx = await conclusionNoticeDocx(conclusionInput);
    const xml = await documentXml(docx);
    expect(pageSize(xml)).toEqual([11906, 16838]);
    expect(await pageNumbering(docx)).toEqual(NUMBERED_FROM_PAGE_2);
    expect(await defaultFont(docx)).toBe("Times New Roman");
    expect(paragraphs(xml)).toEqual(
      expect.arrayContaining([
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Số: 45/TB-SNV",
        "Đồng Nai, ngày 10 tháng 4 năm 2023",
        "THÔNG BÁO",
        "Kết luận kiểm tra cải cách hành chính tại UBND Thành phố Biên Hòa",
        "I. KHÁI QUÁT CHUNG",
        "Bộ phận Một cửa thành phố được bố trí đúng quy định, trang thiết bị cơ bản đáp ứng yêu cầu.",
      ]),
    );
    expect(runProperties(xml, "Đồng Nai, ngày 10 tháng 4 năm 2023")).toContain("<w:i/>");
  });

  it("numbers the recommendations with their deadlines and asks for a report by the last one", async () => {
    const lines = paragraphs(await documentXml(await conclusionNoticeDocx(conclusionInput)));
    expect(lines).toContain(
      "1. Niêm yết công khai đầy đủ thủ tục hành chính lĩnh vực đất đai tại Bộ phận Một cửa. Thời hạn hoàn thành: trước ngày 31/05/2023;",
    );
    expect(lines).toContain(
      "2. Nâng tỷ lệ hồ sơ trực tuyến toàn trình đạt chỉ tiêu của tỉnh. Thời hạn hoàn thành: trước ngày 30/09/2023.",
    );
    expect(lines.find((l) => l.includes("báo cáo kết quả khắc phục"))).toContain("trước ngày 30/09/2023");
  });

  it("gives the results per area with the rating labels", async () => {
    const text = plainText(await documentXml(await conclusionNoticeDocx(conclusionInput)));
    expect(text).toContain(
      "- 2.4. Tổ chức công khai thủ tục hành chính, hoàn thiện bộ hồ sơ mẫu: Chưa đạt. Chưa niêm yết 12 TTHC",
    );
    expect(text).toContain("cơ chế một cửa liên thông, kiện toàn Bộ phận Một cửa các cấp: Không áp dụng.");
    expect(text.indexOf("III. TỒN TẠI, HẠN CHẾ")).toBeGreaterThan(text.indexOf("II. KẾT QUẢ KIỂM TRA"));
    expect(text).toContain("- Chưa niêm yết đầy đủ thủ tục hành chính lĩnh vực đất đai;");
  });

  it("takes an explicit report date over the latest deadline", async () => {
    const text = plainText(
      await documentXml(await conclusionNoticeDocx({ ...conclusionInput, reportDueDate: "2023-10-15" })),
    );
    expect(text).toContain("trước ngày 15/10/2023 để tổng hợp");
  });
});
