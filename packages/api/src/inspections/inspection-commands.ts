import {
  buildChecklist,
  checkAgainstTemplate,
  INSPECTION_STATUS_LABELS,
  type InspectionStatus,
  isOpenRecommendation,
  isValidOn,
  mayActOn,
  type NewInspectionInput,
  type OpenRecommendation,
  RECOMMENDATION_STATUSES,
  type ScheduleInput,
  tierOfKind,
  transition,
  type Viewer,
} from "@par/domain";
import { provinceOf } from "../access/province";
import type { Request } from "../access/request";
import { audited } from "../db/audit.repository";
import { listRecommendationRows } from "../db/conclusion.repository";
import type { Db } from "../db/database";
import { openEarlierRecommendations } from "../db/history.repository";
import {
  findInspectionRow,
  type InspectionListRow,
  insertInspection,
  lockInspection,
  updateInspection,
} from "../db/inspection.repository";
import { findPlan } from "../db/plan.repository";
import { lineageOf } from "../db/succession.repository";
import { listTeams } from "../db/team.repository";
import { findUnit } from "../db/unit.repository";
import { lockUnitForScheduling } from "../db/unit-tree.repository";
import { fail } from "../errors";
import { notifyNotice } from "../notifications/notice-notifications";
import { vietnamDate } from "../time";
import { readInspection } from "./inspection-access";
import { type InspectionSummary, toInspectionSummary } from "./inspection-dto";
import { resolveLeadBody } from "./lead-body";
import { recordHiddenClashes } from "./schedule-conflicts";
import {
  refuseOnErrors,
  type ScheduleVerdicts,
  scheduleVerdicts,
  teamKey,
  type Verdict,
} from "./schedule-verdicts";
import { templateOf, viewerOf } from "./viewer";

export const INSPECTION_ENTITY = "inspection";

const TEMPLATE_FIELD = {
  "INSPECTION.FORM_NOT_IN_TEMPLATE": "form",
  "INSPECTION.UNKNOWN_AREA": "areas",
  "INSPECTION.UNKNOWN_FIELD": "fields",
  "INSPECTION.UNKNOWN_LEAD_BODY": "leadBody",
} as const;

export interface ScheduledResult {
  inspection: InspectionSummary;
  /** Same-year overlap with another lead body (R7): saved, with a joint team proposed. */
  warnings: Verdict[];
  jointTeam: ScheduleVerdicts["jointTeam"];
}

export const readerOf = (q: Request, db: Db = q.db) => ({ db, user: q.user, now: q.now });

export async function summaryOf(db: Db, id: number): Promise<InspectionSummary> {
  const row = await findInspectionRow(db, id);
  if (!row) throw new Error(`inspection ${id} vanished`);
  const leader = (await listTeams(db, [id])).find((m) => m.role === "leader");
  return toInspectionSummary(row, leader?.name ?? null);
}

/** The unit's recommendations still open from conclusions of earlier years, this system's and imported ones (R10). */
export async function openRecommendationsBefore(
  db: Db,
  unitId: number,
  year: number,
): Promise<OpenRecommendation[]> {
  const rows = await listRecommendationRows(db, {
    // Its predecessors' too: history follows the successor of a merge or split.
    unitIds: (await lineageOf(db, [unitId])).map((l) => l.ancestorId),
    statuses: RECOMMENDATION_STATUSES.filter(isOpenRecommendation),
    beforeYear: year,
  });
  const here = rows.map(
    (r): OpenRecommendation => ({
      id: r.id,
      text: r.text,
      deadline: r.deadline,
      conclusionYear: r.year,
      conclusionNumber: r.conclusion_number,
      source: "inspection",
    }),
  );
  // II.5: conclusions of other competent bodies (imported) are followed up the same way.
  return [...here, ...(await openEarlierRecommendations(db, unitId, year))];
}

