import { describe, expect, it } from "vitest";
import { inspectionScheduleDocx } from "../../src/documents";
import { NUMBERED_FROM_PAGE_2, PLAN_284 } from "./fixtures";
import { documentXml, pageNumbering, pageSize, paragraphs } from "./read-docx";

const input = {
  issuer: { name: "UBND tỉnh Đồng Nai", place: "Đồng Nai" },
  templateId: "dong-nai-2023",
  plan: PLAN_284,
  inspections: [
    {
      unitName: "Sở Tư pháp",
      form: "announced",
      startDate: "2023-03-27",
      endDate: "2023-03-28",
      leadBody: "so_noi_vu",
    },
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
      note: "Đoàn liên ngành",
    },
    {
      unitName: "UBND huyện Trảng Bom",
      form: "announced",
      startDate: "2023-05-09",
      endDate: "2023-05-10",
      leadBody: "so_tu_phap",
    },
  ],
} as const;

describe("inspectionScheduleDocx", () => {
  it("is the plan's annex on landscape A4 with the schedule table in date order", async () => {
    const xml = await documentXml(await inspectionScheduleDocx(input));
    const lines = paragraphs(xml);
    expect(pageSize(xml)).toEqual([16838, 11906]);
    expect(await pageNumbering(await inspectionScheduleDocx(input))).toEqual(NUMBERED_FROM_PAGE_2);
    expect(xml).toContain('w:orient="landscape"');
    expect(lines).toEqual(
      expect.arrayContaining([
        "UBND TỈNH ĐỒNG NAI",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Phụ lục",
        "LỊCH KIỂM TRA CẢI CÁCH HÀNH CHÍNH NĂM 2023",
        "(Kèm theo Kế hoạch số 284/KH-UBND ngày 29/12/2022 của UBND tỉnh Đồng Nai)",
      ]),
    );
    const row = lines.indexOf("UBND Thành phố Biên Hòa");
    expect(lines.slice(row - 1, row + 5)).toEqual([
      "1",
      "UBND Thành phố Biên Hòa",
      "Kiểm tra theo kế hoạch (có thông báo)",
      "20/03/2023 – 22/03/2023",
      "Sở Nội vụ",
      "Đoàn liên ngành",
    ]);
    expect(lines.indexOf("Sở Tư pháp")).toBeGreaterThan(row);
    expect(lines[lines.indexOf("UBND huyện Trảng Bom") + 3]).toBe("Sở Tư pháp");
  });

  it("leaves surprise inspections out: the schedule goes to the units (R5)", async () => {
    const lines = paragraphs(await documentXml(await inspectionScheduleDocx(input)));
    expect(lines).not.toContain("Phường Trảng Dài");
    expect(lines).not.toContain("Kiểm tra đột xuất");
  });
});
