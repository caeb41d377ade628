import {
  type Bilingual,
  coverageByTier,
  isInPool,
  type PlanQuotas,
  type Tier,
  tierOfKind,
  withQuotas,
} from "@par/domain";
import type { Request } from "../access/request";
import type { OrgUnitRow, PlanRow } from "../db/database";
import { coverageFacts } from "../db/inspection.repository";
import { tieredUnits, toUnitRef } from "../db/unit-tree.repository";
import { visibilityOf } from "../inspections/inspection-access";
import type { UnitBrief } from "../inspections/inspection-dto";
import { templateOf } from "../inspections/viewer";

export interface TierCoverageDto {
  tier: Tier;
  label: Bilingual;
  pct: number;
  eligible: number;
  required: number;
  done: number;
  planned: number;
  remaining: number;
  shortfall: number;
  doneUnits: UnitBrief[];
  plannedUnits: UnitBrief[];
  /** Eligible units with no on-site inspection in the plan yet. */
  missingUnits: UnitBrief[];
}

const brief = (u: OrgUnitRow): UnitBrief => ({ id: u.id, code: u.code, name: u.name });

/**
 * R2 for a plan: per tier, eligible, required, done (started on site), planned. Built from the
 * inspections the caller may see (R5 filters in the query, before anything is counted).
 */
export async function planCoverage(q: Request, plan: PlanRow) {
  const template = withQuotas(templateOf(plan.template_id), plan.quotas as PlanQuotas);
  const units = await tieredUnits(q.db, plan.province_id);
  const visibleTo = await visibilityOf({ db: q.db, user: q.user, now: q.now });
  const inspections = await coverageFacts(q.db, plan.id, visibleTo);
  const tiers = coverageByTier({
    template,
    year: plan.year,
    units: units.map(toUnitRef),
    inspections: inspections.map((i) => ({ targetUnitId: i.target_unit_id, form: i.form, status: i.status })),
  });
  const byId = new Map(units.map((u) => [u.id, u]));
  const pick = (ids: readonly number[]) => ids.flatMap((id) => (byId.has(id) ? [brief(byId.get(id)!)] : []));
  return {
    year: plan.year,
    planId: plan.id,
    templateId: plan.template_id,
    tiers: tiers.map((t): TierCoverageDto => {
      const covered = new Set([...t.doneUnitIds, ...t.plannedUnitIds]);
      const label = template.tiers.find((x) => x.tier === t.tier)!;
      return {
        tier: t.tier,
        label: { vi: label.vi, en: label.en },
        pct: t.pct,
        eligible: t.eligible,
        required: t.required,
        done: t.done,
        planned: t.planned,
        remaining: t.remaining,
        shortfall: t.shortfall,
        doneUnits: pick(t.doneUnitIds),
        plannedUnits: pick(t.plannedUnitIds),
        missingUnits: units
          .filter(
            (u) => tierOfKind(u.kind) === t.tier && isInPool(toUnitRef(u), plan.year) && !covered.has(u.id),
          )
          .map(brief),
      };
    }),
  };
}
