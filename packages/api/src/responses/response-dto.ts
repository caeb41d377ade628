import {
  maySeeSubmission,
  type ReviewActor,
  type ReviewComment,
  type ReviewState,
  stepsFor,
} from "@par/domain";
import type { ResponseRow } from "../db/response.repository";
import { type RecommendationDto, toRecommendationDto } from "../inspections/inspection-dto";

/**
 * Where a response stands in the review loop. Answers given before the portal's loop existed (straight
 * to "responded", or verified) read as the state they are in.
 */
export function reviewStateOf(row: Pick<ResponseRow, "review_state" | "status">): ReviewState {
  if (row.review_state !== null) return row.review_state;
  if (row.status === "responded") return "approved";
  if (row.status === "resolved") return "accepted";
  if (row.status === "not_resolved") return "returned";
  return "draft";
}

/** A recommendation as the portal and the verifier see it, with its review state and what the caller may do. */
export interface ResponseDto extends RecommendationDto {
  reviewState: ReviewState;
  /** Nothing drafted in the portal yet. */
  started: boolean;
  comments: ReviewComment[];
  submittedBy: string | null;
  submittedAt: Date | null;
  approvedBy: string | null;
  approvedAt: Date | null;
  evidenceCount: number;
  /** Someone may sign for the unit; without, the clerk's submit sends it directly (DIRECT_SEND_NOTE). */
  unitHasHead: boolean;
  /** It went out without a head's signature: the clerk signed (no head account at the time). */
  sentDirectly: boolean;
  /** The loop's steps this caller may take now (the screen shows exactly these). */
  steps: string[];
}

export function toResponseDto(
  row: ResponseRow,
  today: string,
  actors: readonly ReviewActor[],
  unitHasHead: boolean,
): ResponseDto {
  const state = reviewStateOf(row);
  const closed = row.inspection_status === "closed";
  // The unit's draft stays the unit's: the province sees the state, not the text or files, until it goes out.
  const shown = maySeeSubmission(state, actors);
  return {
    ...toRecommendationDto(row, today),
    ...(shown ? {} : { response: null, evidenceFileIds: [] }),
    reviewState: state,
    started: row.review_state !== null,
    comments: row.review_comments,
    submittedBy: row.submitter_name,
    submittedAt: row.submitted_at,
    approvedBy: row.approver_name,
    approvedAt: row.approved_at,
    evidenceCount: shown ? Number(row.evidence_count) : 0,
    unitHasHead,
    sentDirectly: row.approved_by !== null && row.approved_by === row.submitted_by,
    steps: closed ? [] : actors.flatMap((a) => stepsFor(state, a)),
  };
}
