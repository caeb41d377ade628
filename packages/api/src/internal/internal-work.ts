import {
  addDays,
  formatViDate,
  INTERNAL_CHECKLIST,
  type InternalConcludeInput,
  type InternalFindingInput,
  type InternalNearbyInput,
  type InternalRecommendationCloseInput,
  type InternalTeamInput,
  isOverdue,
  NEARBY_DAYS,
  nearbyWarning,
  RATING_LABELS,
} from "@par/domain";
import type { Request } from "../access/request";
import { assertCanOnUnit } from "../access/unit-access";
import { audited } from "../db/audit.repository";
import { overseersOf } from "../db/field-oversight.repository";
import { listInternalRows, updateInternal } from "../db/internal.repository";
import {
  closeRecommendationRow,
  evidenceOf,
  findingsOf,
  findRecommendation,
  insertRecommendations,
  openRecommendationCount,
  recommendationsOf,
  replaceTeam,
  teamOf,
  upsertFinding,
} from "../db/internal-work.repository";
import { findUnit } from "../db/unit.repository";
import { fail } from "../errors";
import { readInspections } from "../inspections/inspection-access";
import { vietnamDate } from "../time";
import {
  assertStatus,
  maySeeInternalFiles,
  ownInspectingUnits,
  readableInternal,
  writableInternal,
} from "./internal-access";
import { toDto } from "./internal-inspections";

const ENTITY = "internal_inspection";

/** internal.detail: one internal inspection with its team, a finding slot per checklist item, recommendations and files. */
export async function internalDetail(q: Request, id: number) {
  const row = await readableInternal(q, id);
  const [team, findings, recs, files] = await Promise.all([
    teamOf(q.db, id),
    findingsOf(q.db, id),
    recommendationsOf(q.db, id),
    // Files of work in progress are the inspecting unit's alone (as their downloads are).
    maySeeInternalFiles(q, q.db, row).then((may) => (may ? evidenceOf(q.db, id) : [])),
  ]);
  const today = vietnamDate(q.now);
  const byItem = new Map(findings.map((f) => [f.item_code, f]));
  return {
    ...toDto(row),
    team: team.map((m) => ({ name: m.name, position: m.position, role: m.role })),
    checklist: INTERNAL_CHECKLIST.map((item) => {
      const f = byItem.get(item.code);
      return {
        code: item.code,
        vi: item.vi,
        en: item.en,
        rating: f?.rating ?? null,
        ratingLabel: f ? RATING_LABELS[f.rating] : null,
        note: f?.note ?? "",
        files: files
          .filter((e) => e.item_code === item.code)
          .map((e) => ({
            id: e.id,
            fileName: e.file_name,
            contentType: e.content_type,
            size: e.size_bytes,
            url: `/files/internal-evidence/${e.id}`,
          })),
      };
    }),
    recommendations: recs.map((r) => ({
      id: r.id,
      text: r.text,
      deadline: r.deadline,
      status: r.status,
      doneOn: r.done_on,
      outcome: r.outcome,
      overdue: isOverdue(r, today),
    })),
    documents: {
      decision: row.decision_number ? `/files/docs/internal/${id}/decision.docx` : null,
      minutes: row.status !== "planned" ? `/files/docs/internal/${id}/minutes.docx` : null,
      conclusion: row.notice_number ? `/files/docs/internal/${id}/conclusion.docx` : null,
    },
  };
}

/**
 * internal.nearby: visits to the target near the window — the province's and other bodies' inspections
 * the caller may see (the shared R5 predicate: a surprise not started is never among them) and the
 * caller's own other internal checks of that unit.
 */
