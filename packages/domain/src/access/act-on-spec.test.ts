import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mayActOn } from "../inspections/lifecycle";
import { actOnAllows, actOnSpec } from "./act-on-spec";
import { ROLES } from "./roles";

const BODIES = ["noi_vu", "tu_phap", "tt_tt", "xay_dung"];
const assignment = fc.record({
  role: fc.constantFrom(...ROLES),
  unitId: fc.option(fc.integer({ min: 1, max: 50 })),
  leadBody: fc.option(fc.constantFrom(...BODIES)),
});

describe("actOnSpec", () => {
  it("agrees with mayActOn for every viewer and lead body", () => {
    fc.assert(
      fc.property(fc.array(assignment, { maxLength: 4 }), fc.constantFrom(...BODIES), (assignments, body) => {
        const viewer = { assignments };
        expect(actOnAllows(actOnSpec(viewer), body)).toBe(mayActOn(viewer, body));
      }),
      { numRuns: 300 },
    );
  });

  it("a sector inspector acts only on its own lead body", () => {
    const spec = actOnSpec({ assignments: [{ role: "sector_inspector", unitId: 3, leadBody: "tu_phap" }] });
    expect(spec).toEqual(["tu_phap"]);
  });
});
