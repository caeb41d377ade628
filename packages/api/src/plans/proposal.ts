import {
  addWorkingDays,
  isWorkingDay,
  type PlanQuotas,
  type ProposalAcceptInput,
  type ProposalRunInput,
  proposeInspections,
  type UnitHistory,
  withQuotas,
} from "@par/domain";
import type { Request } from "../access/request";
import type { Db, PlanRow } from "../db/database";
import { fieldsByUnit, historyFacts } from "../db/history.repository";
import { inTransaction } from "../db/transaction";
import { findUnits } from "../db/unit.repository";
import { tieredUnits, toUnitRef } from "../db/unit-tree.repository";
import { fail } from "../errors";
import { readInspections } from "../inspections/inspection-access";
import { createInspection, type ScheduledResult } from "../inspections/inspection-commands";
import { templateOf } from "../inspections/viewer";
import { vietnamDate } from "../time";
import { planOfYear } from "./plan-commands";

const DEFAULT_MONTHLY_CAPACITY = 8;

/** Units already covered in the plan: an on-site inspection not cancelled, among those the caller sees. */
async function coveredUnitIds(q: Request, db: Db, plan: PlanRow): Promise<Set<number>> {
  const rows = await readInspections({ db, user: q.user, now: q.now }, { planId: plan.id });
  return new Set(
    rows
      .filter((r) => r.status !== "cancelled" && (r.form === "announced" || r.form === "surprise"))
      .map((r) => r.target_unit_id),
  );
}

/**
 * R6: each unit's history before the plan year (last on-site inspection or imported conclusion, open and
 * overdue recommendations of both sources, earlier shortcomings, the last inspection's ratings), one
 * aggregate query. Overdue is judged on 1 January of the plan year, or today if the plan is drawn up
 * earlier: the plan is made against the situation at its start.
 */
async function historyBefore(db: Db, year: number, today: string): Promise<UnitHistory[]> {
  const start = `${year}-01-01`;
  const rows = await historyFacts(db, year, today < start ? today : start);
  return rows.map((r) => ({
    unitId: r.unitId,
    lastInspectionYear: r.lastYear,
    findingsCount: r.shortcomings,
    openRecommendations: r.open,
    overdueRecommendations: r.overdue,
    lastShortfallShare: r.lastRated === 0 ? 0 : r.lastBad / r.lastRated,
  }));
}

/** proposal.run: which units to inspect to meet the quotas, and when (the domain's proposeInspections). */
export async function runProposal(q: Request, input: ProposalRunInput) {
  const plan = await planOfYear(q.db, input.year);
  const template = withQuotas(templateOf(plan.template_id), plan.quotas as PlanQuotas);
  const today = vietnamDate(q.now);
  const thisYear = Number(today.slice(0, 4));
  const startMonth = input.startMonth ?? (thisYear === plan.year ? Number(today.slice(5, 7)) : undefined);
  const units = await tieredUnits(q.db);
  const fields = await fieldsByUnit(q.db);
  return proposeInspections({
    template,
    year: plan.year,
    seed: input.seed ?? plan.year,
    units: units.map((u) => ({
      ...toUnitRef(u),
      districtId: u.kind === "commune" ? u.parent_id : null,
      fields: fields.get(u.id) ?? [],
    })),
    history: await historyBefore(q.db, plan.year, today),
    capacityPerMonth: input.monthlyCapacity ?? DEFAULT_MONTHLY_CAPACITY,
    alreadyPlanned: [...(await coveredUnitIds(q, q.db, plan))],
    ...(input.exclude ? { exclude: input.exclude } : {}),
    ...(startMonth !== undefined ? { startMonth } : {}),
  });
}

/** The first working day of a month: the tentative date of an accepted pick until someone schedules it. */
function firstWorkingDay(year: number, month: number): string {
  const first = `${year}-${String(month).padStart(2, "0")}-01`;
  return isWorkingDay(first) ? first : addWorkingDays(first, 1);
}

/**
 * proposal.accept: each pick becomes a draft inspection (lead body by the caller's role, every area
 * but the follow-up one, which R10 adds by itself), dated tentatively. All or nothing.
 */
export async function acceptProposal(q: Request, input: ProposalAcceptInput) {
  return inTransaction(q.db, async (trx) => {
    const plan = await planOfYear(trx, input.year);
    const template = templateOf(plan.template_id);
    const covered = await coveredUnitIds(q, trx, plan);
    const units = new Map(
      (
        await findUnits(
          trx,
          input.picks.map((p) => p.unitId),
        )
      ).map((u) => [u.id, u]),
    );
    const areas = template.areas.map((a) => a.code).filter((c) => c !== template.followUpArea);
    const created: ScheduledResult[] = [];
    for (const pick of input.picks) {
      const unit = units.get(pick.unitId);
      if (!unit) fail("UNIT.NOT_FOUND", "Không tìm thấy đơn vị / Unit not found", "picks");
      if (covered.has(unit.id)) {
        fail(
          "INSPECTION.ALREADY_PLANNED",
          `Danh sách chọn: "${unit.name}" đã có trong kế hoạch năm ${plan.year} / Picks: "${unit.name}" is already in the ${plan.year} plan`,
          "picks",
        );
      }
      const day = firstWorkingDay(plan.year, pick.month);
      const { checklistNote: _, ...result } = await createInspection(
        { ...q, db: trx },
        {
          planId: plan.id,
          targetUnitId: unit.id,
          form: pick.form,
          areas,
          fields: [],
          startDate: day,
          endDate: day,
        },
        { tentative: true },
      );
      created.push(result);
    }
    return {
      created: created.map((c) => c.inspection),
      warnings: created.flatMap((c) => c.warnings.map((w) => ({ ...w, inspectionId: c.inspection.id }))),
    };
  });
}
