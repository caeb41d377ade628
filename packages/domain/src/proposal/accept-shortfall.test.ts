import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dongNai2023 } from "../../test/dong-nai-fixture";
import { coverageByTier } from "../rules/coverage";
import { PLAN_TEMPLATES } from "../templates/registry";
import { tierOfKind } from "../units/unit-kinds";
import { shortfallAfterAccept, shortfallFromCounts } from "./accept-shortfall";

const template = PLAN_TEMPLATES["dong-nai-2023"];
const units = dongNai2023();
const communes = units.filter((u) => u.kind === "commune");
const districts = units.filter((u) => u.kind === "district");
const agencies = units.filter((u) => tierOfKind(u.kind) === "agency");

describe("shortfall after accepting a proposal (R2)", () => {
  it("names the tier and the counts when the picks leave it short", () => {
    const picks = [...agencies.slice(0, 9), ...districts.slice(0, 6), ...communes.slice(0, 31)].map((u) => ({
      unitId: u.id,
      form: "announced" as const,
    }));
    const r = shortfallAfterAccept({ template, year: 2023, units, inspections: [], picks });
    expect(r).toHaveLength(1);
    expect(r[0]).toMatchObject({ tier: "commune", required: 34, covered: 31, missing: 3 });
    expect(r[0]?.message.vi).toBe("UBND cấp xã còn thiếu 3 đơn vị so với chỉ tiêu 34");
  });

  it("counts units already planned, ignores remote checks and cancelled ones, and is empty when met", () => {
    const inspections = communes.slice(0, 30).map((u, i) => ({
      targetUnitId: u.id,
      form: i === 0 ? ("remote_camera" as const) : ("announced" as const),
      status: i === 1 ? ("cancelled" as const) : ("scheduled" as const),
    }));
    const picks = [...agencies.slice(0, 9), ...districts.slice(0, 6), ...communes.slice(30, 36)].map((u) => ({
      unitId: u.id,
      form: "surprise" as const,
    }));
    // 28 planned communes + 6 picks = 34.
    expect(shortfallAfterAccept({ template, year: 2023, units, inspections, picks })).toEqual([]);
    const fewer = picks.slice(0, -1);
    expect(shortfallAfterAccept({ template, year: 2023, units, inspections, picks: fewer })[0]?.missing).toBe(
      1,
    );
  });

  it("missing = max(0, required − distinct units covered) for any set of picks", () => {
    fc.assert(
      fc.property(fc.subarray(communes.map((u) => u.id)), (ids) => {
        const picks = ids.map((unitId) => ({ unitId, form: "announced" as const }));
        const r = shortfallAfterAccept({ template, year: 2023, units, inspections: [], picks });
        const commune = r.find((t) => t.tier === "commune");
        expect(commune?.missing ?? 0).toBe(Math.max(0, 34 - ids.length));
      }),
    );
  });
});

describe("shortfallFromCounts (the API's aggregate path) = shortfallAfterAccept", () => {
  it("agrees on random inspections and picks", () => {
    const pool = [...agencies.slice(0, 12), ...districts, ...communes.slice(0, 60)];
    const inspection = fc.record({
      unit: fc.constantFrom(...pool),
      form: fc.constantFrom("announced", "surprise", "remote_camera", "remote_dossier"),
      status: fc.constantFrom("draft", "scheduled", "in_progress", "closed", "cancelled"),
    });
    const pick = fc.record({
      unit: fc.constantFrom(...pool),
      form: fc.constantFrom("announced", "surprise"),
    });
    fc.assert(
      fc.property(fc.array(inspection, { maxLength: 40 }), fc.array(pick, { maxLength: 20 }), (is, ps) => {
        const inspections = is.map((i) => ({ targetUnitId: i.unit.id, form: i.form, status: i.status }));
        const tiers = coverageByTier({ template, year: 2023, units, inspections });
        const covered = new Set(tiers.flatMap((t) => [...t.doneUnitIds, ...t.plannedUnitIds]));
        const picks = ps.map((p) => ({ unitId: p.unit.id, form: p.form }));
        expect(
          shortfallFromCounts({
            template,
            year: 2023,
            counts: tiers.map(({ tier, eligible, done, planned }) => ({ tier, eligible, done, planned })),
            picks: ps.map((p) => ({ unit: p.unit, form: p.form, notCovered: !covered.has(p.unit.id) })),
          }),
        ).toEqual(shortfallAfterAccept({ template, year: 2023, units, inspections, picks }));
      }),
      { numRuns: 100 },
    );
  });
});