/** Plan, target, template codes, lead body, window, overlap: then the draft row and its audit entry. */
export async function createInspection(
  q: Request,
  input: NewInspectionInput,
  opts: { tentative?: boolean } = {},
): Promise<ScheduledResult & { checklistNote: string | null }> {
  return audited(q.db, q.actor, async (trx) => {
    const plan = await findPlan(trx, input.planId);
    // Another province's plan is not there for this caller (issue 8 §3).
    if (!plan || plan.province_id !== provinceOf(q.user))
      fail("PLAN.NOT_FOUND", "Không tìm thấy kế hoạch / Plan not found", "planId");
    const template = templateOf(plan.template_id);
    const target = await findUnit(trx, input.targetUnitId);
    if (!target || target.province_id !== plan.province_id)
      fail("UNIT.NOT_FOUND", "Không tìm thấy đơn vị / Unit not found", "targetUnitId");
    if (tierOfKind(target.kind) === null) {
      fail(
        "INSPECTION.TARGET_KIND",
        `Đơn vị được kiểm tra: "${target.name}" không thuộc đối tượng kiểm tra của tỉnh (sở, ban, ngành; UBND cấp huyện; UBND cấp xã) / Inspected unit: "${target.name}" is not a department, district or commune`,
        "targetUnitId",
      );
    }
    if (!isValidOn({ validFrom: target.valid_from, validTo: target.valid_to }, input.startDate)) {
      fail(
        "INSPECTION.TARGET_NOT_VALID",
        `Đơn vị được kiểm tra: "${target.name}" không còn hiệu lực vào ngày bắt đầu / Inspected unit: "${target.name}" is not valid on the start date`,
        "targetUnitId",
      );
    }
    await lockUnitForScheduling(trx, target.id);
    const viewer = await viewerOf(trx, q.user, template);
    const { leadBody, fields } = resolveLeadBody(viewer, template, input.leadBody, input.fields);
    const conformance = checkAgainstTemplate(template, {
      form: input.form,
      areas: input.areas,
      fields,
      leadBody,
    });
    if (!conformance.ok)
      fail(
        conformance.code,
        conformance.message,
        TEMPLATE_FIELD[conformance.code as keyof typeof TEMPLATE_FIELD],
      );

    const noticeDate = input.noticeDate ?? null;
    const verdicts = await scheduleVerdicts(readerOf(q, trx), template, plan.year, {
      targetUnitId: target.id,
      form: input.form,
      leadBody,
      startDate: input.startDate,
      endDate: input.endDate,
      noticeDate,
      teamKeys: [],
    });
    refuseOnErrors(verdicts);
    const followUp = await openRecommendationsBefore(trx, target.id, plan.year);
    const row = await insertInspection(trx, {
      plan_id: plan.id,
      target_unit_id: target.id,
      form: input.form,
      status: "draft",
      lead_body: leadBody,
      areas: JSON.stringify(input.areas),
      fields: JSON.stringify(fields),
      follow_up: JSON.stringify(followUp),
      start_date: input.startDate,
      end_date: input.endDate,
      notice_date: noticeDate,
      tentative: opts.tentative ?? false,
      created_by: q.user.userId,
      created_at: q.now,
      updated_at: q.now,
    });
    await recordHiddenClashes(q, trx, row.id, verdicts.hidden);
    const inspection = await summaryOf(trx, row.id);
    const note = buildChecklist(template, input.areas, followUp, plan.year).note;
    return {
      result: {
        inspection,
        warnings: verdicts.warnings,
        jointTeam: verdicts.jointTeam,
        checklistNote: note ? `${note.vi} / ${note.en}` : null,
      },
      audit: {
        action: "create",
        entity: INSPECTION_ENTITY,
        entityId: row.id,
        unitId: target.id,
        before: null,
        after: inspection,
      },
    };
  });
}

/** The inspection for a change: visible to the actor (else "not found"), locked, with its viewer. */
export async function forChange(q: Request, db: Db, id: number, field = "id") {
  await lockInspection(db, id);
  const row = await readInspection(readerOf(q, db), id, field);
  const template = templateOf(row.template_id);
  const viewer = await viewerOf(db, q.user, template);
  return { row, template, viewer };
}

export function notEditable(row: InspectionListRow, what: { vi: string; en: string }, field = "id"): never {
  fail(
    "INSPECTION.NOT_EDITABLE",
    `Không thể ${what.vi} khi cuộc kiểm tra đang ở trạng thái "${INSPECTION_STATUS_LABELS[row.status].vi}" / Cannot ${what.en} while the inspection is "${INSPECTION_STATUS_LABELS[row.status].en}"`,
    field,
  );
}

/** R8: only the two provincial leads, and a sector department on its own inspections, change one. */
export function assertMayAct(row: InspectionListRow, viewer: Viewer): void {
  if (!mayActOn(viewer, row.lead_body)) {
    fail(
      "INSPECTION.TRANSITION_FORBIDDEN",
      "Bạn không có quyền thay đổi cuộc kiểm tra này / You may not change this inspection",
    );
  }
}

export async function teamKeysOf(db: Db, id: number): Promise<string[]> {
  return (await listTeams(db, [id])).map(teamKey);
}

/** New dates (and notice date) for a draft or scheduled inspection; returns the overlap warnings (R7). */
export async function rescheduleInspection(q: Request, input: ScheduleInput): Promise<ScheduledResult> {
  return audited(q.db, q.actor, async (trx) => {
    const { row, template, viewer } = await forChange(q, trx, input.inspectionId, "inspectionId");
    assertMayAct(row, viewer);
    if (row.status !== "draft" && row.status !== "scheduled") {
      notEditable(row, { vi: "đổi lịch", en: "reschedule" }, "inspectionId");
    }
    await lockUnitForScheduling(trx, row.target_unit_id);
    const noticeDate = input.noticeDate === undefined ? row.notice_date : input.noticeDate;
    const verdicts = await scheduleVerdicts(readerOf(q, trx), template, row.year, {
      id: row.id,
      targetUnitId: row.target_unit_id,
      form: row.form,
      leadBody: row.lead_body,
      startDate: input.startDate,
      endDate: input.endDate,
      noticeDate,
      teamKeys: await teamKeysOf(trx, row.id),
    });
    refuseOnErrors(verdicts);
    const before = await summaryOf(trx, row.id);
    await updateInspection(trx, row.id, {
      start_date: input.startDate,
      end_date: input.endDate,
      notice_date: noticeDate,
      tentative: false,
      updated_at: q.now,
    });
    await recordHiddenClashes(q, trx, row.id, verdicts.hidden);
    const inspection = await summaryOf(trx, row.id);
    return {
      result: { inspection, warnings: verdicts.warnings, jointTeam: verdicts.jointTeam },
      audit: {
        action: "reschedule",
        entity: INSPECTION_ENTITY,
        entityId: row.id,
        unitId: row.target_unit_id,
        before,
        after: inspection,
      },
    };
  });
}

