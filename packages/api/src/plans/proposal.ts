import {
  carryHistory,
  type PlanQuotas,
  type PlanTemplate,
  type ProposalAcceptInput,
  type ProposalRunInput,
  poolDate,
  proposeInspections,
  shortfallFromCounts,
  type UnitHistory,
  withQuotas,
} from "@par/domain";
import { provinceOf } from "../access/province";
import type { Request } from "../access/request";
import { monthBounds, violationsByUnit } from "../db/camera-report.repository";
import { coveredTargets, tierCoverageCounts } from "../db/coverage.repository";
import type { Db, PlanRow } from "../db/database";
import { historyFacts } from "../db/history.repository";
import { proposalCandidates } from "../db/proposal-candidates.repository";
import { allSuccessions } from "../db/succession.repository";
import { inTransaction } from "../db/transaction";
import { findUnits } from "../db/unit.repository";
import { toUnitRef } from "../db/unit-tree.repository";
import { dossierRisks, mergeRisks } from "../dossiers/dossier-risks";
import { fail } from "../errors";
import { createInspection, type ScheduledResult } from "../inspections/inspection-commands";
import { resolveLeadBody } from "../inspections/lead-body";
import { templateOf, viewerOf } from "../inspections/viewer";
import { vietnamDate } from "../time";
import { DEFAULT_TEAMS_PER_DAY, placeAcceptedPicks } from "./accept-days";
import { coverageQuery } from "./coverage";
import { planOfYear } from "./plan-commands";

const DEFAULT_MONTHLY_CAPACITY = 8;

/** Units already covered in the plan: distinct targets of on-site inspections not cancelled, in SQL. */
async function coveredUnitIds(q: Request, db: Db, plan: PlanRow, onlyUnits?: readonly number[]) {
  return coveredTargets(db, await coverageQuery(q, plan, db), onlyUnits);
}

/**
 * R6: each unit's history before the plan year (last on-site inspection or imported conclusion, open and
 * overdue recommendations of both sources, earlier shortcomings, the last inspection's ratings), one
 * aggregate query. Overdue is judged on 1 January of the plan year, or today if the plan is drawn up
 * earlier: the plan is made against the situation at its start. A successor of a merge or split carries
 * its predecessors' history (unit_successions).
 */
export async function historyBefore(
  db: Db,
  provinceId: number,
  year: number,
  today?: string,
): Promise<UnitHistory[]> {
  const start = `${year}-01-01`;
  const [rows, successions] = await Promise.all([
    historyFacts(db, provinceId, year, today !== undefined && today < start ? today : start),
    allSuccessions(db, provinceId),
  ]);
  const history = rows.map((r) => ({
    unitId: r.unitId,
    lastInspectionYear: r.lastYear,
    findingsCount: r.shortcomings,
    openRecommendations: r.open,
    overdueRecommendations: r.overdue,
    lastShortfallShare: r.lastRated === 0 ? 0 : r.lastBad / r.lastRated,
  }));
  return carryHistory(history, successions);
}

/**
 * Issue 10: violations seen on the province's one-stop-shop cameras over the year before the plan and the
 * plan year so far raise the unit's priority (the domain scores and explains them). Issue 11 §2: dossier
 * rates (late share, rates past the year's thresholds) do the same.
 */
async function riskSignals(q: Request, provinceId: number, year: number) {
  const [cameras, dossiers] = await Promise.all([
    violationsByUnit(q.db, monthBounds(year - 1, 1).from, q.now, provinceId),
    dossierRisks(q.db, provinceId, year),
  ]);
  return mergeRisks(
    cameras.map((r) => ({ unitId: r.unit_id, cameraViolations: r.violations })),
    dossiers,
  );
}

/** What the proposal reads of the plan itself: its template, its candidates, its inspections, the caller's body. */
async function planFacts(q: Request, provinceId: number, year: number) {
  const plan = await planOfYear(q.db, provinceId, year);
  const template = withQuotas(templateOf(plan.template_id), plan.quotas as PlanQuotas);
  const [units, alreadyPlanned, leadBody] = await Promise.all([
    proposalCandidates(
      q.db,
      plan.province_id,
      template.tiers.map((t) => t.tier),
      poolDate(plan.year),
    ),
    coveredUnitIds(q, q.db, plan),
    // The planner's own body is never its own target (Sở Nội vụ does not inspect Sở Nội vụ).
    callerLeadBody(q, q.db, template),
  ]);
  return { plan, template, units, alreadyPlanned, leadBody };
}

/**
 * proposal.run: which units to inspect to meet the quotas, and when (the domain's proposeInspections).
 * Its facts are independent reads of the plan's province, so they go to the database together (each on
 * a connection of the pool; one after another inside a transaction or on PGlite): the request waits for
 * the slowest, the history, instead of their sum (issue 8 §4, docs/benchmarks.md session 6). The history
 * and the risk signals need only the province and the year, so they do not wait for the plan's read;
 * the reads that need the plan follow it while the history still runs.
 */
