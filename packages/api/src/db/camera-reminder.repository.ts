import { type Insertable, sql, type Updateable } from "kysely";
import type { CameraRemindersTable, Db } from "./database";
import type { UnitScope } from "./unit.repository";

export async function insertReminder(db: Db, row: Insertable<CameraRemindersTable>) {
  return db.insertInto("camera_reminders").values(row).returningAll().executeTakeFirstOrThrow();
}

/** Reminders with their counter, unit and review, and the answer's place in the review loop. */
function reminderRows(db: Db) {
  return db
    .selectFrom("camera_reminders as n")
    .innerJoin("org_units as u", "u.id", "n.unit_id")
    .innerJoin("camera_counters as c", "c.id", "n.counter_id")
    .innerJoin("camera_reviews as r", "r.id", "n.review_id")
    .select([
      "n.id",
      "n.review_id",
      "n.unit_id",
      "n.items",
      "n.note",
      "n.snapshot_ids",
      "n.status",
      "n.created_at",
      "u.name as unit_name",
      "c.number as counter_number",
      "c.name as counter_name",
      "r.watched_from",
      "r.watched_to",
      "r.severity",
      "n.response",
      "n.review_state",
      "n.review_comments",
      "n.submitted_at",
      "n.approved_at",
      "n.verified_at",
      "u.path as unit_path",
    ]);
}
export type ReminderRow = Awaited<ReturnType<ReturnType<typeof reminderRows>["executeTakeFirstOrThrow"]>>;

/** Newest first, scoped by the unit's path; one query with the counter and unit names. */
export async function pageReminders(
  db: Db,
  f: {
    scope: UnitScope;
    unitId?: number | undefined;
    after: { key: string; id: number } | null;
    limit: number;
  },
) {
  let q = reminderRows(db)
    .orderBy("n.created_at", "desc")
    .orderBy("n.id", "desc")
    .limit(f.limit + 1);
  if (f.scope !== "all") {
    if (f.scope.length === 0) return [];
    q = q.where(sql<boolean>`u.path && ${[...f.scope]}::int[]`);
  }
  if (f.unitId !== undefined) q = q.where("n.unit_id", "=", f.unitId);
  if (f.after) q = q.where(sql<boolean>`(n.created_at, n.id) < (${f.after.key}::timestamptz, ${f.after.id})`);
  return q.execute();
}

/** One reminder locked for a review step, when it lies in `scope`; undefined otherwise. */
export async function findReminderForStep(db: Db, id: number, scope: UnitScope) {
  if (scope !== "all" && scope.length === 0) return undefined;
  await db.selectFrom("camera_reminders").select("id").where("id", "=", id).forUpdate().execute();
  let q = reminderRows(db).where("n.id", "=", id);
  if (scope !== "all") q = q.where(sql<boolean>`u.path && ${[...scope]}::int[]`);
  return q.executeTakeFirst();
}

export async function updateReminder(db: Db, id: number, patch: Updateable<CameraRemindersTable>) {
  await db.updateTable("camera_reminders").set(patch).where("id", "=", id).execute();
}

/** The evidence files of several reminders at once (one query per page), without their bytes. */
export async function reminderFiles(db: Db, reminderIds: readonly number[]) {
  if (reminderIds.length === 0) return [];
  return db
    .selectFrom("camera_reminder_files")
    .select(["id", "reminder_id", "file_name", "content_type", "size_bytes", "uploaded_at"])
    .where("reminder_id", "=", sql<number>`any(${[...reminderIds]}::int[])`)
    .orderBy("reminder_id")
    .orderBy("uploaded_at")
    .execute();
}
export type ReminderFileRow = Awaited<ReturnType<typeof reminderFiles>>[number];
