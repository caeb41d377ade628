import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { exampleIndexTree } from "./example-2023";
import { IndexTree } from "./index-schemas";
import { computedLeaves, computedPoints, indexTotals, pointsAllowed, tierPoints } from "./index-scoring";
import { childrenOf, indexMaximum, leavesOf, validateIndexTree } from "./index-tree";

const district = exampleIndexTree(2023, "district");
const department = exampleIndexTree(2023, "department");

describe("the 2023 example trees", () => {
  it.each([district, department])(
    "$level: parse, validate, total 100 points, marked as an example",
    (tree) => {
      expect(IndexTree.parse(tree)).toEqual(tree);
      expect(validateIndexTree(tree)).toEqual([]);
      expect(indexMaximum(tree.nodes)).toBe(100);
      expect(tree.example).toBe(true);
      expect(tree.basis).toMatch(/thay bằng quyết định/);
      const fields = childrenOf(tree.nodes)
        .get("")!
        .map((n) => n.name);
      expect(fields).toEqual(
        expect.arrayContaining([
          "Cải cách thủ tục hành chính",
          "Cải cách chế độ công vụ",
          "Cải cách tài chính công",
        ]),
      );
    },
  );

  it("fills the criteria it can measure from the system's figures", () => {
    const codes = computedLeaves(district.nodes).map((n) => n.code);
    expect(codes).toEqual(["1.3.1", "1.3.2", "1.3.3", "3.2.1", "3.2.2", "3.4", "3.5"]);
  });
});

describe("validation names the row", () => {
  const base = district.nodes;
  it("children must add up to their parent, parents come first, codes are unique, leaves have a rule", () => {
    const broken = base.map((n) => (n.code === "1.1.3" ? { ...n, maxPoints: 1.5 } : n));
    expect(validateIndexTree({ nodes: broken }).map((p) => p.code)).toContain("1.1");
    expect(validateIndexTree({ nodes: [...base, { ...base[1]!, name: "x" }] }).map((p) => p.code)).toContain(
      "1.1",
    );
    expect(
      validateIndexTree({
        nodes: [
          ...base,
          { code: "12.1", name: "x", maxPoints: 1, evidenceRequired: false, rule: { kind: "manual" } },
        ],
      })[0]!.message,
    ).toMatch(/cha 12/);
    const noRule = base.map((n) => (n.code === "1.2" ? { ...n, rule: undefined } : n));
    expect(validateIndexTree({ nodes: noRule })).toEqual([
      { code: "1.2", message: expect.stringMatching(/cách chấm \/ /) },
    ]);
  });

  it("refuses formulas that do not parse or read unknown figures, and tiers above the maximum", () => {
    const f = (expr: string) =>
      base.map((n) => (n.code === "1.3.1" ? { ...n, rule: { kind: "formula" as const, expr } } : n));
    expect(validateIndexTree({ nodes: f("1 +") })[0]!.message).toMatch(/công thức sai/);
    expect(validateIndexTree({ nodes: f("secret_figure * 2") })[0]!.message).toMatch(/secret_figure/);
    const tier = base.map((n) =>
      n.code === "1.2" ? { ...n, rule: { kind: "tiered" as const, tiers: [{ min: 1, points: 5 }] } } : n,
    );
    expect(validateIndexTree({ nodes: tier })[0]!.code).toBe("1.2");
  });

  it("bonus items may together pass the cap, but none alone", () => {
    const over = base.map((n) => (n.code === "10.1" ? { ...n, maxPoints: 4 } : n));
    expect(validateIndexTree({ nodes: over }).map((p) => p.code)).toEqual(["10"]);
  });
});

