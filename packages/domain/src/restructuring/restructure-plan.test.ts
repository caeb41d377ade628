import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "../calendar/iso-date";
import type { RegisterUnit } from "../units/unit-import";
import { carryHistory, predecessorsOf } from "./lineage";
import { planRestructuring, type RestructurePlan } from "./restructure-plan";
import { type RestructureRow, readRestructureTable } from "./restructuring";

const OLD = { validFrom: "2020-01-01", validTo: null };
const register: RegisterUnit[] = [
  { id: 1, code: "75", name: "Tỉnh Đồng Nai", kind: "province", parentId: null, ...OLD },
  { id: 2, code: "SNV", name: "Sở Nội vụ", kind: "department", parentId: 1, ...OLD },
  {
    id: 3,
    code: "SLDTBXH",
    name: "Sở Lao động - Thương binh và Xã hội",
    kind: "department",
    parentId: 1,
    ...OLD,
  },
  { id: 4, code: "SLDTBXH-VP", name: "Văn phòng Sở", kind: "division", parentId: 3, ...OLD },
  { id: 5, code: "STNMT", name: "Sở Tài nguyên và Môi trường", kind: "department", parentId: 1, ...OLD },
  {
    id: 6,
    code: "SNNPTNT",
    name: "Sở Nông nghiệp và Phát triển nông thôn",
    kind: "department",
    parentId: 1,
    ...OLD,
  },
  { id: 7, code: "D1", name: "Huyện Một", kind: "district", parentId: 1, ...OLD },
  { id: 8, code: "C1", name: "Xã Một", kind: "commune", parentId: 7, ...OLD },
  { id: 9, code: "C2", name: "Xã Hai", kind: "commune", parentId: 7, ...OLD },
  {
    id: 10,
    code: "C0",
    name: "Xã Cũ",
    kind: "commune",
    parentId: 7,
    validFrom: "2020-01-01",
    validTo: "2022-12-31",
  },
];
let line = 1;
const row = (
  op: string,
  sourceCode: string,
  targetCode = "",
  targetName = "",
  targetKind = "",
  parentCode = "",
) =>
  ({ row: ++line, op, sourceCode, targetCode, targetName, targetKind, parentCode }) satisfies RestructureRow;
const plan = (rows: RestructureRow[], effectiveDate = "2025-03-01") =>
  planRestructuring({ effectiveDate, rows, register });
const codes = (p: RestructurePlan) => p.problems.map((x) => x.code);

describe("restructuring: what a restructuring would do", () => {
  it("merges into an existing and into a new successor, closing sources and their subtree the day before", () => {
    const p = plan([
      row("sáp nhập", "SLDTBXH", "SNV"),
      row("sáp nhập", "STNMT", "SNNMT", "Sở Nông nghiệp và Môi trường", "department"),
      row("Sap nhap", "SNNPTNT", "SNNMT", "Sở Nông nghiệp và Môi trường", "Sở"),
    ]);
    expect(p.problems).toEqual([]);
    expect(p.closeOn).toBe("2025-02-28");
    expect(p.closes.map((c) => [c.code, c.withParent])).toEqual([
      ["SLDTBXH", null],
      ["SLDTBXH-VP", "SLDTBXH"],
      ["STNMT", null],
      ["SNNPTNT", null],
    ]);
    expect(p.opens).toEqual([
      expect.objectContaining({ code: "SNNMT", kind: "department", parentCode: "75", reusesCode: false }),
    ]);
    expect(p.successions.map((s) => [s.predecessorCode, s.successorCode, s.successorId])).toEqual([
      ["SLDTBXH", "SNV", 2],
      ["STNMT", "SNNMT", null],
      ["SNNPTNT", "SNNMT", null],
    ]);
  });

  it("splits, renames (keeping the unit) and reuses a closed unit's code", () => {
    const p = plan([
      row("chia tách", "C1", "C1A", "Xã Một A"),
      row("chia tách", "C1", "C1B", "Xã Một B"),
      row("đổi tên", "C2", "", "Phường Hai"),
      row("thành lập", "", "C0", "Xã Mới", "commune", "D1"),
    ]);
    expect(p.problems).toEqual([]);
    expect(p.closes.map((c) => c.code)).toEqual(["C1"]);
    expect(p.opens.map((o) => [o.code, o.parentCode, o.reusesCode])).toEqual([
      ["C1A", "D1", false],
      ["C1B", "D1", false],
      ["C0", "D1", true],
    ]);
    expect(p.renames).toEqual([{ unitId: 9, code: "C2", from: "Xã Hai", to: "Phường Hai", row: line - 1 }]);
    expect(p.successions.map((s) => s.kind)).toEqual(["split", "split"]);
  });

  it("gives a closing unit's code to its successor (code reuse within one restructuring)", () => {
    const p = plan([row("merge", "C1", "C1", "Xã Một mới"), row("merge", "C2", "C1", "Xã Một mới")]);
    expect(p.problems).toEqual([]);
    expect(p.opens).toEqual([expect.objectContaining({ code: "C1", reusesCode: true })]);
  });

  it("refuses, by row and field, what cannot be", () => {
    const start = line;
    const p = plan([
      row("gộp", "C1", "C2"), // unknown operation
      row("merge", "C0", "C2"), // C0 ended in 2022
      row("merge", "C1", "D1"), // a commune into a district: allowed (existing successor)
      row("close", "C1"), // closed twice
      row("rename", "C1", "", "Xã Khác"), // closed and kept
      row("create", "", "C2", "Xã Trùng", "commune", "D1"), // code held by an open unit
      row("split", "SNV", "SNV2", "Sở Nội vụ 2"), // a split with one successor
      row("create", "", "X1", "Xã X", "commune", "STNMT"), // a commune cannot sit under a department
      row("merge", "", ""), // required fields
    ]);
    expect(codes(p)).toEqual([
      "RESTRUCTURE.OP",
      "RESTRUCTURE.SOURCE_NOT_VALID",
      "RESTRUCTURE.CLOSED_TWICE",
      "RESTRUCTURE.CLOSED_AND_KEPT",
      "RESTRUCTURE.CODE_TAKEN",
      "RESTRUCTURE.SPLIT_ONE",
      "RESTRUCTURE.PARENT",
      "RESTRUCTURE.REQUIRED",
      "RESTRUCTURE.REQUIRED",
    ]);
    expect(p.problems[0]?.row).toBe(start + 1);
    expect(p.problems[0]?.message).toMatch(
      /^Dòng \d+ – Thao tác: không rõ thao tác "gộp".* \/ Row \d+ – Operation:/,
    );
    expect(p.problems[1]?.message).toContain('"Xã Cũ" đã kết thúc hiệu lực ngày 31/12/2022');
  });

  it("reads a table with a Vietnamese header in any column order", () => {
    const rows = readRestructureTable([
      { line: 1, cells: ["Mã nguồn", "Thao tác", "Mã đích"] },
      { line: 2, cells: ["SKHDT", "sáp nhập", "STC"] },
    ]);
    expect(rows).toEqual([
      {
        row: 2,
        op: "sáp nhập",
        sourceCode: "SKHDT",
        targetCode: "STC",
        targetName: "",
        targetKind: "",
        parentCode: "",
      },
    ]);
  });
});

