import { describe, expect, it } from "vitest";
import { inspectionMinutesDocx } from "../../src/documents";
import { BIEN_HOA_FINDINGS, DECISION_12, NUMBERED_FROM_PAGE_2, TEAM } from "./fixtures";
import { documentXml, pageNumbering, pageSize, paragraphs, plainText, runProperties } from "./read-docx";

const input = {
  head: {
    issuer: { parent: "Sở Nội vụ", name: "Đoàn kiểm tra cải cách hành chính", place: "Biên Hòa" },
    number: "/BB-ĐKT",
    date: "2023-03-20",
  },
  templateId: "dong-nai-2023",
  decision: DECISION_12,
  unitName: "UBND Thành phố Biên Hòa",
  date: "2023-03-20",
  startTime: "08 giờ 00",
  endTime: "11 giờ 30",
  place: "Trụ sở UBND Thành phố Biên Hòa",
  team: TEAM,
  unitAttendees: [
    { name: "Nguyễn Văn Thắng", position: "Phó Chủ tịch UBND Thành phố Biên Hòa" },
    { name: "Đỗ Thị Mai", position: "Trưởng phòng Nội vụ" },
  ],
  findings: BIEN_HOA_FINDINGS,
  unitOpinion: "Thống nhất với kết quả kiểm tra của Đoàn.",
  teamLeader: { title: "Trưởng đoàn", name: "Trần Văn Minh" },
  unitHead: { authority: "TM. Ủy ban nhân dân", title: "Phó Chủ tịch", name: "Nguyễn Văn Thắng" },
};

describe("inspectionMinutesDocx", () => {
  it("records time, place, both sides and the signatures side by side", async () => {
    const xml = await documentXml(await inspectionMinutesDocx(input));
    const lines = paragraphs(xml);
    expect(pageSize(xml)).toEqual([11906, 16838]);
    expect(await pageNumbering(await inspectionMinutesDocx(input))).toEqual(NUMBERED_FROM_PAGE_2);
    expect(lines).toEqual(
      expect.arrayContaining([
        "SỞ NỘI VỤ",
        "ĐOÀN KIỂM TRA CẢI CÁCH HÀNH CHÍNH",
        "Biên Hòa, ngày 20 tháng 3 năm 2023",
        "BIÊN BẢN",
        "Kiểm tra cải cách hành chính tại UBND Thành phố Biên Hòa",
        "- Ông (bà) Trần Văn Minh, Phó Giám đốc, Sở Nội vụ – Trưởng đoàn;",
        "- Ông (bà) Đỗ Thị Mai, Trưởng phòng Nội vụ;",
        "ĐẠI DIỆN ĐƠN VỊ ĐƯỢC KIỂM TRA",
        "ĐOÀN KIỂM TRA",
        "TM. ỦY BAN NHÂN DÂN",
      ]),
    );
    // A number not yet given leaves room for the clerk.
    expect(lines.some((l) => /^Số: \s+\/BB-ĐKT$/.test(l))).toBe(true);
    expect(runProperties(xml, "Biên Hòa, ngày 20 tháng 3 năm 2023")).toContain("<w:i/>");
    expect(plainText(xml)).toContain(
      "Hôm nay, vào lúc 08 giờ 00, ngày 20 tháng 3 năm 2023, tại Trụ sở UBND Thành phố Biên Hòa",
    );
    // The names share one table row, the unit's head on the left and the team leader on the right,
    // so that they stay level whatever the headings above them.
    const rows = [...xml.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((r) => paragraphs(r[0]).filter(Boolean));
    expect(rows).toContainEqual(["Nguyễn Văn Thắng", "Trần Văn Minh"]);
    // The team is listed leader first.
    const team = lines.filter((l) => l.startsWith("- Ông (bà)") && l.includes("Sở"));
    expect(team[0]).toContain("Trần Văn Minh");
    expect(team.at(-1)).toContain("Thư ký");
  });

  it("lists each finding under its area in checklist order, with the rating label and note", async () => {
    const lines = paragraphs(await documentXml(await inspectionMinutesDocx(input)));
    const at = (s: string) => lines.findIndex((l) => l.startsWith(s));
    expect(at("1. Công tác lãnh đạo")).toBeLessThan(at("2. Kết quả triển khai"));
    expect(at("2. Kết quả triển khai")).toBeLessThan(at("3. Kết quả ứng dụng"));
    expect(at("2.1")).toBeLessThan(at("2.4"));
    // Row: code, item text, note, rating label.
    const row = at("2.4");
    expect(lines[row + 2]).toBe("Chưa niêm yết 12 TTHC lĩnh vực đất đai tại Bộ phận Một cửa.");
    expect(lines[row + 3]).toBe("Chưa đạt");
    expect(lines[at("3b.2") + 3]).toBe("Có tồn tại, hạn chế");
    expect(lines[at("1a") + 3]).toBe("Đạt");
    expect(lines[at("2.1") + 3]).toBe("Không áp dụng");
  });
});
