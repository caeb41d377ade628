import { describe, expect, it } from "vitest";
import { parseCsv } from "./csv";
import { planUnitImport, type RegisterUnit, readUnitTable } from "./unit-import";

const REGISTER: RegisterUnit[] = [
  {
    id: 1,
    code: "75",
    name: "Tỉnh Đồng Nai",
    kind: "province",
    parentId: null,
    validFrom: "2020-01-01",
    validTo: null,
  },
  {
    id: 2,
    code: "741",
    name: "Huyện Xuân Lộc",
    kind: "district",
    parentId: 1,
    validFrom: "2020-01-01",
    validTo: null,
  },
  {
    id: 3,
    code: "26446",
    name: "Xã Xuân Hòa",
    kind: "commune",
    parentId: 2,
    validFrom: "2020-01-01",
    validTo: null,
  },
  {
    id: 4,
    code: "26449",
    name: "Xã Xuân Tâm",
    kind: "commune",
    parentId: 2,
    validFrom: "2020-01-01",
    validTo: null,
  },
  {
    id: 5,
    code: "OLD1",
    name: "Xã Cũ",
    kind: "commune",
    parentId: 2,
    validFrom: "2020-01-01",
    validTo: "2022-12-31",
  },
];

const plan = (csv: string, closeMissing = false) => {
  const table = readUnitTable(parseCsv(csv));
  return planUnitImport({
    records: table.rows,
    register: REGISTER,
    validFrom: "2023-07-01",
    closeMissing,
    fileProblems: table.problems,
  });
};

describe("parseCsv", () => {
  it("reads quotes, BOM, semicolons, CRLF and keeps the line numbers", () => {
    const text =
      '\uFEFFma;ten;loai;ma cap tren\r\n"X1";"Xã ""Mới""; A";Xã;741\r\n\r\nX2;"Phường\nHai";Phường;741\r\n';
    expect(parseCsv(text)).toEqual([
      { line: 1, cells: ["ma", "ten", "loai", "ma cap tren"] },
      { line: 2, cells: ["X1", 'Xã "Mới"; A', "Xã", "741"] },
      { line: 4, cells: ["X2", "Phường\nHai", "Phường", "741"] },
    ]);
  });

  it("picks the comma when the first line has more commas", () => {
    expect(parseCsv("a,b;c,d\n1,2;3,4").map((r) => r.cells)).toEqual([
      ["a", "b;c", "d"],
      ["1", "2;3", "4"],
    ]);
  });
});

describe("planUnitImport", () => {
  it("creates new communes, renames, keeps the unchanged", () => {
    const p = plan(
      "code,name,type,parent code\n" +
        "90001,Xã Xuân Mới,Xã,741\n" +
        "26446,Xã Xuân Hòa,Xã,741\n" +
        "26449,Xã Xuân Tâm Mới,Xã,741\n" +
        "OLD1,Xã Cũ Lập Lại,Xã,741\n",
    );
    expect(p.problems).toEqual([]);
    expect(p.rows.map((r) => [r.row, r.code, r.action, r.kind])).toEqual([
      [2, "90001", "create", "commune"],
      [3, "26446", "unchanged", "commune"],
      [4, "26449", "update", "commune"],
      [5, "OLD1", "create", "commune"],
    ]);
    expect(p.summary).toMatchObject({ create: 2, update: 1, unchanged: 1, close: 0, errors: 0 });
  });

  it("reports per-row errors naming the row and field: unknown parent, duplicate, type, name", () => {
    const p = plan(
      "Mã;Tên;Loại;Mã cấp trên\n" +
        "90001;Xã A;Xã;999\n" +
        "90002;Xã B;Xã;741\n" +
        "90002;Xã B bis;Xã;741\n" +
        "90003;Xã C;Làng;741\n" +
        "90004;;Xã;741\n" +
        "90005;Huyện Mới;Huyện;26446\n",
    );
    const facts = p.problems.map((x) => [x.row, x.field, x.code]);
    expect(facts).toEqual([
      [2, "parentCode", "IMPORT.PARENT_UNKNOWN"],
      [4, "code", "IMPORT.DUPLICATE_CODE"],
      [5, "type", "IMPORT.TYPE_UNKNOWN"],
      [6, "name", "IMPORT.NAME_MISSING"],
      [7, "parentCode", "IMPORT.PARENT_KIND"],
    ]);
    expect(p.problems[0]!.message).toMatch(/^Dòng 2 – Mã cấp trên: .+ \/ Row 2 – Parent code: /);
    expect(p.rows[1]!.action).toBe("create");
    expect(p.rows[2]!.action).toBeNull();
  });

  it("resolves parents created in the same file, in any order; 'Thành phố' is a district under a province", () => {
    const p = plan("90010,Xã Con,Xã,742\n742,Thành phố Mới,Thành phố,75\n");
    expect(p.problems).toEqual([]);
    expect(p.rows.map((r) => [r.code, r.kind, r.action])).toEqual([
      ["90010", "commune", "create"],
      ["742", "district", "create"],
    ]);
  });

  it("refuses moving or retyping a unit of the register", () => {
    const p = plan("26446,Xã Xuân Hòa,Xã,75\n26449,Xã Xuân Tâm,Phường,741\n");
    expect(p.problems.map((x) => x.code)).toEqual(["IMPORT.PARENT_CHANGED"]);
    const q = plan("741,Huyện Xuân Lộc,Xã,75\n");
    expect(q.problems.map((x) => x.code)).toContain("IMPORT.KIND_CHANGED");
  });

  it("closes the communes a covered district leaves out, the day before, only when asked", () => {
    const csv = "741,Huyện Xuân Lộc,Huyện,75\n26446,Xã Xuân Hòa,Xã,741\n";
    expect(plan(csv).summary.close).toBe(0);
    const p = plan(csv, true);
    expect(p.closeOn).toBe("2023-06-30");
    expect(p.rows.filter((r) => r.action === "close").map((r) => r.code)).toEqual(["26449"]);
    // A district only named as a parent is not listed: its other communes stay.
    expect(plan("26446,Xã Xuân Hòa,Xã,741\n", true).summary.close).toBe(0);
  });

  it("a header without a type column is a file problem", () => {
    const p = plan("code,name\n1,Xã A\n");
    expect(p.problems[0]).toMatchObject({ row: 1, field: "type", code: "IMPORT.COLUMN_MISSING" });
  });
});