/** The register after a plan without problems, as the API writes it. */
function applied(p: RestructurePlan): { code: string; validFrom: string; validTo: string | null }[] {
  const closes = new Set(p.closes.map((c) => c.unitId));
  return [
    ...register.map((u) => ({
      code: u.code,
      validFrom: u.validFrom,
      validTo: closes.has(u.id) ? p.closeOn : u.validTo,
    })),
    ...p.opens.map((o) => ({ code: o.code, validFrom: p.effectiveDate, validTo: null })),
  ];
}

describe("restructuring: properties", () => {
  const CODES = register.map((u) => u.code).concat(["N1", "N2"]);
  const anyRow = fc.record({
    op: fc.constantFrom("merge", "split", "rename", "create", "close"),
    sourceCode: fc.constantFrom("", ...CODES),
    targetCode: fc.constantFrom("", ...CODES),
    targetName: fc.constantFrom("", "Tên mới"),
    targetKind: fc.constantFrom("", "commune", "department"),
    parentCode: fc.constantFrom("", "75", "D1"),
  });
  const rows = fc.array(anyRow, { maxLength: 6 }).map((rs) => rs.map((r, i) => ({ ...r, row: i + 2 })));

  it("whenever it finds no problem, no code is held by two units on any day, and nothing both ends and stays", () => {
    fc.assert(
      fc.property(rows, (rs) => {
        const p = planRestructuring({ effectiveDate: "2025-03-01", rows: rs, register });
        if (p.problems.length > 0) return;
        const units = applied(p);
        for (const a of units)
          for (const b of units) {
            if (a === b || a.code.toLowerCase() !== b.code.toLowerCase()) continue;
            const overlap = a.validFrom <= (b.validTo ?? "9999") && b.validFrom <= (a.validTo ?? "9999");
            expect(overlap).toBe(false);
          }
        const closed = new Set(p.closes.map((c) => c.unitId));
        for (const r of p.renames) expect(closed.has(r.unitId)).toBe(false);
        for (const s of p.successions)
          if (s.successorId !== null) expect(closed.has(s.successorId)).toBe(false);
        for (const s of p.successions) expect(closed.has(s.predecessorId)).toBe(true);
        expect(p.closeOn).toBe(addDays("2025-03-01", -1));
      }),
    );
  });

  it("is deterministic and never throws on any rows", () => {
    fc.assert(
      fc.property(rows, (rs) => {
        expect(planRestructuring({ effectiveDate: "2025-03-01", rows: rs, register })).toEqual(
          planRestructuring({ effectiveDate: "2025-03-01", rows: structuredClone(rs), register }),
        );
      }),
    );
  });
});

describe("history follows the successor", () => {
  it("collects predecessors through several restructurings, without looping on a cycle", () => {
    const s = [
      { predecessorId: 1, successorId: 3 },
      { predecessorId: 2, successorId: 3 },
      { predecessorId: 3, successorId: 5 },
      { predecessorId: 4, successorId: 5 },
      { predecessorId: 5, successorId: 1 },
    ];
    expect(predecessorsOf(5, s)).toEqual([1, 2, 3, 4]);
    expect(predecessorsOf(2, s)).toEqual([]);
  });

  it("gives a successor its predecessors' last inspection year, findings and open recommendations", () => {
    const history = [
      { unitId: 3, lastInspectionYear: 2022, findingsCount: 2, openRecommendations: 3 },
      { unitId: 2, lastInspectionYear: 2019, findingsCount: 1, openRecommendations: 0 },
    ];
    const carried = carryHistory(history, [
      { predecessorId: 3, successorId: 2 },
      { predecessorId: 5, successorId: 6 },
    ]);
    expect(carried.find((h) => h.unitId === 2)).toEqual({
      unitId: 2,
      lastInspectionYear: 2022,
      findingsCount: 3,
      openRecommendations: 3,
    });
    expect(carried.find((h) => h.unitId === 3)).toEqual(history[0]);
    expect(carried.find((h) => h.unitId === 6)).toEqual({
      unitId: 6,
      lastInspectionYear: null,
      findingsCount: 0,
      openRecommendations: 0,
    });
  });
});
