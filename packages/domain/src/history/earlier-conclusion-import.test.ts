import { describe, expect, it } from "vitest";
import type { CsvRecord } from "../units/csv";
import { parseSheetDate, planEarlierImport, readEarlierTable } from "./earlier-conclusion-import";

const HEADER = [
  "Mã đơn vị",
  "Cơ quan kết luận",
  "Loại cơ quan",
  "Số kết luận",
  "Ngày kết luận",
  "Nội dung kết luận",
  "Kiến nghị",
  "Hạn khắc phục",
  "Tình trạng",
];
const units = [
  { id: 10, code: "X01", name: "UBND xã Phú Hữu" },
  { id: 11, code: "S-TP", name: "Sở Tư pháp" },
];
const table = (...rows: string[][]): CsvRecord[] =>
  [HEADER, ...rows].map((cells, i) => ({ line: i + 1, cells }));
const plan = (records: CsvRecord[], existing: { unitId: number; number: string; date: string }[] = []) => {
  const t = readEarlierTable(records);
  return planEarlierImport({
    records: t.rows,
    units,
    existing,
    today: "2023-03-01",
    fileProblems: t.problems,
  });
};

describe("R10 import of earlier conclusions", () => {
  it("groups rows into conclusions and reads dates and statuses in Vietnamese", () => {
    const p = plan(
      table(
        [
          "X01",
          "Thanh tra tỉnh",
          "Thanh tra",
          "12/KL-TTr",
          "15/11/2022",
          "Thanh tra công vụ",
          "Niêm yết TTHC",
          "31/12/2022",
          "Chưa khắc phục",
        ],
        [
          "x01",
          "Thanh tra tỉnh",
          "thanh tra",
          "12/KL-TTr",
          "2022-11-15",
          "",
          "Sửa sổ hộ tịch",
          "",
          "Đã khắc phục",
        ],
        ["S-TP", "Bộ Tư pháp", "Bộ", "5/KL-BTP", "01/06/2021", "", "Số hóa hồ sơ", "1/9/2021", ""],
      ),
    );
    expect(p.problems).toEqual([]);
    expect(p.conclusions).toHaveLength(2);
    expect(p.conclusions[0]).toMatchObject({
      unitId: 10,
      issuerKind: "thanh_tra",
      number: "12/KL-TTr",
      date: "2022-11-15",
      summary: "Thanh tra công vụ",
    });
    expect(p.conclusions[0]?.recommendations.map((r) => [r.text, r.deadline, r.status])).toEqual([
      ["Niêm yết TTHC", "2022-12-31", "open"],
      ["Sửa sổ hộ tịch", null, "resolved"],
    ]);
    expect(p.conclusions[1]?.recommendations[0]).toMatchObject({ deadline: "2021-09-01", status: "open" });
    expect(p.summary).toMatchObject({ conclusions: 2, recommendations: 3, open: 2, errors: 0 });
  });

  it("names the row and the column, Vietnamese first, for every bad cell", () => {
    const p = plan(
      table(
        ["X99", "", "Công an", "", "31/02/2022", "", "", "hôm qua", "xong"],
        ["X01", "Thanh tra tỉnh", "Thanh tra", "1/KL", "01/01/2024", "", "Niêm yết", "", ""],
      ),
    );
    const at = (row: number) => p.problems.filter((x) => x.row === row).map((x) => x.field);
    expect(at(2)).toEqual([
      "unitCode",
      "issuer",
      "issuerKind",
      "number",
      "date",
      "text",
      "deadline",
      "status",
    ]);
    expect(at(3)).toEqual(["date"]);
    expect(p.problems[0]?.message).toMatch(
      /^Dòng 2 – Mã đơn vị: không có đơn vị mã "X99".* \/ Row 2 – Unit code:/,
    );
    expect(p.problems.find((x) => x.row === 3)?.message).toContain("sau ngày hôm nay");
    expect(p.conclusions).toEqual([]);
  });

  it("refuses a conclusion imported before, a duplicate recommendation and a conflicting issuer", () => {
    const p = plan(
      table(
        ["X01", "Thanh tra tỉnh", "Thanh tra", "12/KL", "15/11/2022", "", "Niêm yết", "", ""],
        ["S-TP", "Sở Nội vụ", "Sở Nội vụ", "7/KL", "15/10/2022", "", "Một cửa", "", ""],
        ["S-TP", "Sở Nội vụ", "Sở Nội vụ", "7/KL", "15/10/2022", "", "MỘT CỬA", "", ""],
        ["S-TP", "Thanh tra tỉnh", "Thanh tra", "7/KL", "15/10/2022", "", "Khác", "", ""],
      ),
      [{ unitId: 10, number: "12/kl", date: "2022-11-15" }],
    );
    expect(p.problems.map((x) => [x.row, x.field, x.code])).toEqual([
      [2, "number", "IMPORT.ALREADY_IMPORTED"],
      [4, "text", "IMPORT.DUPLICATE"],
      [5, "issuer", "IMPORT.CONFLICT"],
    ]);
  });

  it("reports a missing column and an empty file", () => {
    const noKind = readEarlierTable([{ line: 1, cells: ["Mã đơn vị", "Kiến nghị"] }]);
    expect(noKind.problems.map((p) => p.field)).toEqual(["issuer", "issuerKind", "number", "date", "file"]);
    expect(readEarlierTable([]).problems[0]?.code).toBe("IMPORT.EMPTY");
  });

  it("parses only real calendar dates", () => {
    expect(parseSheetDate("29/02/2020")).toBe("2020-02-29");
    expect(parseSheetDate("29/02/2021")).toBeNull();
    expect(parseSheetDate("2021-13-01")).toBeNull();
    expect(parseSheetDate("1.2.2021")).toBe("2021-02-01");
  });
});
