import {
  applyReviewStep,
  checkEvidenceOwnership,
  checkFollowUpOpen,
  REVIEW_TRANSITIONS,
  type ResponseDraftInput,
  type ResponseReturnInput,
  type ReviewComment,
  type ReviewStep,
  sendsDirectly,
} from "@par/domain";
import type { Updateable } from "kysely";
import type { Request } from "../access/request";
import { audited } from "../db/audit.repository";
import { updateRecommendation } from "../db/conclusion.repository";
import type { Db, RecommendationsTable } from "../db/database";
import { evidenceIdsOf } from "../db/evidence.repository";
import { insertNotifications } from "../db/notification.repository";
import { findResponseRow, type ResponseRow } from "../db/response.repository";
import { ancestorPath } from "../db/unit.repository";
import { hasActiveHead } from "../db/unit-head.repository";
import { fail, unwrap } from "../errors";
import { visibilityOf } from "../inspections/inspection-access";
import { notifyProvince } from "../notifications/province-notifications";
import { vietnamDate } from "../time";
import { actorsOn } from "./response-actors";
import { type ResponseDto, reviewStateOf, toResponseDto } from "./response-dto";

const ENTITY = "recommendation_response";
type Patch = Updateable<RecommendationsTable>;

function notFound(): never {
  fail("RECOMMENDATION.NOT_FOUND", "Không tìm thấy kiến nghị / Recommendation not found", "recommendationId");
}

/** The recommendation, locked, if the caller may see it (scope and R5); "not found" otherwise, like a missing one. */
async function forStep(q: Request, db: Db, id: number): Promise<ResponseRow> {
  const row = await findResponseRow(db, id, await visibilityOf({ db, user: q.user, now: q.now }));
  if (!row) notFound();
  return row;
}

async function reload(
  q: Request,
  db: Db,
  id: number,
  path: readonly number[],
  unitHasHead: boolean,
): Promise<ResponseDto> {
  const row = await findResponseRow(db, id, await visibilityOf({ db, user: q.user, now: q.now }));
  return toResponseDto(row!, vietnamDate(q.now), actorsOn(q.user, path), unitHasHead);
}

/** What the head's signature writes; a direct send (no head account) writes the same, signed by the clerk. */
function goneOutPatch(q: Request, row: ResponseRow): Patch {
  return {
    approved_by: q.user.userId,
    approved_at: q.now,
    status: "responded",
    responded_on: vietnamDate(q.now),
    responded_by: row.submitted_by ?? q.user.userId,
  };
}

/**
 * One step of the review loop on a response, in one transaction with its audit row: the caller must
 * play the step's part on the recommendation's unit, the inspection must still be open for follow-up,
 * and the domain's state machine must allow the step; `patch` says what else the step writes.
 */
