import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { UNIT_KINDS } from "../units/unit-kinds";
import { indexLevelOf } from "./index-schemas";
import { checkPublish, INDEX_LEVEL_KINDS, mayReadRanking } from "./publication";

describe("publishing the PAR-index ranking", () => {
  it("each level's kinds are exactly those indexLevelOf puts on it", () => {
    expect(INDEX_LEVEL_KINDS).toEqual({
      department: ["office", "department", "agency"],
      district: ["district"],
      commune: ["commune"],
    });
    for (const k of UNIT_KINDS)
      for (const [level, kinds] of Object.entries(INDEX_LEVEL_KINDS))
        expect(kinds.includes(k)).toBe(indexLevelOf(k) === level);
  });

  it("needs a locked sheet, and every unit locked unless Sở Nội vụ publishes with those not locked", () => {
    const open = [{ unitId: 3, name: "Huyện Xuân Lộc", state: "appraised_1" as const }];
    expect(checkPublish("district", 0, [], true)).toMatchObject({ ok: false, field: "level" });
    expect(checkPublish("district", 2, [], false)).toEqual({ ok: true, value: true });
    const refused = checkPublish("district", 2, open, false);
    expect(refused).toMatchObject({
      ok: false,
      code: "PAR_INDEX.TRANSITION_INVALID",
      field: "allowUnlocked",
    });
    expect(!refused.ok && refused.message).toMatch(
      /^Công bố khi còn đơn vị chưa chốt: 1 đơn vị chưa chốt điểm — Huyện Xuân Lộc \(đã thẩm định lần 1, chờ giải trình\)/,
    );
    expect(checkPublish("district", 2, open, true).ok).toBe(true);
    fc.assert(
      fc.property(fc.nat(5), fc.nat(5), fc.boolean(), (locked, unlocked, allow) => {
        const list = Array.from({ length: unlocked }, (_, i) => ({ unitId: i, name: `U${i}`, state: null }));
        expect(checkPublish("department", locked, list, allow).ok).toBe(
          locked > 0 && (unlocked === 0 || allow),
        );
      }),
      { numRuns: 50 },
    );
  });

  it("the ranking is the province's readers' until published, then anyone's of the province", () => {
    expect(mayReadRanking(false, false)).toBe(false);
    expect(mayReadRanking(false, true)).toBe(true);
    expect(mayReadRanking(true, false)).toBe(true);
  });
});
