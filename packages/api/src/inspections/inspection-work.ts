import {
  buildChecklist,
  type ConcludeInput,
  checklistItemCodes,
  formatViDate,
  missingFindings,
  type RecordFindingInput,
  type SetTeamInput,
  transition,
} from "@par/domain";
import type { Request } from "../access/request";
import { audited } from "../db/audit.repository";
import { insertConclusion, insertRecommendations } from "../db/conclusion.repository";
import type { Db } from "../db/database";
import { listFindings, upsertFinding } from "../db/finding.repository";
import type { InspectionListRow } from "../db/inspection.repository";
import { updateInspection } from "../db/inspection.repository";
import { listTeams, replaceTeam } from "../db/team.repository";
import { findUnits } from "../db/unit.repository";
import { findUsers } from "../db/user-lookup.repository";
import { fail } from "../errors";
import { assertMayAct, forChange, INSPECTION_ENTITY, notEditable, readerOf } from "./inspection-commands";
import { recordHiddenClashes } from "./schedule-conflicts";
import { scheduleVerdicts, teamKey } from "./schedule-verdicts";
import { templateOf } from "./viewer";

function checklistOf(row: InspectionListRow) {
  return buildChecklist(templateOf(row.template_id), row.areas, row.follow_up, row.year);
}

/** The team of an inspection, replaced as a whole: members from several bodies, one leader (R7 joint teams). */
export async function setTeam(q: Request, input: SetTeamInput) {
  return audited(q.db, q.actor, async (trx) => {
    const { row, template, viewer } = await forChange(q, trx, input.inspectionId, "inspectionId");
    assertMayAct(row, viewer);
    if (["concluded", "closed", "cancelled"].includes(row.status)) {
      notEditable(row, { vi: "đổi thành phần đoàn", en: "change the team" }, "inspectionId");
    }
    const unitIds = input.members.flatMap((m) => (m.unitId ? [m.unitId] : []));
    const userIds = input.members.flatMap((m) => (m.userId ? [m.userId] : []));
    if ((await findUnits(trx, unitIds)).length !== new Set(unitIds).size) {
      fail("TEAM.MEMBER_UNKNOWN", "Thành viên đoàn: đơn vị không tồn tại / Members: unknown unit", "members");
    }
    if ((await findUsers(trx, userIds)).length !== new Set(userIds).size) {
      fail(
        "TEAM.MEMBER_UNKNOWN",
        "Thành viên đoàn: người dùng không tồn tại / Members: unknown user",
        "members",
      );
    }
    // One inspection per member per day (R4), judged only against the inspections the actor may see
    // (R5): a member booked on a hidden surprise is recorded as a conflict, not refused.
    const verdicts = await scheduleVerdicts(readerOf(q, trx), template, row.year, {
      id: row.id,
      targetUnitId: row.target_unit_id,
      form: row.form,
      leadBody: row.lead_body,
      startDate: row.start_date,
      endDate: row.end_date,
      noticeDate: row.notice_date,
      teamKeys: input.members.map(teamKey),
    });
    const busy = verdicts.errors.find((e) => e.code === "SCHEDULE.TEAM_BUSY");
    if (busy) fail(busy.code, busy.message, "members");
    const before = (await listTeams(trx, [row.id])).map(toTeamDto);
    const after = (
      await replaceTeam(
        trx,
        row.id,
        input.members.map((m) => ({
          name: m.name,
          body: m.body,
          unitId: m.unitId ?? null,
          userId: m.userId ?? null,
          role: m.role,
        })),
      )
    ).map(toTeamDto);
    await updateInspection(trx, row.id, { updated_at: q.now });
    await recordHiddenClashes(q, trx, row.id, verdicts.hidden);
    return {
      result: after,
      audit: {
        action: "set_team",
        entity: INSPECTION_ENTITY,
        entityId: row.id,
        unitId: row.target_unit_id,
        before,
        after,
      },
    };
  });
}

export interface TeamMemberDto {
  id: number;
  name: string;
  body: string;
  unitId: number | null;
  userId: number | null;
  role: "leader" | "member";
}

export function toTeamDto(m: {
  id: number;
  name: string;
  body: string;
  unit_id: number | null;
  user_id: number | null;
  role: "leader" | "member";
}): TeamMemberDto {
  return { id: m.id, name: m.name, body: m.body, unitId: m.unit_id, userId: m.user_id, role: m.role };
}

async function ratedCodes(db: Db, id: number): Promise<string[]> {
  return (await listFindings(db, id)).map((f) => f.item_code);
}

/**
 * A finding per checklist item (rating and note), recorded while the team works. When the last item of
 * the checklist is rated the inspection moves to findings_recorded; ratings may still be corrected then.
 */