/**
 * One lifecycle step (R8): the domain's transition decides whether it is legal and who may make it;
 * `check` adds the step's own conditions, `patch` its own columns.
 */
export async function moveInspection(
  q: Request,
  id: number,
  to: InspectionStatus,
  opts: {
    action: string;
    check?: (row: InspectionListRow, verdicts: () => Promise<ScheduleVerdicts>) => Promise<void> | void;
    patch?: (row: InspectionListRow) => {
      notice_date?: string | null;
      cancel_reason?: string;
      tentative?: boolean;
    };
    /** More writes of the same step, in its transaction (notifications). */
    after?: (trx: Db, row: InspectionListRow) => Promise<void>;
  },
): Promise<ScheduledResult> {
  return audited(q.db, q.actor, async (trx) => {
    const { row, template, viewer } = await forChange(q, trx, id);
    const patch = opts.patch?.(row) ?? {};
    const facts = {
      ...row,
      notice_date: patch.notice_date === undefined ? row.notice_date : patch.notice_date,
    };
    const step = transition(
      { form: facts.form, status: facts.status, leadBody: facts.lead_body, noticeDate: facts.notice_date },
      to,
      viewer,
    );
    if (!step.ok)
      fail(step.code, step.message, step.code === "INSPECTION.NOTICE_MISSING" ? "noticeDate" : undefined);
    let verdicts: ScheduleVerdicts | null = null;
    const getVerdicts = async () => {
      verdicts ??= await scheduleVerdicts(readerOf(q, trx), template, row.year, {
        id: row.id,
        targetUnitId: row.target_unit_id,
        form: row.form,
        leadBody: row.lead_body,
        startDate: row.start_date,
        endDate: row.end_date,
        noticeDate: facts.notice_date,
        teamKeys: await teamKeysOf(trx, row.id),
      });
      return verdicts;
    };
    await opts.check?.(facts, getVerdicts);
    const before = await summaryOf(trx, row.id);
    await updateInspection(trx, row.id, { ...patch, status: to, updated_at: q.now });
    const v = verdicts as ScheduleVerdicts | null;
    if (v) await recordHiddenClashes(q, trx, row.id, v.hidden);
    await opts.after?.(trx, row);
    const inspection = await summaryOf(trx, row.id);
    return {
      result: { inspection, warnings: v?.warnings ?? [], jointTeam: v?.jointTeam ?? null },
      audit: {
        action: opts.action,
        entity: INSPECTION_ENTITY,
        entityId: row.id,
        unitId: row.target_unit_id,
        before,
        after: inspection,
      },
    };
  });
}

/** draft → scheduled: the window is checked again (team, holidays, overlap) and the dates become firm. */
export const scheduleInspection = (q: Request, id: number) =>
  moveInspection(q, id, "scheduled", {
    action: "schedule",
    check: async (_row, verdicts) => refuseOnErrors(await verdicts()),
    patch: () => ({ tentative: false }),
  });

/** scheduled → notified (announced only): the notice date, given now or before, must be early enough. */
export const notifyInspection = (q: Request, id: number, noticeDate: string | undefined) =>
  moveInspection(q, id, "notified", {
    action: "notify",
    check: async (_row, verdicts) => refuseOnErrors(await verdicts()),
    patch: () => (noticeDate === undefined ? {} : { notice_date: noticeDate }),
    // The unit learns of an announced inspection from its notice, never earlier (R5): only now does
    // its inbox get the notice and the request for its self-check report.
    after: (trx, row) => notifyNotice(trx, row),
  });

/** → in_progress: the team is at the unit. Not before the start date (a surprise becomes visible then, R5). */
export const startInspection = (q: Request, id: number) =>
  moveInspection(q, id, "in_progress", {
    action: "start",
    check: (row) => {
      const today = vietnamDate(q.now);
      if (row.start_date > today) {
        const d = `${row.start_date.slice(8, 10)}/${row.start_date.slice(5, 7)}/${row.start_date.slice(0, 4)}`;
        fail(
          "INSPECTION.START_BEFORE_DATE",
          `Chưa đến ngày bắt đầu kiểm tra (${d}) / The inspection starts on ${d}, not before`,
        );
      }
    },
  });

export const closeInspection = (q: Request, id: number) =>
  moveInspection(q, id, "closed", { action: "close" });

export const cancelInspection = (q: Request, id: number, reason: string) =>
  moveInspection(q, id, "cancelled", { action: "cancel", patch: () => ({ cancel_reason: reason }) });
