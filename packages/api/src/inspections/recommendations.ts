import {
  answerAwaitsUnit,
  canOnUnit,
  checkEvidenceOwnership,
  checkFollowUpOpen,
  formatViDate,
  type ListRecommendationsInput,
  mayRespond,
  type Page,
  type RecommendationResponseInput,
  sendsDirectly,
  type VerifyRecommendationInput,
} from "@par/domain";
import type { Request } from "../access/request";
import { assertCanOnUnit } from "../access/unit-access";
import { audited } from "../db/audit.repository";
import {
  listRecommendationRows,
  lockRecommendation,
  type RecommendationListRow,
  updateRecommendation,
} from "../db/conclusion.repository";
import type { Db } from "../db/database";
import { evidenceIdsOf } from "../db/evidence.repository";
import { startCursor } from "../db/inspection-cursor";
import { toPage } from "../db/keyset";
import { countRecommendationRows, pageRecommendationRows } from "../db/recommendation-page.repository";
import { ancestorPath, findUnit } from "../db/unit.repository";
import { hasActiveHead } from "../db/unit-head.repository";
import { fail, unwrap } from "../errors";
import { notifyProvince } from "../notifications/province-notifications";
import { unsentResponseShield } from "../responses/unsent-responses";
import { vietnamDate } from "../time";
import { visibilityOf } from "./inspection-access";
import { type RecommendationDto, toRecommendationDto } from "./inspection-dto";

const ENTITY = "recommendation";
const reader = (q: Request, db: Db = q.db) => ({ db, user: q.user, now: q.now });

/**
 * recommendations.list: one keyset page of the recommendations of inspections the caller may see
 * (scope and R5 in the query), filtered by unit (its subtree), status, conclusion year and overdue,
 * in deadline order either way; with the filtered count on the first page when asked (withTotal).
 */
export async function listRecommendations(
  q: Request,
  f: ListRecommendationsInput,
): Promise<Page<RecommendationDto>> {
  if (f.unitId !== undefined) {
    if (!(await findUnit(q.db, f.unitId)))
      fail("UNIT.NOT_FOUND", "Không tìm thấy đơn vị / Unit not found", "unitId");
    await assertCanOnUnit(q.db, q.user, "inspections.read", f.unitId);
  }
  const cursor = startCursor(f.cursor);
  const today = vietnamDate(q.now);
  const filter = {
    visibleTo: await visibilityOf(reader(q)),
    today,
    ...(f.unitId !== undefined ? { subtreeOf: f.unitId } : {}),
    ...(f.status ? { status: f.status } : {}),
    ...(f.year !== undefined ? { year: f.year } : {}),
    ...(f.overdue !== undefined ? { overdue: f.overdue } : {}),
  };
  const rows = await pageRecommendationRows(q.db, {
    ...filter,
    sort: f.sort,
    ...(cursor ? { after: { deadline: cursor.startDate, id: cursor.id } } : {}),
    limit: f.limit + 1,
  });
  const total = cursor || !f.withTotal ? undefined : await countRecommendationRows(q.db, filter);
  const shield = await unsentResponseShield(q.db, q.user, rows);
  return toPage(
    rows,
    f.limit,
    (r) => [r.deadline, r.id],
    (r) => shield(r, toRecommendationDto(r, today)),
    total,
  );
}

function notFound(): never {
  fail("RECOMMENDATION.NOT_FOUND", "Không tìm thấy kiến nghị / Recommendation not found", "recommendationId");
}

async function forChange(q: Request, db: Db, id: number): Promise<RecommendationListRow> {
  await lockRecommendation(db, id);
  // Scope and R5 in the query: an invisible recommendation is "not found", exactly like a missing one.
  const [row] = await listRecommendationRows(db, { id, visibleTo: await visibilityOf(reader(q, db)) });
  if (!row) notFound();
  return row;
}

async function dtoOf(db: Db, id: number, today: string): Promise<RecommendationDto> {
  const [row] = await listRecommendationRows(db, { id });
  return toRecommendationDto(row!, today);
}

