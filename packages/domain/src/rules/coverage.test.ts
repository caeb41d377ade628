import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dongNai2023 } from "../../test/dong-nai-fixture";
import { INSPECTION_STATUSES } from "../inspections/inspection-status";
import { PLAN_TEMPLATES } from "../templates/registry";
import { INSPECTION_FORMS } from "../templates/template-types";
import { requiredCount } from "../units/unit-ref";
import { type CoverageInspection, coverageByTier } from "./coverage";

const template = PLAN_TEMPLATES["dong-nai-2023"];
const units = dongNai2023();
const byTier = (inspections: CoverageInspection[] = [], year = 2023) =>
  Object.fromEntries(coverageByTier({ template, year, units, inspections }).map((c) => [c.tier, c]));

describe("R2 coverage per tier", () => {
  it("requires 9 agencies, 6 districts and 34 communes on the real 2023 data", () => {
    const c = byTier();
    expect([c.agency?.eligible, c.district?.eligible, c.commune?.eligible]).toEqual([21, 11, 170]);
    expect([c.agency?.required, c.district?.required, c.commune?.required]).toEqual([9, 6, 34]);
    expect(c.commune?.shortfall).toBe(34);
  });

  it("counts started on-site inspections as done, unstarted as planned, and never remote checks", () => {
    const c = byTier([
      { targetUnitId: 731, form: "announced", status: "concluded" },
      { targetUnitId: 731, form: "surprise", status: "in_progress" }, // same unit: counted once
      { targetUnitId: 732, form: "surprise", status: "scheduled" },
      { targetUnitId: 734, form: "remote_camera", status: "closed" },
      { targetUnitId: 735, form: "remote_dossier", status: "in_progress" },
      { targetUnitId: 736, form: "announced", status: "cancelled" },
      { targetUnitId: 731, form: "announced", status: "draft" }, // done already: not also planned
    ]);
    expect(c.district).toMatchObject({
      done: 1,
      planned: 1,
      remaining: 5,
      shortfall: 4,
      doneUnitIds: [731],
      plannedUnitIds: [732],
    });
  });

  it("ignores units outside the year's pool", () => {
    expect(byTier([], 2022).commune?.eligible).toBe(0);
    expect(byTier([{ targetUnitId: 99999, form: "announced", status: "closed" }]).commune?.done).toBe(0);
  });

  it("keeps done + planned within the tier and shortfall consistent, for any inspections", () => {
    const ids = units.map((u) => u.id);
    const insp = fc.record({
      targetUnitId: fc.constantFrom(...ids),
      form: fc.constantFrom(...INSPECTION_FORMS),
      status: fc.constantFrom(...INSPECTION_STATUSES),
    });
    fc.assert(
      fc.property(fc.array(insp, { maxLength: 80 }), (inspections) => {
        for (const c of coverageByTier({ template, year: 2023, units, inspections })) {
          expect(c.done + c.planned).toBeLessThanOrEqual(c.eligible);
          expect(c.shortfall).toBe(Math.max(0, c.required - c.done - c.planned));
          const onSite = inspections.filter((i) => i.form === "announced" || i.form === "surprise");
          for (const id of c.doneUnitIds) expect(onSite.some((i) => i.targetUnitId === id)).toBe(true);
        }
      }),
    );
  });
});

describe("R2 required count", () => {
  it("is the exact ceiling of pct × units", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 20000 }), (pct, n) => {
        const r = requiredCount(pct, n);
        expect(r * 100).toBeGreaterThanOrEqual(pct * n);
        expect((r - 1) * 100).toBeLessThan(pct * n);
      }),
    );
  });
});
