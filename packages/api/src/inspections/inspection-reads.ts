import {
  addDays,
  buildChecklist,
  type CalendarInput,
  type CheckScheduleInput,
  carryForwardOnClose,
  foldVietnamese,
  HOLIDAY_KINDS,
  HOLIDAYS,
  type InspectionStatus,
  type ListInspectionsInput,
  mayActOn,
  type Page,
  TRANSITIONS,
} from "@par/domain";
import { provinceOf } from "../access/province";
import type { Request } from "../access/request";
import { assertCanOnUnit } from "../access/unit-access";
import { findConclusion, listRecommendationRows } from "../db/conclusion.repository";
import { listFindings } from "../db/finding.repository";
import { countByMonth, type InspectionListRow, listInspectionRows } from "../db/inspection.repository";
import { startCursor } from "../db/inspection-cursor";
import { toPage } from "../db/keyset";
import { findPlan } from "../db/plan.repository";
import { listTeams } from "../db/team.repository";
import { findUnit } from "../db/unit.repository";
import { fail } from "../errors";
import { unsentResponseShield } from "../responses/unsent-responses";
import { vietnamDate } from "../time";
import { readInspection, readInspections, visibilityOf } from "./inspection-access";
import { teamKeysOf } from "./inspection-commands";
import { type InspectionSummary, toInspectionSummary, toRecommendationDto } from "./inspection-dto";
import { toTeamDto } from "./inspection-work";
import { resolveLeadBody } from "./lead-body";
import { scheduleVerdicts } from "./schedule-verdicts";
import { templateOf, viewerOf } from "./viewer";

const reader = (q: Request) => ({ db: q.db, user: q.user, now: q.now });

async function summaries(q: Request, rows: readonly InspectionListRow[]): Promise<InspectionSummary[]> {
  // Lists read the leader with their rows (`withTeamLeader`): no second statement.
  if (rows.every((r) => r.team_leader !== undefined))
    return rows.map((r) => toInspectionSummary(r, r.team_leader ?? null));
  const leaders = new Map(
    (
      await listTeams(
        q.db,
        rows.map((r) => r.id),
      )
    )
      .filter((m) => m.role === "leader")
      .map((m) => [m.inspection_id, m.name]),
  );
  return rows.map((r) => toInspectionSummary(r, leaders.get(r.id) ?? null));
}

/**
 * inspections.list: one keyset page in start order; scope, R5, the filters and the search are all in
 * the query, so a page costs the same on a national register. `unitId` = the unit and below it.
 */
export async function listInspections(q: Request, f: ListInspectionsInput): Promise<Page<InspectionSummary>> {
  if (f.unitId !== undefined) {
    if (!(await findUnit(q.db, f.unitId)))
      fail("UNIT.NOT_FOUND", "Không tìm thấy đơn vị / Unit not found", "unitId");
    await assertCanOnUnit(q.db, q.user, "inspections.read", f.unitId);
  }
  const after = startCursor(f.cursor);
  const query = f.query ? foldVietnamese(f.query) : "";
  const rows = await readInspections(reader(q), {
    provinceId: provinceOf(q.user),
    ...(f.year !== undefined ? { year: f.year } : {}),
    ...(f.unitId !== undefined ? { subtreeOf: f.unitId } : {}),
    ...(f.status ? { status: f.status } : {}),
    ...(f.form ? { form: f.form } : {}),
    ...(f.tier ? { tier: f.tier } : {}),
    ...(f.leadBody ? { leadBody: f.leadBody } : {}),
    ...(query ? { foldedQuery: query } : {}),
    ...(after ? { after } : {}),
    limit: f.limit + 1,
    withTeamLeader: true,
  });
  const page = toPage(
    rows,
    f.limit,
    (r) => [r.start_date, r.id],
    (r) => r,
  );
  return { ...page, items: await summaries(q, page.items) };
}

/** inspections.get: the checklist (area 5 with open recommendations, R10), findings, team, conclusion. */
export async function getInspection(q: Request, id: number) {
  const row = await readInspection(reader(q), id);
  const template = templateOf(row.template_id);
  const [summary] = await summaries(q, [row]);
  const viewer = await viewerOf(q.db, q.user, template);
  const conclusion = await findConclusion(q.db, row.id);
  const today = vietnamDate(q.now);
  const nextSteps: InspectionStatus[] = mayActOn(viewer, row.lead_body)
    ? TRANSITIONS.filter(
        (t) => t.from === row.status && (t.forms as readonly string[]).includes(row.form),
      ).map((t) => t.to)
    : [];
  const recRows = await listRecommendationRows(q.db, { inspectionId: row.id });
  const shield = await unsentResponseShield(q.db, q.user, recRows);
  const recommendations = recRows.map((r) => shield(r, toRecommendationDto(r, today)));
  return {
    ...summary!,
    checklist: buildChecklist(template, row.areas, row.follow_up, row.year),
    findings: (await listFindings(q.db, row.id)).map((f) => ({
      itemCode: f.item_code,
      rating: f.rating,
      note: f.note,
      recordedAt: f.recorded_at,
    })),
    team: (await listTeams(q.db, [row.id])).map(toTeamDto),
    conclusion: conclusion
      ? { number: conclusion.number, date: conclusion.date, summary: conclusion.summary }
      : null,
    recommendations,
    // R10: what closing does with the open ones (the close confirmation lists them).
    carryForward: carryForwardOnClose(template, recommendations),
    cancelReason: row.cancel_reason,
    nextSteps,
  };
}

