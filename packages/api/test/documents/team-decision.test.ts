import { describe, expect, it } from "vitest";
import { teamDecisionDocx } from "../../src/documents";
import { DEPUTY_DIRECTOR, NUMBERED_FROM_PAGE_2, PLAN_284, SNV_HEAD, TEAM } from "./fixtures";
import {
  defaultFont,
  documentXml,
  pageNumbering,
  pageSize,
  paragraphs,
  plainText,
  runProperties,
} from "./read-docx";

const input = {
  head: SNV_HEAD,
  templateId: "dong-nai-2023",
  plan: PLAN_284,
  unitName: "UBND Thành phố Biên Hòa",
  decidingAuthority: "Giám đốc Sở Nội vụ",
  legalBases: [
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;",
  ],
  proposedBy: "Theo đề nghị của Trưởng phòng Cải cách hành chính.",
  team: TEAM,
  areas: ["3", "1", "2"],
  startDate: "2023-03-20",
  endDate: "2023-03-22",
  signer: DEPUTY_DIRECTOR,
};

describe("teamDecisionDocx", () => {
  it("lays out the decision forming a team in the NĐ 30 format", async () => {
    const docx = await teamDecisionDocx(input);
    const xml = await documentXml(docx);
    expect(pageSize(xml)).toEqual([11906, 16838]);
    expect(await pageNumbering(docx)).toEqual(NUMBERED_FROM_PAGE_2);
    expect(await defaultFont(docx)).toBe("Times New Roman");
    const lines = paragraphs(xml);
    expect(lines).toEqual(
      expect.arrayContaining([
        "UBND TỈNH ĐỒNG NAI",
        "SỞ NỘI VỤ",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 12/QĐ-SNV",
        "Đồng Nai, ngày 15 tháng 3 năm 2023",
        "QUYẾT ĐỊNH",
        "Về việc thành lập Đoàn kiểm tra cải cách hành chính tại UBND Thành phố Biên Hòa",
        "GIÁM ĐỐC SỞ NỘI VỤ",
        "QUYẾT ĐỊNH:",
        "KT. GIÁM ĐỐC",
        "PHÓ GIÁM ĐỐC",
        "Trần Văn Minh",
        "Nơi nhận:",
        "- Như Điều 3;",
      ]),
    );
    expect(runProperties(xml, "Đồng Nai, ngày 15 tháng 3 năm 2023")).toContain("<w:i/>");
    expect(runProperties(xml, "SỞ NỘI VỤ")).toContain("<w:b/>");
    expect(runProperties(xml, "Nơi nhận:")).toMatch(/<w:b\/>[\s\S]*<w:i\/>[\s\S]*w:val="24"/);
    // The plan is cited as a legal basis, in italics.
    const planBasis = lines.find((l) => l.startsWith("Căn cứ Kế hoạch số 284/KH-UBND ngày 29/12/2022"));
    expect(planBasis).toBeDefined();
    expect(runProperties(xml, planBasis ?? "")).toContain("<w:i/>");
  });

  it("lists the team leader first and the secretary last, with their role", async () => {
    const lines = paragraphs(await documentXml(await teamDecisionDocx(input)));
    const at = (s: string) => lines.indexOf(s);
    expect(at("Trần Văn Minh")).toBeLessThan(at("Nguyễn Thị Thu Hà"));
    expect(at("Phạm Thị Lan")).toBeLessThan(at("Lê Quang Vinh"));
    expect(lines[at("Trần Văn Minh") + 2]).toBe("Trưởng đoàn");
    expect(lines[at("Lê Quang Vinh") + 1]).toBe("Chuyên viên, Sở Nội vụ");
    expect(lines[at("Lê Quang Vinh") + 2]).toBe("Thư ký");
  });

  it("names the areas in scope in the plan's order in Điều 2, with the dates", async () => {
    const text = plainText(await documentXml(await teamDecisionDocx(input)));
    const one = text.indexOf("1. Công tác lãnh đạo, chỉ đạo về cải cách hành chính");
    const three = text.indexOf("3. Kết quả ứng dụng công nghệ thông tin vào cải cách hành chính.");
    expect(one).toBeGreaterThan(text.indexOf("Điều 2."));
    expect(three).toBeGreaterThan(one);
    expect(text).not.toContain("Tình hình thực hiện nhiệm vụ công vụ");
    expect(text).toContain("Thời gian kiểm tra: từ ngày 20/03/2023 đến ngày 22/03/2023.");
  });

  it("numbers the areas as the template does: areas 1 and 4 are 1. and 4., not 1. and 2.", async () => {
    const text = plainText(await documentXml(await teamDecisionDocx({ ...input, areas: ["4", "1"] })));
    expect(text).toContain("1. Công tác lãnh đạo, chỉ đạo");
    expect(text).toContain("4. Tình hình thực hiện nhiệm vụ công vụ");
    expect(text).not.toContain("2. Tình hình thực hiện");
  });

  it("refuses an area the template does not know (a caller bug)", async () => {
    await expect(teamDecisionDocx({ ...input, areas: ["9"] })).rejects.toThrow(/Unknown content area "9"/);
  });
});
