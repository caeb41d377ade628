import { describe, expect, it } from "vitest";
import { INSPECTION_STATUSES } from "./inspection-status";
import { RECOMMENDATION_STATUSES } from "./recommendation-status";
import { INSPECTION_STATUS_LABELS, RECOMMENDATION_STATUS_LABELS } from "./status-labels";

describe("status labels", () => {
  it("name every status, each with its own words in both languages", () => {
    for (const [statuses, labels] of [
      [INSPECTION_STATUSES, INSPECTION_STATUS_LABELS],
      [RECOMMENDATION_STATUSES, RECOMMENDATION_STATUS_LABELS],
    ] as const) {
      expect(Object.keys(labels).sort()).toEqual([...statuses].sort());
      const all = Object.values(labels) as { vi: string; en: string }[];
      for (const lang of ["vi", "en"] as const) {
        expect(all.every((l) => l[lang].trim().length > 0)).toBe(true);
        expect(new Set(all.map((l) => l[lang])).size).toBe(all.length);
      }
    }
  });
});