export async function internalNearby(q: Request, input: InternalNearbyInput) {
  const target = await findUnit(q.db, input.targetUnitId);
  if (!target) fail("UNIT.NOT_FOUND", "Không tìm thấy đơn vị / Unit not found", "targetUnitId");
  // In the caller's tree, or in the field of the caller's department (the units it may inspect).
  const mine = new Set(ownInspectingUnits(q));
  if (!(await overseersOf(q.db, target.id)).some((d) => mine.has(d)))
    await assertCanOnUnit(q.db, q.user, "internal.read", target.id);
  const from = addDays(input.startDate, -NEARBY_DAYS);
  const to = addDays(input.endDate, NEARBY_DAYS);
  const [province, own] = await Promise.all([
    readInspections(q, { unitIds: [target.id], from, to, limit: 20 }),
    listInternalRows(q.db, {
      parentIds: ownInspectingUnits(q),
      targetUnitId: target.id,
      from,
      to,
      limit: 20,
    }),
  ]);
  const visits = [
    ...province
      .filter((i) => i.status !== "cancelled" && (i.form === "announced" || i.form === "surprise"))
      .map((i) => ({
        startDate: i.start_date,
        endDate: i.end_date,
        byVi: "Đoàn kiểm tra của tỉnh",
        byEn: "Province team",
      })),
    ...own.map((r) => ({
      startDate: r.start_date,
      endDate: r.end_date,
      byVi: `Kiểm tra nội bộ của ${r.parent_name}`,
      byEn: `Internal check by ${r.parent_name}`,
    })),
  ];
  return { warning: nearbyWarning(input, visits) };
}

/** internal.setTeam: the decision forming the internal team and its members (while planned). */
export async function setInternalTeam(q: Request, input: InternalTeamInput) {
  return audited(q.db, q.actor, async (trx) => {
    const row = await writableInternal(q, trx, input.id);
    assertStatus(row, ["planned"], { vi: "đổi đoàn kiểm tra", en: "change the team" });
    if (input.decisionDate > row.start_date) {
      fail(
        "INTERNAL.DATE",
        `Ngày quyết định ${formatViDate(input.decisionDate)} phải không sau ngày bắt đầu ${formatViDate(row.start_date)} / Decision date ${formatViDate(input.decisionDate)} must not be after the start ${formatViDate(row.start_date)}`,
        "decisionDate",
      );
    }
    const before = { ...toDto(row), team: await teamOf(trx, row.id) };
    await replaceTeam(trx, row.id, input.members);
    await updateInternal(trx, row.id, {
      decision_number: input.decisionNumber,
      decision_date: input.decisionDate,
      updated_at: q.now,
    });
    const after = await internalDetail({ ...q, db: trx }, row.id);
    return {
      result: after,
      audit: {
        action: "set_team",
        entity: ENTITY,
        entityId: row.id,
        unitId: row.target_unit_id,
        before,
        after,
      },
    };
  });
}

/** internal.saveFinding: the finding on one IV.4 ¶2 item (while planned, i.e. not concluded yet). */
export async function saveInternalFinding(q: Request, input: InternalFindingInput) {
  return audited(q.db, q.actor, async (trx) => {
    const row = await writableInternal(q, trx, input.id);
    assertStatus(row, ["planned"], { vi: "ghi nhận xét", en: "record findings" });
    const before = (await findingsOf(trx, row.id)).find((f) => f.item_code === input.itemCode) ?? null;
    await upsertFinding(trx, {
      internal_id: row.id,
      item_code: input.itemCode,
      rating: input.rating,
      note: input.note,
      updated_at: q.now,
    });
    const after = { internalId: row.id, itemCode: input.itemCode, rating: input.rating, note: input.note };
    return {
      result: after,
      audit: {
        action: "record_finding",
        entity: ENTITY,
        entityId: row.id,
        unitId: row.target_unit_id,
        before,
        after,
      },
    };
  });
}

/**
 * internal.conclude: the conclusion notice (number, date of the visit, summary) and its recommendations
 * with deadlines. Needs the team's decision and a finding on every checklist item; the inspection then
 * counts toward R9, and is closed at once when it carries no recommendation.
 */