/**
 * inspections.calendar: what the caller may see in a month — complete, a month is bounded — or in the
 * year, in keyset pages; with the visible inspections counted per start month (the year chart) and
 * the holidays of the window.
 */
export async function inspectionCalendar(q: Request, input: CalendarInput) {
  const mm = input.month === undefined ? null : String(input.month).padStart(2, "0");
  const from = mm ? `${input.year}-${mm}-01` : `${input.year}-01-01`;
  const nextMonth =
    input.month === undefined || input.month === 12
      ? `${input.year + 1}-01-01`
      : `${input.year}-${String(input.month + 1).padStart(2, "0")}-01`;
  const to = addDays(nextMonth, -1);
  const visibleTo = await visibilityOf(reader(q));
  const paged = input.month === undefined;
  const after = paged ? startCursor(input.cursor) : null;
  const [rows, byMonth] = await Promise.all([
    listInspectionRows(q.db, {
      from,
      to,
      visibleTo,
      ...(after ? { after } : {}),
      ...(paged ? { limit: input.limit + 1 } : {}),
      withTeamLeader: true,
    }),
    countByMonth(q.db, from, to, visibleTo),
  ]);
  const page = paged
    ? toPage(
        rows,
        input.limit,
        (r) => [r.start_date, r.id],
        (r) => r,
      )
    : { items: rows, nextCursor: null };
  return {
    year: input.year,
    month: input.month ?? null,
    inspections: await summaries(q, page.items),
    nextCursor: page.nextCursor,
    byMonth,
    holidays: HOLIDAYS.filter((h) => h.from <= to && h.to >= from).map((h) => ({
      from: h.from,
      to: h.to,
      name: HOLIDAY_KINDS[h.kind],
    })),
  };
}

/** inspections.checkSchedule: the domain's verdicts for a window, without saving anything. */
export async function dryRunSchedule(q: Request, input: CheckScheduleInput) {
  let facts: {
    id?: number;
    planId: number;
    targetUnitId: number;
    form: InspectionListRow["form"];
    leadBody: string | undefined;
    teamKeys: string[];
  };
  if (input.inspectionId !== undefined) {
    const row = await readInspection(reader(q), input.inspectionId, "inspectionId");
    facts = {
      id: row.id,
      planId: row.plan_id,
      targetUnitId: row.target_unit_id,
      form: input.form ?? row.form,
      leadBody: row.lead_body,
      teamKeys: await teamKeysOf(q.db, row.id),
    };
  } else {
    facts = {
      planId: input.planId!,
      targetUnitId: input.targetUnitId!,
      form: input.form!,
      leadBody: input.leadBody,
      teamKeys: [],
    };
  }
  const plan = await findPlan(q.db, facts.planId);
  if (!plan) fail("PLAN.NOT_FOUND", "Không tìm thấy kế hoạch / Plan not found", "planId");
  if (facts.id === undefined && !(await findUnit(q.db, facts.targetUnitId))) {
    fail("UNIT.NOT_FOUND", "Không tìm thấy đơn vị / Unit not found", "targetUnitId");
  }
  const template = templateOf(plan.template_id);
  const leadBody =
    facts.id !== undefined && facts.leadBody
      ? facts.leadBody
      : resolveLeadBody(await viewerOf(q.db, q.user, template), template, facts.leadBody, []).leadBody;
  const { hidden: _hidden, ...v } = await scheduleVerdicts(reader(q), template, plan.year, {
    ...(facts.id !== undefined ? { id: facts.id } : {}),
    targetUnitId: facts.targetUnitId,
    form: facts.form,
    leadBody,
    startDate: input.startDate,
    endDate: input.endDate,
    noticeDate: input.noticeDate ?? null,
    teamKeys: facts.teamKeys,
  });
  // Clashes with hidden inspections are recorded only when a change is saved, and never shown (R5).
  return { ok: v.errors.length === 0, ...v };
}
