import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rankByTotal } from "./ranking";

describe("rankByTotal", () => {
  it("ties share a rank and the next rank skips", () => {
    const out = rankByTotal([
      { id: 1, total: 80 },
      { id: 2, total: 95.5 },
      { id: 3, total: 80 },
      { id: 4, total: 70 },
    ]);
    expect(out.map((r) => [r.id, r.rank])).toEqual([
      [2, 1],
      [1, 2],
      [3, 2],
      [4, 4],
    ]);
  });

  it("property: ranks start at 1, never decrease down the list, and a rank counts the better totals", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 30 }), (totals) => {
        const out = rankByTotal(totals.map((total, i) => ({ id: i + 1, total })));
        if (out.length > 0) expect(out[0]!.rank).toBe(1);
        for (let i = 1; i < out.length; i++) expect(out[i]!.rank).toBeGreaterThanOrEqual(out[i - 1]!.rank);
        for (const r of out) expect(r.rank).toBe(1 + totals.filter((x) => x > r.total).length);
      }),
      { numRuns: 100 },
    );
  });
});