export async function concludeInternal(q: Request, input: InternalConcludeInput) {
  return audited(q.db, q.actor, async (trx) => {
    const row = await writableInternal(q, trx, input.id);
    assertStatus(row, ["planned"], { vi: "kết luận", en: "conclude" });
    if (!row.decision_number) {
      fail(
        "INTERNAL.TEAM_MISSING",
        "Chưa có quyết định thành lập đoàn kiểm tra / The decision forming the team is missing",
        "id",
      );
    }
    const findings = await findingsOf(trx, row.id);
    const missing = INTERNAL_CHECKLIST.filter((i) => !findings.some((f) => f.item_code === i.code));
    if (missing.length > 0) {
      fail(
        "INTERNAL.FINDINGS_MISSING",
        `Chưa có nhận xét cho: ${missing.map((m) => m.vi).join("; ")} / Findings missing for: ${missing.map((m) => m.en).join("; ")}`,
        "id",
      );
    }
    const today = vietnamDate(q.now);
    if (
      input.conductedOn < row.start_date ||
      input.conductedOn > today ||
      Number(input.conductedOn.slice(0, 4)) !== row.year
    ) {
      fail(
        "INTERNAL.DATE",
        `Ngày kiểm tra ${formatViDate(input.conductedOn)} phải từ ngày bắt đầu ${formatViDate(row.start_date)} đến hôm nay, trong năm ${row.year} / Inspection date ${formatViDate(input.conductedOn)} must be from the start ${formatViDate(row.start_date)} to today, in ${row.year}`,
        "conductedOn",
      );
    }
    const early = input.recommendations.find((r) => r.deadline <= input.conductedOn);
    if (early) {
      fail(
        "INTERNAL.DEADLINE",
        `Hạn thực hiện kiến nghị ${formatViDate(early.deadline)} phải sau ngày kiểm tra ${formatViDate(input.conductedOn)} / Recommendation deadline ${formatViDate(early.deadline)} must be after the inspection date ${formatViDate(input.conductedOn)}`,
        "deadline",
      );
    }
    const before = toDto(row);
    await insertRecommendations(
      trx,
      input.recommendations.map((r) => ({
        internal_id: row.id,
        text: r.text,
        deadline: r.deadline,
        created_at: q.now,
      })),
    );
    await updateInternal(trx, row.id, {
      status: input.recommendations.length === 0 ? "closed" : "concluded",
      conducted_on: input.conductedOn,
      summary: input.summary,
      notice_number: input.noticeNumber,
      updated_at: q.now,
    });
    const after = await internalDetail({ ...q, db: trx }, row.id);
    return {
      result: after,
      audit: {
        action: "conclude",
        entity: ENTITY,
        entityId: row.id,
        unitId: row.target_unit_id,
        before,
        after,
      },
    };
  });
}

/** internal.closeRecommendation: a recommendation done; the inspection closes with its last one. */
export async function closeInternalRecommendation(q: Request, input: InternalRecommendationCloseInput) {
  return audited(q.db, q.actor, async (trx) => {
    const found = await findRecommendation(trx, input.id);
    const row = found ? await writableInternal(q, trx, found.internal_id).catch(() => undefined) : undefined;
    // Another unit's recommendation reads exactly like a missing one.
    if (!found || !row)
      fail("INTERNAL.RECOMMENDATION_NOT_FOUND", "Không tìm thấy kiến nghị / Recommendation not found", "id");
    const rec = (await findRecommendation(trx, input.id, true))!;
    if (rec.status === "done") {
      fail("INTERNAL.STATE", "Kiến nghị này đã hoàn thành / This recommendation is already done", "id");
    }
    if (input.doneOn < (row.conducted_on ?? row.start_date) || input.doneOn > vietnamDate(q.now)) {
      fail(
        "INTERNAL.DATE",
        `Ngày hoàn thành ${formatViDate(input.doneOn)} phải từ ngày kiểm tra đến hôm nay / Completion date ${formatViDate(input.doneOn)} must be from the inspection date to today`,
        "doneOn",
      );
    }
    await closeRecommendationRow(trx, rec.id, input.doneOn, input.note);
    if ((await openRecommendationCount(trx, row.id)) === 0) {
      await updateInternal(trx, row.id, { status: "closed", updated_at: q.now });
    }
    const after = { ...rec, status: "done", done_on: input.doneOn, outcome: input.note };
    return {
      result: after,
      audit: {
        action: "close_recommendation",
        entity: "internal_recommendation",
        entityId: rec.id,
        unitId: row.target_unit_id,
        before: rec,
        after,
      },
    };
  });
}
