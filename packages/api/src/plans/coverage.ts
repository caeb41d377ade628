import {
  type Bilingual,
  type CoverageUnitsInput,
  coverageForms,
  coverageFromCounts,
  foldVietnamese,
  type Page,
  type PlanQuotas,
  poolDate,
  type Tier,
  withQuotas,
} from "@par/domain";
import { provinceOf } from "../access/province";
import type { Request } from "../access/request";
import {
  type CoverageQuery,
  type CoverageUnitRow,
  countCoverageUnits,
  coverageUnitRows,
  tierCoverageCounts,
} from "../db/coverage.repository";
import type { Db, PlanRow } from "../db/database";
import { toPage } from "../db/keyset";
import { decodeKeyCursor } from "../db/keyset-key";
import { visibilityOf } from "../inspections/inspection-access";
import type { UnitBrief } from "../inspections/inspection-dto";
import { templateOf } from "../inspections/viewer";
import { planOfYear } from "./plan-commands";

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
}

/**
 * What coverage reads of a plan for this caller (R5 in the query), for the coverage screen and the
 * proposal alike. `db` is the caller's transaction when it reads inside one.
 */
export async function coverageQuery(q: Request, plan: PlanRow, db: Db = q.db): Promise<CoverageQuery> {
  return {
    planId: plan.id,
    provinceId: plan.province_id,
    poolDate: poolDate(plan.year),
    forms: coverageForms(templateOf(plan.template_id)),
    visibleTo: await visibilityOf({ db, user: q.user, now: q.now }),
  };
}

/**
 * R2 for a plan: per tier, eligible, required, done (started on site), planned — counted by one
 * aggregate query over the inspections the caller may see (R5 filters before anything is counted);
 * the domain does the arithmetic. The units themselves are paged by plans.coverageUnits.
 */
export async function planCoverage(q: Request, plan: PlanRow) {
  const template = withQuotas(templateOf(plan.template_id), plan.quotas as PlanQuotas);
  const counts = await tierCoverageCounts(
    q.db,
    await coverageQuery(q, plan),
    template.tiers.map((t) => t.tier),
  );
  return {
    year: plan.year,
    planId: plan.id,
    templateId: plan.template_id,
    tiers: coverageFromCounts(template, counts).map((t): TierCoverageDto => {
      const label = template.tiers.find((x) => x.tier === t.tier)!;
      return { ...t, label: { vi: label.vi, en: label.en } };
    }),
  };
}

export interface CoverageUnitDto extends UnitBrief {
  state: CoverageUnitRow["state"];
}

/** plans.coverageUnits: a tier's pool a page at a time (by name), each unit done, planned or missing. */
export async function planCoverageUnits(q: Request, f: CoverageUnitsInput): Promise<Page<CoverageUnitDto>> {
  const after = decodeKeyCursor(f.cursor, "string"); // a bad cursor is bad input before anything is read
  const plan = await planOfYear(q.db, provinceOf(q.user), f.year);
  const query = await coverageQuery(q, plan);
  const folded = f.query?.trim() ? foldVietnamese(f.query.trim()) : undefined;
  const filter = {
    tier: f.tier,
    ...(f.state ? { state: f.state } : {}),
    ...(folded ? { foldedQuery: folded } : {}),
  };
  const rows = await coverageUnitRows(q.db, query, {
    ...filter,
    ...(after ? { after } : {}),
    limit: f.limit + 1,
  });
  const total = after ? undefined : await countCoverageUnits(q.db, query, filter);
  return toPage(
    rows,
    f.limit,
    (r) => [r.search_name, r.id],
    (r) => ({ id: r.id, code: r.code, name: r.name, state: r.state }),
    total,
  );
}
