import {
  hasPermission,
  REMINDER_VERIFIER_PERMISSIONS,
  type ReminderAnswerInput,
  type ReminderCommentInput,
  reminderStatusOf,
} from "@par/domain";
import type { Request } from "../access/request";
import { findReminderForStep, type ReminderRow, updateReminder } from "../db/camera-reminder.repository";
import { insertNotifications } from "../db/notification.repository";
import { fail } from "../errors";
import { type ReviewSubject, runReviewStep, withComment } from "../responses/review-subject";
import { type ReminderDto, reminderActorsOn, reminderDtos, reminderStateOf } from "./reminder-dto";
import { reminderScope } from "./reminders";

export const REMINDER_NOT_FOUND = "Không tìm thấy nhắc nhở / Reminder not found";

export function reminderNotFound(): never {
  fail("CAMERA.REMINDER_NOT_FOUND", REMINDER_NOT_FOUND, "reminderId");
}

/** A camera reminder as a subject of the review loop (the same loop as a recommendation's response). */
export const REMINDER_SUBJECT: ReviewSubject<ReminderRow, ReminderDto> = {
  entity: "camera_reminder",
  field: "reminderId",
  outOfScope: "Nhắc nhở này không thuộc phạm vi của bạn / This reminder is outside your scope",
  find: (q, db, id) => findReminderForStep(db, id, reminderScope(q)),
  notFound: reminderNotFound,
  unitOf: (r) => r.unit_id,
  stateOf: reminderStateOf,
  actorsOn: reminderActorsOn,
  write: (db, row, next, patch) =>
    updateReminder(db, row.id, { ...patch, review_state: next, status: reminderStatusOf(next) }),
  // The province's decision reaches the unit's inbox in the same transaction, like a response's.
  after: async (db, row, step) => {
    if (step !== "return" && step !== "accept") return;
    await insertNotifications(db, [
      {
        unit_id: row.unit_id,
        kind: step === "return" ? "response_returned" : "response_accepted",
        subject: `Nhắc nhở qua camera: Quầy ${row.counter_number} – ${row.counter_name}`,
        due_date: null,
        link: "/portal/camera-reminders",
        dedupe_key: null,
      },
    ]);
  },
  toDto: async (q, db, id) => {
    const row = await findReminderForStep(db, id, "all");
    const [dto] = await reminderDtos(q, db, row ? [row] : []);
    return dto!;
  },
};

/** The clerk writes or rewrites the answer (its files are attached by the upload route). */
export function saveReminderAnswer(q: Request, input: ReminderAnswerInput) {
  return runReviewStep(q, REMINDER_SUBJECT, input.reminderId, "save", () => ({ response: input.response }));
}

function requireVerifier(q: Request) {
  if (!REMINDER_VERIFIER_PERMISSIONS.some((p) => hasPermission(q.user.assignments, p)))
    fail("ACCESS.PERMISSION", "Bạn không có quyền thực hiện thao tác này / You may not do this");
}

/** The clerk hands the answer to the head; from here it is locked for the clerk. */
export function submitReminderAnswer(q: Request, reminderId: number) {
  return runReviewStep(q, REMINDER_SUBJECT, reminderId, "submit", (row) => {
    if (!row.response)
      fail(
        "CAMERA.REMINDER_ANSWER_MISSING",
        "Nội dung trả lời là bắt buộc: lưu nội dung trước khi trình / Response is required: save the answer before submitting",
        "response",
      );
    return { submitted_by: q.user.userId, submitted_at: q.now };
  });
}

/** The head signs: the answer goes out to the province. */
export function approveReminderAnswer(q: Request, reminderId: number) {
  return runReviewStep(q, REMINDER_SUBJECT, reminderId, "approve", () => ({
    approved_by: q.user.userId,
    approved_at: q.now,
  }));
}

/** The head sends it back to the clerk with a comment; nothing reached the province. */
export function sendBackReminderAnswer(q: Request, input: ReminderCommentInput) {
  return runReviewStep(
    q,
    REMINDER_SUBJECT,
    input.reminderId,
    "send_back",
    (row) => ({ review_comments: withComment(q, row.review_comments, "head", input.comment) }),
    1,
  );
}

/** A reviewer or Sở Nội vụ returns it with a comment; the unit answers again. */
export function returnReminderAnswer(q: Request, input: ReminderCommentInput) {
  requireVerifier(q);
  return runReviewStep(
    q,
    REMINDER_SUBJECT,
    input.reminderId,
    "return",
    (row) => ({
      review_comments: withComment(q, row.review_comments, "verifier", input.comment),
      verified_by: q.user.userId,
      verified_at: q.now,
    }),
    1,
  );
}

/** A reviewer or Sở Nội vụ accepts the remedy: the reminder is closed. */
export function acceptReminderAnswer(q: Request, reminderId: number) {
  requireVerifier(q);
  return runReviewStep(q, REMINDER_SUBJECT, reminderId, "accept", () => ({
    verified_by: q.user.userId,
    verified_at: q.now,
  }));
}
