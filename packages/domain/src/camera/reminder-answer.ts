import { z } from "zod";
import type { Permission } from "../access/roles";
import type { ReviewState } from "../review/review-loop";
import { idField, textField } from "../schemas/fields";

/**
 * A camera reminder (nhắc nhở) is answered by the unit like a recommendation (issue 10 §7): the same
 * review loop (review-loop.ts) — the clerk writes the answer and attaches evidence, the unit's head
 * approves or sends it back, and the province accepts it or returns it with a comment.
 */
const reminderId = idField("reminderId", "Nhắc nhở", "Reminder");

/** A step that needs nothing but the reminder: submit, approve, accept. */
export const ReminderIdInput = z.object({ reminderId });

/** The clerk's answer (kết quả khắc phục), saved or rewritten while a draft or returned. */
export const ReminderAnswerInput = z.object({
  reminderId,
  response: textField("response", "Nội dung trả lời", "Response", 5, 4000),
});
export type ReminderAnswerInput = z.infer<typeof ReminderAnswerInput>;

/** A step that sends the answer back (head to clerk, province to unit): the comment says why. */
export const ReminderCommentInput = z.object({
  reminderId,
  comment: textField("comment", "Ý kiến", "Comments", 3, 2000),
});
export type ReminderCommentInput = z.infer<typeof ReminderCommentInput>;

/** At most this many evidence files per reminder answer. */
export const REMINDER_FILES_MAX = 10;

/** Who verifies a reminder's answer: Sở Nội vụ's verifiers and the camera reviewers who raised it. */
export const REMINDER_VERIFIER_PERMISSIONS = [
  "recommendations.verify",
  "camera.review",
] as const satisfies readonly Permission[];

export const REMINDER_STATUSES = ["open", "answered", "accepted"] as const;
export type ReminderStatus = (typeof REMINDER_STATUSES)[number];

/** The reminder's status follows its answer: sent out → answered, accepted → accepted, else still open. */
export function reminderStatusOf(state: ReviewState | null): ReminderStatus {
  if (state === "accepted") return "accepted";
  if (state === "approved") return "answered";
  return "open";
}

export const REMINDER_STATUS_LABELS = {
  open: { vi: "Chưa trả lời", en: "Not answered" },
  answered: { vi: "Đã trả lời, chờ xác minh", en: "Answered, awaiting verification" },
  accepted: { vi: "Đã chấp nhận", en: "Accepted" },
} as const satisfies Record<ReminderStatus, { vi: string; en: string }>;