export async function runProposal(q: Request, input: ProposalRunInput) {
  const provinceId = provinceOf(q.user);
  const today = vietnamDate(q.now);
  const [{ plan, template, units, alreadyPlanned, leadBody }, history, risks] = await Promise.all([
    planFacts(q, provinceId, input.year),
    historyBefore(q.db, provinceId, input.year, today),
    riskSignals(q, provinceId, input.year),
  ]);
  const thisYear = Number(today.slice(0, 4));
  const startMonth = input.startMonth ?? (thisYear === plan.year ? Number(today.slice(5, 7)) : undefined);
  return proposeInspections({
    template,
    year: plan.year,
    seed: input.seed ?? plan.year,
    units: units.map((u) => ({
      id: u.id,
      code: u.code,
      name: u.name,
      kind: u.kind,
      parentId: u.parent_id,
      manySubordinates: u.many_subordinates,
      validFrom: u.valid_from,
      validTo: u.valid_to,
      districtId: u.kind === "commune" ? u.parent_id : null,
      fields: u.fields === "" ? [] : u.fields.split(","),
    })),
    history,
    risks,
    capacityPerMonth: input.monthlyCapacity ?? DEFAULT_MONTHLY_CAPACITY,
    alreadyPlanned: [...alreadyPlanned],
    leadBody,
    ...(input.exclude ? { exclude: input.exclude } : {}),
    ...(startMonth !== undefined ? { startMonth } : {}),
  });
}

/** The caller's lead body in this plan (Sở Nội vụ for province_admin, …), as new inspections will get it. */
async function callerLeadBody(q: Request, db: Db, template: PlanTemplate): Promise<string> {
  return resolveLeadBody(await viewerOf(db, q.user, template), template, undefined, []).leadBody;
}

/**
 * What accepting these picks would leave short, per tier (the domain's shortfallAfterAccept over the
 * inspections the caller sees, R5), and refusals for picks already in the plan. Nothing is written.
 */
async function acceptFacts(q: Request, db: Db, input: ProposalAcceptInput) {
  const plan = await planOfYear(db, provinceOf(q.user), input.year);
  const template = withQuotas(templateOf(plan.template_id), plan.quotas as PlanQuotas);
  const covered = await coveredUnitIds(
    q,
    db,
    plan,
    input.picks.map((p) => p.unitId),
  );
  const units = new Map(
    (
      await findUnits(
        db,
        input.picks.map((p) => p.unitId),
      )
    ).map((u) => [u.id, u]),
  );
  for (const pick of input.picks) {
    const unit = units.get(pick.unitId);
    // Another province's unit is as unknown as a missing one (issue 8 §3).
    if (!unit || unit.province_id !== plan.province_id)
      fail("UNIT.NOT_FOUND", "Không tìm thấy đơn vị / Unit not found", "picks");
    if (covered.has(unit.id)) {
      fail(
        "INSPECTION.ALREADY_PLANNED",
        `Danh sách chọn: "${unit.name}" đã có trong kế hoạch năm ${plan.year} / Picks: "${unit.name}" is already in the ${plan.year} plan`,
        "picks",
      );
    }
  }
  // R2 after the picks, from the plan's counts (one aggregate) and the picks' own units.
  const counts = await tierCoverageCounts(
    db,
    await coverageQuery(q, plan, db),
    template.tiers.map((t) => t.tier),
  );
  const shortfall = shortfallFromCounts({
    template,
    year: plan.year,
    counts,
    picks: input.picks.map((p) => ({
      unit: toUnitRef(units.get(p.unitId)!),
      form: p.form,
      notCovered: true,
    })),
  });
  return { plan, template, units, shortfall };
}

/** proposal.acceptPreview: the tiers still short after accepting these picks; nothing is saved. */
export async function previewAccept(q: Request, input: ProposalAcceptInput) {
  const { shortfall } = await acceptFacts(q, q.db, input);
  return { shortfall };
}

/**
 * proposal.accept: each pick becomes a draft inspection (lead body by the caller's role, every area
 * but the follow-up one, which R10 adds by itself) on a tentative day, the picks of a month spread over
 * its working days within the body's teams per day. Refused while a tier stays short unless the
 * officer confirms it (confirmShortfall). All or nothing.
 */
export async function acceptProposal(q: Request, input: ProposalAcceptInput) {
  return inTransaction(q.db, async (trx) => {
    const { plan, template, units, shortfall } = await acceptFacts(q, trx, input);
    if (shortfall.length > 0 && input.confirmShortfall !== true) {
      fail(
        "PROPOSAL.SHORTFALL",
        `Sau khi chấp nhận, ${shortfall.map((s) => s.message.vi).join("; ")}; hãy xác nhận để vẫn chấp nhận / After accepting, ${shortfall.map((s) => s.message.en).join("; ")}; confirm to accept anyway`,
        "confirmShortfall",
      );
    }
    const days = await placeAcceptedPicks(trx, {
      provinceId: plan.province_id,
      year: plan.year,
      leadBody: await callerLeadBody(q, trx, template),
      teamsPerDay: input.teamsPerDay ?? DEFAULT_TEAMS_PER_DAY,
      picks: input.picks.map((p) => ({ ...p, name: units.get(p.unitId)!.name })),
    });
    const areas = template.areas.map((a) => a.code).filter((c) => c !== template.followUpArea);
    const created: ScheduledResult[] = [];
    for (const pick of input.picks) {
      const day = days.get(pick.unitId)!;
      const { checklistNote: _, ...result } = await createInspection(
        { ...q, db: trx },
        {
          planId: plan.id,
          targetUnitId: pick.unitId,
          form: pick.form,
          areas,
          fields: [],
          startDate: day.startDate,
          endDate: day.endDate,
        },
        { tentative: true },
      );
      created.push(result);
    }
    return {
      created: created.map((c) => c.inspection),
      warnings: created.flatMap((c) => c.warnings.map((w) => ({ ...w, inspectionId: c.inspection.id }))),
      shortfall,
    };
  });
}
