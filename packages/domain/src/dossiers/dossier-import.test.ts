import { describe, expect, it } from "vitest";
import { DOSSIER_COLUMNS, planDossierImport } from "./dossier-import";

const header = { line: 1, cells: DOSSIER_COLUMNS.map((c) => c.vi) };
const units = [{ id: 10, code: "731" }];
/** Xuân Lộc's June (see dossier-rates.test.ts), as a sheet row. */
const good = [
  "731",
  "2023",
  "6",
  "600",
  "350",
  "50",
  "100",
  "400",
  "500",
  "100",
  "70",
  "10",
  "20",
  "300",
  "200",
  "50",
  "800",
  "700",
  "450",
  "380",
  "400",
];

describe("the dossier import plan", () => {
  it("reads a good row", () => {
    const cells = [...good];
    const plan = planDossierImport({
      records: [header, { line: 2, cells }],
      units,
      minYear: 2020,
      maxYear: 2030,
    });
    expect(plan.problems).toEqual([]);
    expect(plan.rows[0]).toMatchObject({
      unitId: 10,
      year: 2023,
      month: 6,
      counts: { receivedOnline: 600, totalVotes: 400 },
    });
  });

  it("names each problem by row and column in words, both languages, and refuses rows that do not add up", () => {
    const badUnit = ["999", ...good.slice(1)];
    const badMonth = [...good];
    badMonth[2] = "13";
    const unbalanced = [...good];
    unbalanced[9] = "1.100"; // resolved late, with a thousands dot
    const negative = [...good];
    negative[14] = "-5"; // with fees to pay
    const plan = planDossierImport({
      records: [
        header,
        { line: 2, cells: badUnit },
        { line: 3, cells: badMonth },
        { line: 4, cells: unbalanced },
        { line: 5, cells: negative },
      ],
      units,
      minYear: 2020,
      maxYear: 2030,
    });
    expect(plan.rows).toEqual([]);
    const messages = plan.problems.map((p) => p.message);
    expect(messages[0]).toBe(
      "Dòng 2 – Mã đơn vị: không có trong danh mục đơn vị / Row 2 – Unit code: not in the unit register",
    );
    expect(messages[1]).toBe(
      "Dòng 3 – Tháng: phải là số từ 1 đến 12 / Row 3 – Month: must be a number from 1 to 12",
    );
    expect(messages[2]).toContain("Dòng 4 – Số liệu không khớp");
    expect(messages[3]).toBe(
      "Dòng 5 – Có nghĩa vụ tài chính: phải là số nguyên không âm / Row 5 – With fees to pay: must be a whole number, not negative",
    );
    for (const m of messages) expect(m).not.toMatch(/unitCode|resolvedLate|payable\b/);
  });

  it("refuses the same unit and month twice", () => {
    const plan = planDossierImport({
      records: [header, { line: 2, cells: good }, { line: 3, cells: good }],
      units,
      minYear: 2020,
      maxYear: 2030,
    });
    expect(plan.problems.map((p) => p.message)).toEqual([
      "Dòng 3 – Tháng: trùng đơn vị và tháng ở dòng 2 / Row 3 – Month: repeats the unit and month of row 2",
    ]);
  });

  it("an empty file is one problem, not a crash", () => {
    expect(
      planDossierImport({ records: [header], units, minYear: 2020, maxYear: 2030 }).problems[0]!.message,
    ).toBe("Tệp: không có dòng dữ liệu / File: no data rows");
  });
});