export async function recordFinding(q: Request, input: RecordFindingInput) {
  return audited(q.db, q.actor, async (trx) => {
    const { row, viewer } = await forChange(q, trx, input.inspectionId, "inspectionId");
    assertMayAct(row, viewer);
    if (row.status !== "in_progress" && row.status !== "findings_recorded") {
      notEditable(row, { vi: "ghi kết quả kiểm tra", en: "record findings" }, "inspectionId");
    }
    const checklist = checklistOf(row);
    const codes = checklistItemCodes(checklist);
    if (!codes.includes(input.itemCode)) {
      fail(
        "INSPECTION.ITEM_NOT_IN_CHECKLIST",
        `Mã nội dung "${input.itemCode}" không thuộc nội dung kiểm tra của cuộc này (${codes.join(", ")}) / Item code "${input.itemCode}" is not in this inspection's checklist (${codes.join(", ")})`,
        "itemCode",
      );
    }
    const { before, after } = await upsertFinding(trx, {
      inspectionId: row.id,
      itemCode: input.itemCode,
      rating: input.rating,
      note: input.note,
      by: q.user.userId,
      at: q.now,
    });
    let status = row.status;
    if (status === "in_progress" && missingFindings(checklist, await ratedCodes(trx, row.id)).length === 0) {
      const step = transition(
        { form: row.form, status, leadBody: row.lead_body, noticeDate: row.notice_date },
        "findings_recorded",
        viewer,
      );
      if (!step.ok) fail(step.code, step.message);
      status = "findings_recorded";
    }
    await updateInspection(trx, row.id, { status, updated_at: q.now });
    const dto = (f: typeof after) => ({ itemCode: f.item_code, rating: f.rating, note: f.note });
    const result = {
      finding: dto(after),
      status,
      missing: missingFindings(checklist, await ratedCodes(trx, row.id)),
    };
    return {
      result,
      audit: {
        action: "record_finding",
        entity: INSPECTION_ENTITY,
        entityId: row.id,
        unitId: row.target_unit_id,
        before: before ? { finding: dto(before), status: row.status } : { finding: null, status: row.status },
        after: { finding: result.finding, status },
      },
    };
  });
}

/** The conclusion (kết luận) with its recommendations and deadlines; the unit then answers each. */
export async function concludeInspection(q: Request, input: ConcludeInput) {
  return audited(q.db, q.actor, async (trx) => {
    const { row, viewer } = await forChange(q, trx, input.inspectionId, "inspectionId");
    assertMayAct(row, viewer);
    if (row.status === "in_progress") {
      const missing = missingFindings(checklistOf(row), await ratedCodes(trx, row.id));
      fail(
        "INSPECTION.FINDINGS_INCOMPLETE",
        `Chưa thể kết luận: còn ${missing.length} nội dung chưa đánh giá (${missing.join(", ")}) / Cannot conclude yet: ${missing.length} checklist item(s) not rated (${missing.join(", ")})`,
        "inspectionId",
      );
    }
    const step = transition(
      { form: row.form, status: row.status, leadBody: row.lead_body, noticeDate: row.notice_date },
      "concluded",
      viewer,
    );
    if (!step.ok) fail(step.code, step.message, "inspectionId");
    if (input.date < row.start_date) {
      fail(
        "INSPECTION.CONCLUSION_DATE",
        `Ngày kết luận ${formatViDate(input.date)} trước ngày bắt đầu kiểm tra ${formatViDate(row.start_date)} / Conclusion date ${formatViDate(input.date)} is before the start ${formatViDate(row.start_date)}`,
        "date",
      );
    }
    const conclusion = await insertConclusion(trx, {
      inspectionId: row.id,
      number: input.number,
      date: input.date,
      summary: input.summary,
      by: q.user.userId,
      at: q.now,
    });
    const recs = await insertRecommendations(
      trx,
      { inspectionId: row.id, conclusionId: conclusion.id, unitId: row.target_unit_id },
      input.recommendations,
    );
    await updateInspection(trx, row.id, { status: "concluded", updated_at: q.now });
    const after = {
      status: "concluded" as const,
      conclusion: {
        id: conclusion.id,
        number: conclusion.number,
        date: conclusion.date,
        summary: conclusion.summary,
      },
      recommendations: recs.map((r) => ({ id: r.id, text: r.text, deadline: r.deadline, status: r.status })),
    };
    return {
      result: after,
      audit: {
        action: "conclude",
        entity: INSPECTION_ENTITY,
        entityId: row.id,
        unitId: row.target_unit_id,
        before: { status: row.status },
        after,
      },
    };
  });
}
