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

/** A tier's units counted (in SQL or here): in the pool, with a started on-site inspection, with only a pending one. */
export interface TierCounts {
  tier: Tier;
  eligible: number;
  done: number;
  planned: number;
}

export type TierCoverageSummary = Omit<TierCoverage, "doneUnitIds" | "plannedUnitIds">;

/**
 * R2's arithmetic over counts: required = ceil(pct × eligible), remaining and shortfall. The one place
 * it lives: coverageByTier uses it, and so does the API over its aggregate query.
 */
export function coverageFromCounts(
  template: PlanTemplate,
  counts: readonly TierCounts[],
): TierCoverageSummary[] {
  return template.tiers.map(({ tier, pct }) => {
    const c = counts.find((x) => x.tier === tier) ?? { eligible: 0, done: 0, planned: 0 };
    const required = requiredCount(pct, c.eligible);
    const remaining = Math.max(0, required - c.done);
    return {
      tier,
      pct,
      eligible: c.eligible,
      required,
      done: c.done,
      planned: c.planned,
      remaining,
      shortfall: Math.max(0, remaining - c.planned),
    };
  });
}

/** What the SQL of coverage reads from the template: the forms that count (R2: on-site only). */
export function coverageForms(template: PlanTemplate): InspectionForm[] {
  return template.forms.filter((f) => f.countsTowardCoverage).map((f) => f.form);
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
  const ids = template.tiers.map(({ tier }) => {
    const inTier = (id: number) => tierOf.get(id) === tier;
    let eligible = 0;
    for (const t of tierOf.values()) if (t === tier) eligible++;
    const doneUnitIds = [...done].filter(inTier).sort((a, b) => a - b);
    const plannedUnitIds = [...pending].filter((id) => inTier(id) && !done.has(id)).sort((a, b) => a - b);
    return { tier, eligible, doneUnitIds, plannedUnitIds };
  });
  const summaries = coverageFromCounts(
    template,
    ids.map((x) => ({
      tier: x.tier,
      eligible: x.eligible,
      done: x.doneUnitIds.length,
      planned: x.plannedUnitIds.length,
    })),
  );
  return summaries.map((s, k) => ({
    ...s,
    doneUnitIds: ids[k]!.doneUnitIds,
    plannedUnitIds: ids[k]!.plannedUnitIds,
  }));
}