describe("scoring a unit", () => {
  it("a formula criterion computed from the system's figures (hand-computed)", () => {
    const n = (code: string) => district.nodes.find((x) => x.code === code)!;
    // 45 % internal coverage against the 60 % duty: 1.5 × 45 / 60 = 1.125 → 1.13 (two decimals).
    expect(computedPoints(n("1.3.1").rule!, 1.5, { internal_coverage_rate: 45 })).toBe(1.13);
    expect(computedPoints(n("1.3.1").rule!, 1.5, { internal_coverage_rate: 90 })).toBe(1.5);
    expect(computedPoints(n("1.3.2").rule!, 1.5, { recommendations_on_time_rate: 80 })).toBe(1.2);
    expect(computedPoints(n("3.2.2").rule!, 2, { camera_violations: 3 })).toBe(0.5);
    expect(computedPoints(n("3.2.2").rule!, 2, { camera_violations: 9 })).toBe(0);
    expect(computedPoints(n("3.2.1").rule!, 3, { dossier_on_time_rate: 98.5 })).toBe(2);
    // A year with no dossier figures imported: "no data", not zero.
    expect(computedPoints(n("3.2.1").rule!, 3, { dossier_on_time_rate: null })).toBeNull();
    expect(computedPoints(n("1.2").rule!, 1, { internal_coverage_rate: 45 })).toBeNull();
  });

  it("tiers, fixed and caps", () => {
    expect(
      tierPoints(
        [
          { min: 100, points: 2 },
          { min: 80, points: 1 },
        ],
        85,
        2,
      ),
    ).toBe(1);
    expect(
      tierPoints(
        [
          { min: 100, points: 2 },
          { min: 80, points: 1 },
        ],
        70,
        2,
      ),
    ).toBe(0);
    expect(pointsAllowed({ kind: "fixed" }, 1, 0.5)).toBe(false);
    expect(pointsAllowed({ kind: "fixed" }, 1, 1)).toBe(true);
    expect(pointsAllowed({ kind: "manual" }, 1, 1.5)).toBe(false);
    const all = new Map(leavesOf(district.nodes).map((n) => [n.code, n.maxPoints]));
    const t = indexTotals(district.nodes, all);
    expect(t.assessment).toBe(64);
    expect(t.survey).toBe(36);
    expect(t.bonus).toBe(3); // 2 + 2 capped at 3
    expect(t.penalty).toBe(5); // 2 + 5 capped at 5
    expect(t.total).toBe(98);
    expect(t.byCode["1"]).toBe(12);
  });

  it("property: any allowed leaf points give totals within 0 and maximum + bonus cap, fields summing", () => {
    const leaves = leavesOf(district.nodes);
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), {
          minLength: leaves.length,
          maxLength: leaves.length,
        }),
        (shares) => {
          const points = new Map(
            leaves.map((n, i) => [n.code, Math.round(n.maxPoints * shares[i]! * 100) / 100]),
          );
          const t = indexTotals(district.nodes, points);
          expect(t.total).toBeGreaterThanOrEqual(0);
          expect(t.total).toBeLessThanOrEqual(103);
          expect(t.assessment).toBeLessThanOrEqual(64);
          const fields = childrenOf(district.nodes).get("")!;
          const sum = fields
            .filter((f) => f.component === "assessment")
            .reduce((s, f) => s + t.byCode[f.code]!, 0);
          expect(Math.abs(sum - t.assessment)).toBeLessThan(0.01);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("the tree as rows (Excel export and import)", () => {
  it("round-trips the example through rows", async () => {
    const { nodeToRow, rowsToNodes, TREE_COLUMNS } = await import("./tree-rows");
    const rows = [["Bộ chỉ số"], [...TREE_COLUMNS], ...district.nodes.map(nodeToRow)].map((cells, i) => ({
      line: i + 1,
      cells,
    }));
    const back = rowsToNodes(rows);
    expect(back.problems).toEqual([]);
    expect(back.nodes).toEqual(district.nodes);
  });

  it("names the sheet row of every problem, in both languages", async () => {
    const { rowsToNodes } = await import("./tree-rows");
    const out = rowsToNodes(
      [
        ["1", "Lĩnh vực", "10", "Thẩm định", "", "", "", ""],
        ["1.1", "Mục", "abc", "", "Tự chấm", "", "", ""],
        ["1.2", "Mục", "10", "", "Theo mức", "100-2", "", ""],
        ["1.3", "Mục", "10", "", "Bốc thăm", "", "", ""],
      ].map((cells, i) => ({ line: i + 3, cells })),
    );
    expect(out.problems.map((p) => p.message.slice(0, 7))).toEqual(["Dòng 4:", "Dòng 5:", "Dòng 6:"]);
    expect(out.problems.every((p) => / \/ /.test(p.message))).toBe(true);
  });
});