async function step(
  q: Request,
  recommendationId: number,
  s: ReviewStep,
  patch: (row: ResponseRow, trx: Db) => Promise<Patch> | Patch,
  commentCount = 0,
): Promise<ResponseDto> {
  return audited(q.db, q.actor, async (trx) => {
    const row = await forStep(q, trx, recommendationId);
    const path = await ancestorPath(trx, row.unit_id);
    const actor = REVIEW_TRANSITIONS[s].by;
    if (!actorsOn(q.user, path).includes(actor)) {
      fail(
        "ACCESS.OUT_OF_SCOPE",
        "Kiến nghị này không thuộc phạm vi của bạn / This recommendation is outside your scope",
      );
    }
    unwrap(
      checkFollowUpOpen(row.inspection_status, s === "save" || s === "submit" ? "respond" : "verify"),
      "recommendationId",
    );
    const unitHasHead = await hasActiveHead(trx, path);
    const before = toResponseDto(row, vietnamDate(q.now), actorsOn(q.user, path), unitHasHead);
    const ctx = { unitHasHead };
    const next = unwrap(applyReviewStep(reviewStateOf(row), s, actor, commentCount, ctx), "recommendationId");
    const direct = sendsDirectly(s, ctx);
    const written = await patch(row, trx);
    // No head to sign: the clerk's submission goes out as the head's approval would send it.
    await updateRecommendation(trx, row.id, {
      ...written,
      ...(direct ? goneOutPatch(q, { ...row, submitted_by: q.user.userId }) : {}),
      review_state: next,
    });
    // Gone out (the head signed, or the clerk sent directly): the province's verifiers are told.
    if (next === "approved") {
      await notifyProvince(trx, {
        kind: "response_submitted",
        unitId: row.unit_id,
        itemId: row.id,
        subject: row.text,
        dueDate: row.deadline,
        sentAt: q.now,
      });
    }
    // The province's decision reaches the unit's inbox in the same transaction.
    if (s === "return" || s === "accept") {
      await insertNotifications(trx, [
        {
          unit_id: row.unit_id,
          kind: s === "return" ? "response_returned" : "response_accepted",
          subject: row.text,
          due_date: row.deadline,
          link: "/portal/responses",
        },
      ]);
    }
    const after = await reload(q, trx, row.id, path, unitHasHead);
    return {
      result: after,
      audit: {
        action: direct ? "submit_direct" : s,
        entity: ENTITY,
        entityId: row.id,
        unitId: row.unit_id,
        before,
        after,
      },
    };
  });
}

function comment(q: Request, by: ReviewComment["by"], text: string): string {
  const c: ReviewComment = { by, author: q.user.displayName, at: q.now.toISOString(), item: null, text };
  return JSON.stringify([c]);
}

/** The clerk writes or rewrites the answer and picks its evidence (files of the same inspection only). */
export function saveResponse(q: Request, input: ResponseDraftInput) {
  return step(q, input.recommendationId, "save", async (row, trx) => {
    const owned = await evidenceIdsOf(trx, row.inspection_id, input.evidenceFileIds);
    unwrap(checkEvidenceOwnership(input.evidenceFileIds, owned), "evidenceFileIds");
    return { response: input.response, evidence: JSON.stringify(input.evidenceFileIds) };
  });
}

/** The clerk hands the draft to the head; from here it is locked for the clerk. */
export function submitResponse(q: Request, recommendationId: number) {
  return step(q, recommendationId, "submit", (row) => {
    if (!row.response) {
      fail(
        "RECOMMENDATION.RESPONSE_MISSING",
        "Kết quả khắc phục là bắt buộc: lưu nội dung trả lời trước khi trình / Response is required: save the answer before submitting",
        "response",
      );
    }
    return { submitted_by: q.user.userId, submitted_at: q.now };
  });
}

/** The head signs: the answer goes out to the province as the unit's response (kết quả khắc phục). */
export function approveResponse(q: Request, recommendationId: number) {
  return step(q, recommendationId, "approve", (row) => goneOutPatch(q, row));
}

/** The head sends it back to the clerk with a comment; nothing reached the province. */
export function sendBackResponse(q: Request, input: ResponseReturnInput) {
  return step(
    q,
    input.recommendationId,
    "send_back",
    () => ({ review_comments: comment(q, "head", input.comment) }),
    1,
  );
}

/** The province returns it: not resolved, with the verifier's comment; the unit may answer again. */
export function returnResponse(q: Request, input: ResponseReturnInput) {
  return step(
    q,
    input.recommendationId,
    "return",
    () => ({
      review_comments: comment(q, "verifier", input.comment),
      status: "not_resolved",
      verdict: "not_resolved",
      verified_on: vietnamDate(q.now),
      verification_note: input.comment,
      verified_by: q.user.userId,
    }),
    1,
  );
}

/** The province accepts the remedy: resolved, locked. */
export function acceptResponse(q: Request, recommendationId: number) {
  return step(q, recommendationId, "accept", () => ({
    status: "resolved",
    verdict: "resolved",
    verified_on: vietnamDate(q.now),
    verified_by: q.user.userId,
  }));
}