/** The unit's answer (kết quả khắc phục) with evidence: only by an officer of that unit or above it. */
export async function respondToRecommendation(q: Request, input: RecommendationResponseInput) {
  return audited(q.db, q.actor, async (trx) => {
    const row = await forChange(q, trx, input.recommendationId);
    const path = await ancestorPath(trx, row.unit_id);
    if (!canOnUnit(q.user.assignments, "recommendations.respond", path)) {
      fail(
        "ACCESS.OUT_OF_SCOPE",
        "Kiến nghị này không gửi đơn vị của bạn / This recommendation is not addressed to your unit",
      );
    }
    unwrap(checkFollowUpOpen(row.inspection_status, "respond"), "recommendationId");
    if (!mayRespond(row.status)) {
      fail(
        "RECOMMENDATION.STATE",
        "Kiến nghị đã được xác minh là đã khắc phục / The recommendation is already verified as resolved",
        "recommendationId",
      );
    }
    const owned = await evidenceIdsOf(trx, row.inspection_id, input.evidenceFileIds);
    unwrap(checkEvidenceOwnership(input.evidenceFileIds, owned), "evidenceFileIds");
    const today = vietnamDate(q.now);
    const before = toRecommendationDto(row, today);
    // Where no head account can sign, the answer goes out directly, signed by the clerk (gửi thẳng).
    const direct = sendsDirectly("submit", { unitHasHead: await hasActiveHead(trx, path) });
    const signed = { submitted_by: q.user.userId, submitted_at: q.now };
    await updateRecommendation(trx, row.id, {
      ...(direct ? { ...signed, approved_by: q.user.userId, approved_at: q.now } : {}),
      status: "responded",
      response: input.response,
      evidence: JSON.stringify(input.evidenceFileIds),
      responded_on: today,
      responded_by: q.user.userId,
      // The one-step answer enters the portal's loop as submitted: the unit's head still approves it
      // before it goes out (issue 9 §5); the province's own verification is unchanged.
      review_state: direct ? "approved" : "submitted",
    });
    if (direct) {
      await notifyProvince(trx, {
        kind: "response_submitted",
        unitId: row.unit_id,
        itemId: row.id,
        subject: row.text,
        dueDate: row.deadline,
        sentAt: q.now,
      });
    }
    const after = await dtoOf(trx, row.id, today);
    return {
      result: after,
      audit: {
        action: direct ? "respond_direct" : "respond",
        entity: ENTITY,
        entityId: row.id,
        unitId: row.unit_id,
        before,
        after,
      },
    };
  });
}

/** The province checks the remedy (xác minh): resolved, or not resolved and owed again. */
export async function verifyRecommendation(q: Request, input: VerifyRecommendationInput) {
  return audited(q.db, q.actor, async (trx) => {
    const row = await forChange(q, trx, input.recommendationId);
    const path = await ancestorPath(trx, row.unit_id);
    if (!canOnUnit(q.user.assignments, "recommendations.verify", path)) {
      fail("ACCESS.OUT_OF_SCOPE", "Đơn vị nằm ngoài phạm vi của bạn / This unit is outside your scope");
    }
    unwrap(checkFollowUpOpen(row.inspection_status, "verify"), "recommendationId");
    // An answer the unit has not sent out is the unit's: nothing to verify on yet, and its text stays out
    // of the message (issue 9 §5).
    if (answerAwaitsUnit(row.review_state, row.approved_at !== null)) {
      fail(
        "RECOMMENDATION.ANSWER_NOT_SENT",
        "Kiến nghị: câu trả lời của đơn vị chưa được gửi (đang soạn hoặc chờ lãnh đạo đơn vị ký), chưa thể xác minh / Recommendation: the unit's answer has not been sent yet (being drafted or awaiting the unit head's signature), so it cannot be verified yet",
        "recommendationId",
      );
    }
    if (row.status === "resolved") {
      fail(
        "RECOMMENDATION.STATE",
        "Kiến nghị đã được xác minh là đã khắc phục / The recommendation is already verified as resolved",
        "recommendationId",
      );
    }
    const today = vietnamDate(q.now);
    if (input.verifiedOn < row.conclusion_date || input.verifiedOn > today) {
      fail(
        "RECOMMENDATION.DATE",
        `Ngày xác minh phải từ ngày kết luận ${formatViDate(row.conclusion_date)} đến hôm nay / Verification date must be between the conclusion date ${formatViDate(row.conclusion_date)} and today`,
        "verifiedOn",
      );
    }
    const before = toRecommendationDto(row, today);
    await updateRecommendation(trx, row.id, {
      status: input.verdict,
      verdict: input.verdict,
      verified_on: input.verifiedOn,
      verification_note: input.note,
      verified_by: q.user.userId,
      // The portal's review loop reads the same decision: resolved is accepted, not resolved comes back.
      review_state: input.verdict === "resolved" ? "accepted" : "returned",
    });
    const after = await dtoOf(trx, row.id, today);
    return {
      result: after,
      audit: { action: "verify", entity: ENTITY, entityId: row.id, unitId: row.unit_id, before, after },
    };
  });
}
