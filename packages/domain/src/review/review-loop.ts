import { z } from "zod";
import { err, ok, type Result } from "../core/result";

/**
 * The review loop of everything a unit submits to the province (issue 9 §5): self-check reports,
 * responses to recommendations. The clerk drafts and submits; the unit's head approves (signs) before
 * it goes out, or sends it back; the province's verifier accepts it or returns it with comments per
 * item. A returned submission is answered again from the same row.
 */
export const REVIEW_STATES = ["draft", "submitted", "approved", "returned", "accepted"] as const;
export const ReviewState = z.enum(REVIEW_STATES, {
  error: "Trạng thái hồ sơ không hợp lệ / Invalid submission state",
});
export type ReviewState = z.infer<typeof ReviewState>;

/** Who takes a step: the unit's clerk (unit_officer), its head (unit_head), the province's verifier. */
export type ReviewActor = "clerk" | "head" | "verifier";

export const REVIEW_STEPS = ["save", "submit", "approve", "send_back", "return", "accept"] as const;
export type ReviewStep = (typeof REVIEW_STEPS)[number];

interface Transition {
  by: ReviewActor;
  from: readonly ReviewState[];
  to: ReviewState;
  /** A step that sends work back must say why. */
  needsComment: boolean;
}

export const REVIEW_TRANSITIONS = {
  save: { by: "clerk", from: ["draft", "returned"], to: "draft", needsComment: false },
  submit: { by: "clerk", from: ["draft", "returned"], to: "submitted", needsComment: false },
  approve: { by: "head", from: ["submitted"], to: "approved", needsComment: false },
  send_back: { by: "head", from: ["submitted"], to: "returned", needsComment: true },
  return: { by: "verifier", from: ["approved"], to: "returned", needsComment: true },
  accept: { by: "verifier", from: ["approved"], to: "accepted", needsComment: false },
} as const satisfies Record<ReviewStep, Transition>;

export const REVIEW_STATE_LABELS = {
  draft: { vi: "Đang soạn", en: "Draft" },
  submitted: { vi: "Chờ lãnh đạo duyệt", en: "Awaiting the head's approval" },
  approved: { vi: "Đã gửi, chờ xác minh", en: "Sent, awaiting verification" },
  returned: { vi: "Bị trả lại", en: "Returned" },
  accepted: { vi: "Đã chấp nhận", en: "Accepted" },
} as const satisfies Record<ReviewState, { vi: string; en: string }>;

export const REVIEW_STEP_LABELS = {
  save: { vi: "Lưu nháp", en: "Save draft" },
  submit: { vi: "Trình lãnh đạo", en: "Submit to the head" },
  approve: { vi: "Duyệt và gửi", en: "Approve and send" },
  send_back: { vi: "Trả lại cán bộ", en: "Send back to the clerk" },
  return: { vi: "Trả lại đơn vị", en: "Return to the unit" },
  accept: { vi: "Chấp nhận", en: "Accept" },
} as const satisfies Record<ReviewStep, { vi: string; en: string }>;

/** A submission not yet started is a blank draft. */
export const INITIAL_REVIEW_STATE: ReviewState = "draft";

/** The clerk may change the content only while it is a draft or came back. */
export function clerkMayEdit(state: ReviewState): boolean {
  return state === "draft" || state === "returned";
}

/** The states in which a submission has left the unit (the head signed it). SQL filters on the same list. */
export const GONE_OUT_STATES = ["approved", "accepted"] as const satisfies readonly ReviewState[];

/** What reached the province: it sees only approved and later states, never the unit's drafts. */
export function hasGoneOut(state: ReviewState): boolean {
  return (GONE_OUT_STATES as readonly ReviewState[]).includes(state);
}

/** The steps an actor may take from a state (the screen shows exactly these buttons). */
export function stepsFor(state: ReviewState, actor: ReviewActor): ReviewStep[] {
  return REVIEW_STEPS.filter((s) => {
    const t: Transition = REVIEW_TRANSITIONS[s];
    return t.by === actor && t.from.includes(state);
  });
}

/**
 * What the loop needs to know about the unit. A unit with no active head account (`unit_head`) would
 * wait for ever in "submitted": there the clerk's submission goes out directly, signed by the clerk
 * ("gửi thẳng"), and the server records it so in the audit log and on the item.
 */
export interface ReviewContext {
  unitHasHead: boolean;
}

export const DIRECT_SEND_NOTE = {
  vi: "Đơn vị chưa có tài khoản lãnh đạo: gửi thẳng",
  en: "The unit has no head account: sent directly",
} as const;

/** The clerk's submit button where no head signs: it sends straight to the province. */
export const DIRECT_SUBMIT_LABEL = {
  vi: "Gửi thẳng Sở Nội vụ",
  en: "Send directly to Home Affairs",
} as const;

/** Whether a submit from here skips the head: it does exactly when the unit has no head to sign. */
export function sendsDirectly(step: ReviewStep, ctx: ReviewContext): boolean {
  return step === "submit" && !ctx.unitHasHead;
}

/**
 * One step of the loop. Refusals are values: the wrong actor (`REVIEW.FORBIDDEN`), a step that does
 * not start from this state (`REVIEW.TRANSITION_INVALID`), a send-back without a comment
 * (`REVIEW.COMMENT_REQUIRED`).
 */
export function applyReviewStep(
  state: ReviewState,
  step: ReviewStep,
  actor: ReviewActor,
  commentCount = 0,
  ctx: ReviewContext = { unitHasHead: true },
): Result<ReviewState> {
  const t: Transition = REVIEW_TRANSITIONS[step];
  const label = REVIEW_STEP_LABELS[step];
  if (t.by !== actor) {
    return err("REVIEW.FORBIDDEN", {
      vi: `Bạn không được "${label.vi}" hồ sơ này`,
      en: `You may not "${label.en}" this submission`,
    });
  }
  if (!t.from.includes(state)) {
    const now = REVIEW_STATE_LABELS[state];
    return err("REVIEW.TRANSITION_INVALID", {
      vi: `Không thể "${label.vi}" khi hồ sơ ở trạng thái "${now.vi}"`,
      en: `Cannot "${label.en}" a submission that is "${now.en}"`,
    });
  }
  if (t.needsComment && commentCount === 0) {
    return err(
      "REVIEW.COMMENT_REQUIRED",
      { vi: "Ý kiến: cần ghi lý do trả lại", en: "Comments: say why it is sent back" },
      "comments",
    );
  }
  return ok(sendsDirectly(step, ctx) ? "approved" : t.to);
}

/** A comment that came back with a send-back or a return; `item` names the checklist item, if any. */
export interface ReviewComment {
  by: ReviewActor;
  author: string;
  /** ISO instant. */
  at: string;
  item: string | null;
  text: string;
}
