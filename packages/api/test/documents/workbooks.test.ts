import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { coverageXlsx, inspectionListXlsx, isOverdue, recommendationTrackerXlsx } from "../../src/documents";

async function readBack(buffer: Buffer) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(buffer as unknown as ArrayBuffer);
  const sheet = book.worksheets[0];
  if (!sheet) throw new Error("no sheet");
  return sheet;
}

const utc = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

describe("coverageXlsx", () => {
  it("writes one row per tier with numbers as numbers and the quota as a percentage", async () => {
    const sheet = await readBack(
      await coverageXlsx({
        templateId: "dong-nai-2023",
        year: 2023,
        rows: [
          { tier: "agency", pct: 40, eligible: 21, required: 9, done: 4, planned: 3, shortfall: 2 },
          { tier: "commune", pct: 20, eligible: 170, required: 34, done: 12, planned: 15, shortfall: 7 },
        ],
      }),
    );
    expect(sheet.name).toBe("Chỉ tiêu kiểm tra 2023");
    expect(sheet.getCell("A1").value).toBe(
      "KẾT QUẢ THỰC HIỆN CHỈ TIÊU KIỂM TRA CẢI CÁCH HÀNH CHÍNH NĂM 2023",
    );
    expect(sheet.getRow(2).values).toEqual([
      undefined,
      "Đối tượng",
      "Tổng số đơn vị",
      "Chỉ tiêu (%)",
      "Số phải kiểm tra",
      "Đã kiểm tra",
      "Đã lên kế hoạch",
      "Còn thiếu",
    ]);
    expect(sheet.getRow(2).getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 2 });
    expect(sheet.getRow(4).values).toEqual([undefined, "UBND cấp xã", 170, 0.2, 34, 12, 15, 7]);
    expect(sheet.getCell("C3").numFmt).toBe("0%");
    expect(sheet.getColumn(1).width).toBe(28);
  });
});

describe("inspectionListXlsx", () => {
  it("lists inspections by start date with real dates shown dd/mm/yyyy", async () => {
    const sheet = await readBack(
      await inspectionListXlsx({
        templateId: "dong-nai-2023",
        year: 2023,
        rows: [
          {
            unitName: "Phường Trảng Dài",
            tier: "commune",
            form: "surprise",
            leadBody: "so_noi_vu",
            startDate: "2023-06-07",
            endDate: "2023-06-07",
            status: "scheduled",
          },
          {
            number: "12/QĐ-SNV",
            decisionDate: "2023-03-15",
            unitName: "UBND thành phố Biên Hòa",
            tier: "district",
            form: "announced",
            leadBody: "so_noi_vu",
            startDate: "2023-03-20",
            endDate: "2023-03-22",
            status: "concluded",
            teamLeader: "Trần Văn Minh",
          },
        ],
      }),
    );
    expect(sheet.name).toBe("Danh sách kiểm tra 2023");
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 2 });
    expect(sheet.getRow(3).values).toEqual([
      undefined,
      1,
      "12/QĐ-SNV",
      utc("2023-03-15"),
      "UBND thành phố Biên Hòa",
      "UBND cấp huyện",
      "Kiểm tra theo kế hoạch (có thông báo)",
      "Sở Nội vụ",
      utc("2023-03-20"),
      utc("2023-03-22"),
      "Đã kết luận",
      "Trần Văn Minh",
    ]);
    expect(sheet.getCell("C3").numFmt).toBe("dd/mm/yyyy");
    expect(sheet.getCell("H3").numFmt).toBe("dd/mm/yyyy");
    expect(sheet.getCell("D4").value).toBe("Phường Trảng Dài");
    expect(sheet.getCell("F4").value).toBe("Kiểm tra đột xuất");
    expect(sheet.getCell("B4").value).toBeNull();
    expect(sheet.getCell("C4").value).toBeNull();
  });
});

describe("recommendationTrackerXlsx", () => {
  const rows = [
    {
      inspection: "45/TB-SNV ngày 10/04/2023",
      unitName: "UBND Thành phố Biên Hòa",
      text: "Niêm yết công khai đầy đủ thủ tục hành chính lĩnh vực đất đai",
      deadline: "2023-05-31",
      status: "resolved",
      response: "Đã niêm yết đủ 12 TTHC",
      responseDate: "2023-05-20",
      verifiedBy: "Nguyễn Thị Thu Hà",
      verifiedDate: "2023-06-02",
    },
    {
      inspection: "45/TB-SNV ngày 10/04/2023",
      unitName: "UBND Thành phố Biên Hòa",
      text: "Nâng tỷ lệ hồ sơ trực tuyến toàn trình",
      deadline: "2023-09-30",
      status: "open",
    },
    {
      inspection: "52/TB-SNV ngày 20/04/2023",
      unitName: "Sở Tư pháp",
      text: "Cập nhật quy trình nội bộ giải quyết TTHC",
      deadline: "2023-06-30",
      status: "responded",
      response: "Đã ban hành quy trình",
      responseDate: "2023-06-25",
    },
  ] as const;

  it("marks a recommendation overdue as of the given date, unless resolved or answered in time", () => {
    expect(isOverdue(rows[1], "2023-10-01")).toBe(true);
    expect(isOverdue(rows[1], "2023-09-30")).toBe(false);
    expect(isOverdue(rows[0], "2023-12-31")).toBe(false);
    expect(isOverdue(rows[2], "2023-12-31")).toBe(false);
    expect(isOverdue({ ...rows[2], responseDate: "2023-07-05" }, "2023-12-31")).toBe(true);
    expect(isOverdue({ ...rows[0], status: "not_resolved" }, "2023-06-01")).toBe(true);
  });

  it("writes the tracker by deadline with the overdue column as of the date", async () => {
    const sheet = await readBack(await recommendationTrackerXlsx({ asOf: "2023-10-01", rows }));
    expect(sheet.name).toBe("Theo dõi kiến nghị");
    expect(sheet.getCell("A2").value).toBe("Tính đến ngày 01/10/2023");
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 3 });
    expect(sheet.getCell("K3").value).toBe("Quá hạn");
    expect(sheet.getRow(4).values).toEqual([
      undefined,
      1,
      "45/TB-SNV ngày 10/04/2023",
      "UBND Thành phố Biên Hòa",
      "Niêm yết công khai đầy đủ thủ tục hành chính lĩnh vực đất đai",
      utc("2023-05-31"),
      "Đã khắc phục",
      "Đã niêm yết đủ 12 TTHC",
      utc("2023-05-20"),
      "Nguyễn Thị Thu Hà",
      utc("2023-06-02"),
      "Không",
    ]);
    // The domain's RECOMMENDATION_STATUS_LABELS, the words the admin screens show.
    expect(sheet.getCell("F5").value).toBe("Đã báo cáo");
    expect(sheet.getCell("K5").value).toBe("Không");
    expect(sheet.getCell("D6").value).toBe("Nâng tỷ lệ hồ sơ trực tuyến toàn trình");
    expect(sheet.getCell("E6").numFmt).toBe("dd/mm/yyyy");
    expect(sheet.getCell("K6").value).toBe("Có");
  });
});
