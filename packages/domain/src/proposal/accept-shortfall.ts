import type { Bilingual } from "../core/result";
import {
  type CoverageInspection,
  coverageByTier,
  coverageFromCounts,
  type TierCounts,
  type TierCoverageSummary,
} from "../rules/coverage";
import { countsTowardCoverage } from "../templates/template-lookup";
import type { PlanTemplate } from "../templates/template-types";
import { type Tier, tierOfKind } from "../units/unit-kinds";
import { isInPool, type UnitRef } from "../units/unit-ref";

export interface TierShortfall {
  tier: Tier;
  required: number;
  /** Distinct units done or planned once the picks are in the plan. */
  covered: number;
  missing: number;
  message: Bilingual;
}

/**
 * R2 after a proposal is accepted: the tiers whose quota would still not be met if the picks become
 * draft inspections. The picks count as planned exactly like any draft on-site inspection, so the answer
 * agrees with the coverage screen the officer sees afterwards. Empty when every tier is met.
 */
export function shortfallAfterAccept(args: {
  template: PlanTemplate;
  year: number;
  units: readonly UnitRef[];
  inspections: readonly CoverageInspection[];
  picks: readonly { unitId: number; form: CoverageInspection["form"] }[];
  referenceDate?: string;
}): TierShortfall[] {
  const drafts = args.picks.map(
    (p): CoverageInspection => ({ targetUnitId: p.unitId, form: p.form, status: "draft" }),
  );
  const tiers = coverageByTier({
    template: args.template,
    year: args.year,
    units: args.units,
    inspections: [...args.inspections, ...drafts],
    ...(args.referenceDate !== undefined ? { referenceDate: args.referenceDate } : {}),
  });
  return shortfallOf(args.template, tiers);
}

/** The tiers still short in a coverage, with their message: shared by both ways of counting. */
export function shortfallOf(template: PlanTemplate, tiers: readonly TierCoverageSummary[]): TierShortfall[] {
  return tiers
    .filter((t) => t.shortfall > 0)
    .map((t) => {
      const label = template.tiers.find((x) => x.tier === t.tier)!;
      return {
        tier: t.tier,
        required: t.required,
        covered: t.done + t.planned,
        missing: t.shortfall,
        message: {
          vi: `${label.vi} còn thiếu ${t.shortfall} đơn vị so với chỉ tiêu ${t.required}`,
          en: `${label.en}: ${t.shortfall} units short of the quota of ${t.required}`,
        },
      };
    });
}

/**
 * The same answer from counts (the API's aggregate query) instead of every unit and inspection: each
 * pick on a pool unit not yet done or planned, in a form that counts, adds one planned unit to its
 * tier. The caller has refused picks already in the plan; `notCovered` says which picks are free.
 */
export function shortfallFromCounts(args: {
  template: PlanTemplate;
  year: number;
  counts: readonly TierCounts[];
  picks: readonly { unit: UnitRef; form: CoverageInspection["form"]; notCovered: boolean }[];
  referenceDate?: string;
}): TierShortfall[] {
  const added = new Map<Tier, Set<number>>();
  for (const p of args.picks) {
    const tier = tierOfKind(p.unit.kind);
    if (tier === null || !p.notCovered || !countsTowardCoverage(args.template, p.form)) continue;
    if (!isInPool(p.unit, args.year, args.referenceDate)) continue;
    const set = added.get(tier) ?? new Set<number>();
    set.add(p.unit.id);
    added.set(tier, set);
  }
  const counts = args.template.tiers.map(({ tier }) => {
    const c = args.counts.find((x) => x.tier === tier) ?? { tier, eligible: 0, done: 0, planned: 0 };
    return { ...c, tier, planned: c.planned + (added.get(tier)?.size ?? 0) };
  });
  return shortfallOf(args.template, coverageFromCounts(args.template, counts));
}
