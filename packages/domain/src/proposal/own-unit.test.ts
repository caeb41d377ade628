import { describe, expect, it } from "vitest";
import { PLAN_TEMPLATES } from "../templates/registry";
import type { ProposalUnit, UnitHistory } from "./proposal-types";
import { proposeInspections } from "./propose";

/** A province whose agencies are exactly the template's lead bodies, plus two ordinary departments. */
function agenciesOf(names: readonly string[]): ProposalUnit[] {
  const units: ProposalUnit[] = [
    {
      id: 1,
      code: "P",
      name: "Tỉnh",
      kind: "province",
      parentId: null,
      validFrom: "2000-01-01",
      validTo: null,
    },
  ];
  [...names, "Sở Y tế", "Sở Công Thương"].forEach((name, i) => {
    units.push({
      id: 10 + i,
      code: `S${i}`,
      name,
      kind: name.startsWith("Văn phòng") ? "office" : "department",
      parentId: 1,
      validFrom: "2000-01-01",
      validTo: null,
    });
  });
  return units;
}

describe("proposal: a lead body is never proposed as its own target", () => {
  for (const template of Object.values(PLAN_TEMPLATES)) {
    const year = template.years.from;
    for (const body of template.leadBodies) {
      it(`${template.id}: ${body.vi} is not proposed in its own plan`, () => {
        const units = agenciesOf(template.leadBodies.map((b) => b.unitName));
        const own = units.find((u) => u.name === body.unitName)!;
        // The own unit would rank first: never inspected, many open recommendations.
        const history: UnitHistory[] = units.map((u) => ({
          unitId: u.id,
          lastInspectionYear: u.id === own.id ? null : year - 1,
          findingsCount: 0,
          openRecommendations: u.id === own.id ? 9 : 0,
        }));
        const base = { template, year, seed: 7, units, history, capacityPerMonth: 10 };
        const withoutBody = proposeInspections(base).tiers.find((t) => t.tier === "agency")!;
        expect(withoutBody.picks.map((p) => p.unitId)).toContain(own.id);

        const agency = proposeInspections({ ...base, leadBody: body.code }).tiers.find(
          (t) => t.tier === "agency",
        )!;
        const proposed = [...agency.picks, ...agency.reserve].map((p) => p.unitId);
        expect(proposed).not.toContain(own.id);
        // It still counts in the pool: it exists, another body may inspect it.
        expect(agency.eligible).toBe(units.length - 1);
        expect(agency.picks.length).toBe(agency.needed);
      });
    }
  }
});
