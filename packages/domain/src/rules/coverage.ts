import { hasStarted, type InspectionStatus, isPending } from "../inspections/inspection-status";
import { countsTowardCoverage } from "../templates/template-lookup";
import type { InspectionForm, PlanTemplate } from "../templates/template-types";
import { type Tier, tierOfKind } from "../units/unit-kinds";
import { isInPool, requiredCount, type UnitRef } from "../units/unit-ref";

export interface CoverageInspection {
  targetUnitId: number;
  form: InspectionForm;
  status: InspectionStatus;
}

export interface TierCoverage {
  tier: Tier;
  pct: number;
  eligible: number;
  required: number;
  /** Distinct units with an on-site inspection that has started. */
  done: number;
  /** Distinct units with an on-site inspection planned but not started, and none started. */
  planned: number;
  /** required − done, at least 0: still to be inspected. */
  remaining: number;
  /** required − done − planned, at least 0: still to be put in the plan. */
  shortfall: number;
  doneUnitIds: number[];
  plannedUnitIds: number[];
}

/** R2: the province's coverage of each tier of the template in the plan year. */
export function coverageByTier(args: {
  template: PlanTemplate;
  year: number;
  units: readonly UnitRef[];
  inspections: readonly CoverageInspection[];
  referenceDate?: string;
}): TierCoverage[] {
  const { template, year } = args;
  const tierOf = new Map<number, Tier>();
  for (const u of args.units) {
    const tier = tierOfKind(u.kind);
    if (tier !== null && isInPool(u, year, args.referenceDate)) tierOf.set(u.id, tier);
  }
  const done = new Set<number>();
  const pending = new Set<number>();
  for (const i of args.inspections) {
    if (!tierOf.has(i.targetUnitId) || !countsTowardCoverage(template, i.form)) continue;
    if (hasStarted(i.status)) done.add(i.targetUnitId);
    else if (isPending(i.status)) pending.add(i.targetUnitId);
  }
  return template.tiers.map(({ tier, pct }) => {
    const inTier = (id: number) => tierOf.get(id) === tier;
    let eligible = 0;
    for (const t of tierOf.values()) if (t === tier) eligible++;
    const required = requiredCount(pct, eligible);
    const doneUnitIds = [...done].filter(inTier).sort((a, b) => a - b);
    const plannedUnitIds = [...pending].filter((id) => inTier(id) && !done.has(id)).sort((a, b) => a - b);
    const remaining = Math.max(0, required - doneUnitIds.length);
    return {
      tier,
      pct,
      eligible,
      required,
      done: doneUnitIds.length,
      planned: plannedUnitIds.length,
      remaining,
      shortfall: Math.max(0, remaining - plannedUnitIds.length),
      doneUnitIds,
      plannedUnitIds,
    };
  });
}
