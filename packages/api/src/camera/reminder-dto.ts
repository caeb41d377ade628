import {
  canOnUnit,
  REMINDER_VERIFIER_PERMISSIONS,
  type ReviewActor,
  type ReviewState,
  stepsFor,
} from "@par/domain";
import type { Request } from "../access/request";
import { type ReminderFileRow, type ReminderRow, reminderFiles } from "../db/camera-reminder.repository";
import type { Db } from "../db/database";

/** The parts a user plays in a reminder's review loop on a unit whose ancestor path is `path`. */
export function reminderActorsOn(q: Request, path: readonly number[]): ReviewActor[] {
  const a = q.user.assignments;
  const actors: ReviewActor[] = [];
  if (canOnUnit(a, "recommendations.respond", path)) actors.push("clerk");
  if (canOnUnit(a, "submissions.approve", path)) actors.push("head");
  if (REMINDER_VERIFIER_PERMISSIONS.some((p) => canOnUnit(a, p, path))) actors.push("verifier");
  return actors;
}

/** A reminder not yet answered in the portal is a blank draft. */
export const reminderStateOf = (row: Pick<ReminderRow, "review_state">): ReviewState =>
  row.review_state ?? "draft";

function toReminderDto(r: ReminderRow, files: readonly ReminderFileRow[], actors: readonly ReviewActor[]) {
  const state = reminderStateOf(r);
  return {
    id: r.id,
    reviewId: r.review_id,
    unitId: r.unit_id,
    unitName: r.unit_name,
    counterNumber: r.counter_number,
    counterName: r.counter_name,
    items: r.items,
    note: r.note,
    severity: r.severity,
    snapshotIds: r.snapshot_ids,
    status: r.status,
    watchedFrom: r.watched_from,
    watchedTo: r.watched_to,
    createdAt: r.created_at,
    /** Each snapshot through the server's authenticated route (the unit's clerk may open these). */
    snapshotUrls: r.snapshot_ids.map((id) => `/files/camera/snapshots/${id}`),
    response: r.response,
    reviewState: state,
    started: r.review_state !== null,
    comments: r.review_comments,
    submittedAt: r.submitted_at,
    approvedAt: r.approved_at,
    verifiedAt: r.verified_at,
    files: files.map((f) => ({
      id: f.id,
      fileName: f.file_name,
      contentType: f.content_type,
      sizeBytes: f.size_bytes,
      url: `/files/camera/reminder-files/${f.id}`,
    })),
    /** The loop's steps this caller may take now (the screen shows exactly these). */
    steps: actors.flatMap((a) => stepsFor(state, a)),
  };
}
export type ReminderDto = ReturnType<typeof toReminderDto>;

/** DTOs of a page of reminders: their files in one query, the caller's parts from the rows' paths. */
export async function reminderDtos(q: Request, db: Db, rows: readonly ReminderRow[]): Promise<ReminderDto[]> {
  const files = await reminderFiles(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) =>
    toReminderDto(
      r,
      files.filter((f) => f.reminder_id === r.id),
      reminderActorsOn(q, [...r.unit_path].reverse()),
    ),
  );
}
