import type { Bilingual } from "../core/result";
import { type CoverageInspection, coverageByTier } from "../rules/coverage";
import type { PlanTemplate } from "../templates/template-types";
import type { Tier } from "../units/unit-kinds";
import type { UnitRef } from "../units/unit-ref";

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
  return tiers
    .filter((t) => t.shortfall > 0)
    .map((t) => {
      const label = args.template.tiers.find((x) => x.tier === t.tier)!;
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
