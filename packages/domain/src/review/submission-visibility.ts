import type { InternalStatus } from "../internal/internal-status";
import { hasGoneOut, type ReviewActor, type ReviewState } from "./review-loop";

/**
 * A unit's own work — a draft, a report awaiting its head, one sent back — stays the unit's: its
 * clerk and head read it at any time, anyone else (the province's team, Sở Nội vụ, a reader) only once
 * it has gone out. The same rule covers the content and every file attached to it.
 */
export function maySeeSubmission(state: ReviewState, actors: readonly ReviewActor[]): boolean {
  return actors.includes("clerk") || actors.includes("head") || hasGoneOut(state);
}

/**
 * An internal inspection is the inspecting unit's work until its result is on record (concluded, or
 * recorded as done): before that its files are the unit's alone, like a draft.
 */
export function maySeeInternalWork(status: InternalStatus, ofTheInspectingUnit: boolean): boolean {
  return ofTheInspectingUnit || status !== "planned";
}

/**
 * Whose an evidence file is, from the item it is filed under: a self-check item (`s:<item>`), a
 * unit's response (`5.r<id>` on the recommendation's own inspection), or else the team's finding. A
 * `5.r<id>` file on a later inspection is the team's area-5 follow-up finding (R10), not a response.
 */
export type EvidenceOwner =
  | { kind: "finding" }
  | { kind: "self_check"; itemCode: string }
  | { kind: "response"; recommendationId: number };

export function evidenceOwnerOf(itemCode: string): EvidenceOwner {
  if (itemCode.startsWith("s:")) return { kind: "self_check", itemCode: itemCode.slice(2) };
  const response = /^5\.r(\d{1,9})$/.exec(itemCode);
  if (response) return { kind: "response", recommendationId: Number(response[1]) };
  return { kind: "finding" };
}

/**
 * An answer the unit has started and not sent — a draft, one awaiting its head's signature, or one its
 * head sent back before it ever went out — keeps the province from verifying the recommendation: it
 * would be verified on the strength of what is still the unit's (issue 9 §5). No answer started (null)
 * leaves the province free to verify on its own check; an answer the province itself returned is one
 * it already saw and judged (`wentOutBefore`: the unit's answer reached the province once).
 */
export function answerAwaitsUnit(state: ReviewState | null, wentOutBefore: boolean): boolean {
  return state === "draft" || state === "submitted" || (state === "returned" && !wentOutBefore);
}
