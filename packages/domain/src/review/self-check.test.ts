import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RATINGS } from "../schemas/finding-schemas";
import { checkSelfCheckComplete, checkSelfCheckWritable, type SelfCheckItem } from "./self-check";

describe("self-check report rules", () => {
  it("never for a surprise inspection, whatever its status; for an announced one only before the visit", () => {
    for (const status of ["draft", "scheduled", "notified", "in_progress", "concluded"] as const) {
      expect(checkSelfCheckWritable("surprise", status)).toMatchObject({
        ok: false,
        code: "SELF_CHECK.NOT_ANNOUNCED",
      });
    }
    expect(checkSelfCheckWritable("announced", "notified").ok).toBe(true);
    expect(checkSelfCheckWritable("announced", "scheduled").ok).toBe(true);
    expect(checkSelfCheckWritable("announced", "in_progress")).toMatchObject({
      ok: false,
      code: "SELF_CHECK.CLOSED",
    });
  });

  it("is complete exactly when every item is rated and has evidence or a justification", () => {
    const codes = ["1a", "1b", "2.1", "3", "5.r7"];
    const item = fc.record({
      rated: fc.boolean(),
      rating: fc.constantFrom(...RATINGS),
      justification: fc.constantFrom("", "  ", "Đã có quyết định ban hành quy chế"),
      files: fc.integer({ min: 0, max: 2 }),
    });
    fc.assert(
      fc.property(fc.array(item, { minLength: codes.length, maxLength: codes.length }), (drawn) => {
        const items: SelfCheckItem[] = drawn.flatMap((d, i) =>
          d.rated
            ? [{ itemCode: codes[i]!, rating: d.rating, note: "", justification: d.justification }]
            : [],
        );
        const files = new Map(codes.map((c, i) => [c, drawn[i]!.files]));
        const r = checkSelfCheckComplete(codes, items, (c) => files.get(c) ?? 0);
        const expected = drawn.every((d) => d.rated && (d.justification.trim() !== "" || d.files > 0));
        expect(r.ok).toBe(expected);
        if (!r.ok) expect(r.message).toMatch(/^(Đánh giá|Minh chứng): .+ \/ (Ratings|Evidence): /);
      }),
      { numRuns: 150 },
    );
  });
});
