import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PLAN_TEMPLATES } from "../templates/registry";
import type { UnitRef } from "../units/unit-ref";
import { internalCoverage } from "./internal-coverage";

const template = PLAN_TEMPLATES["dong-nai-2023"];
const unit = (
  id: number,
  kind: UnitRef["kind"],
  parentId: number | null,
  validTo: string | null = null,
): UnitRef => ({
  id,
  kind,
  parentId,
  validFrom: "2020-01-01",
  validTo,
});

describe("R9 internal coverage of a department or district", () => {
  const district = unit(10, "district", 1);
  const units = [
    district,
    ...[11, 12, 13].map((id) => unit(id, "division", 10)),
    ...[21, 22, 23, 24].map((id) => unit(id, "commune", 10)),
    unit(25, "commune", 10, "2022-06-30"), // merged away before the year
    unit(31, "subordinate", 11), // under a division: not a direct subordinate
    unit(41, "commune", 99),
  ];

  it("pools a district's divisions and communes and requires 60 %", () => {
    const c = internalCoverage({
      template,
      year: 2023,
      parent: district,
      units,
      inspectedUnitIds: [11, 21, 41],
    });
    expect(c.poolUnitIds).toEqual([11, 12, 13, 21, 22, 23, 24]);
    expect(c).toMatchObject({
      pct: 60,
      required: 5,
      done: 2,
      shortfall: 3,
      missingUnitIds: [12, 13, 22, 23, 24],
    });
  });

  it("requires 50 % of a designated department with many subordinates, and no communes", () => {
    const dept: UnitRef = { ...unit(50, "department", 1), manySubordinates: true };
    const subs = [51, 52, 53, 54, 55].map((id) => unit(id, "subordinate", 50));
    const c = internalCoverage({
      template,
      year: 2023,
      parent: dept,
      units: [dept, ...subs, unit(56, "commune", 50)],
      inspectedUnitIds: [],
    });
    expect(c).toMatchObject({ pct: 50, required: 3, shortfall: 3 });
    expect(c.poolUnitIds).toHaveLength(5);
  });

  it("never counts more done than the pool and lists exactly the missing units", () => {
    const ids = units.map((u) => u.id);
    fc.assert(
      fc.property(fc.subarray(ids), (inspected) => {
        const c = internalCoverage({
          template,
          year: 2023,
          parent: district,
          units,
          inspectedUnitIds: inspected,
        });
        expect(c.done + c.missingUnitIds.length).toBe(c.poolUnitIds.length);
        expect(c.shortfall).toBe(Math.max(0, c.required - c.done));
      }),
    );
  });
});
