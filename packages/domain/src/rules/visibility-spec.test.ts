import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ROLES } from "../access/roles";
import type { Viewer, ViewerAssignment } from "../access/viewer";
import { INSPECTION_STATUSES } from "../inspections/inspection-status";
import { INSPECTION_FORMS } from "../templates/template-types";
import { canSeeInspection, type VisibilityFacts } from "./visibility";
import { specAllows, visibilitySpec } from "./visibility-spec";

// A random forest of 12 units: unit k's parent is a smaller id, or none (a root).
const parents = fc.array(fc.option(fc.nat(), { nil: null }), { minLength: 12, maxLength: 12 });
function pathOf(parent: readonly (number | null)[], id: number): number[] {
  const path: number[] = [];
  for (let u: number | null = id; u !== null; ) {
    path.push(u);
    const p: number | null = parent[u - 1] ?? null;
    u = p === null || u === 1 ? null : (p % (u - 1)) + 1;
  }
  return path;
}
const DATES = ["2023-01-10", "2023-06-15", "2023-11-30"];
const BODIES = ["so_noi_vu", "so_tu_phap", "so_xay_dung"];

const world = parents.chain((parent) => {
  const unit = fc.integer({ min: 1, max: 12 });
  const assignment = fc
    .record({
      role: fc.constantFrom(...ROLES),
      unitId: unit,
      leadBody: fc.constantFrom(...BODIES, null),
      // The account's province: a root (or any unit, to test that a non-root reaches nothing), none, or
      // left out as in a register of one province.
      provinceId: fc.oneof(unit, fc.constant(null), fc.constant(undefined)),
    })
    .map(({ role, unitId, leadBody, provinceId }): ViewerAssignment => {
      const province = provinceId === undefined ? {} : { provinceId };
      if (role === "unit_officer" || role === "sector_inspector")
        return { role, unitId, unitPath: pathOf(parent, unitId), leadBody, ...province };
      return { role, unitId: null, ...province };
    });
  const facts = fc
    .record({
      form: fc.constantFrom(...INSPECTION_FORMS),
      status: fc.constantFrom(...INSPECTION_STATUSES),
      target: unit,
      leadBody: fc.constantFrom(...BODIES),
      startDate: fc.constantFrom(...DATES),
      planApproved: fc.boolean(),
    })
    .map(({ target, ...f }): VisibilityFacts => ({ ...f, targetPath: pathOf(parent, target) }));
  return fc.record({
    viewer: fc.array(assignment, { maxLength: 4 }).map((assignments): Viewer => ({ assignments })),
    facts,
    now: fc.constantFrom(...DATES),
  });
});

describe("visibilitySpec: R5 and the read scope as data", () => {
  it("reads exactly as canSeeInspection on random trees, viewers and inspections", () => {
    fc.assert(
      fc.property(world, ({ viewer, facts, now }) => {
        expect(specAllows(visibilitySpec(viewer, now), facts)).toBe(canSeeInspection(viewer, facts, now));
      }),
      { numRuns: 3000 },
    );
    // 1.3 s alone; under a loaded CI machine it passed vitest's 5 s default.
  }, 30_000);

  it("names the viewer's parts: scope roots, bindings and who sees secrets", () => {
    const spec = visibilitySpec(
      {
        assignments: [
          { role: "sector_inspector", unitId: 4, unitPath: [4, 1], leadBody: "so_tu_phap" },
          { role: "unit_officer", unitId: 7, unitPath: [7, 2, 1] },
        ],
      },
      "2023-06-15T10:00:00",
    );
    expect(spec.today).toBe("2023-06-15");
    expect(spec.boundUnits).toEqual([4, 7]);
    expect(spec.boundAncestors).toEqual([4, 1, 7, 2]);
    expect(spec.planner).toBe(false);
    expect(spec.secretLeadBodies).toEqual(["so_tu_phap"]);
    expect(
      visibilitySpec({ assignments: [{ role: "province_admin", unitId: null }] }, "2023-06-15"),
    ).toMatchObject({
      readRoots: "all",
      planner: true,
      boundUnits: [],
    });
  });
});
