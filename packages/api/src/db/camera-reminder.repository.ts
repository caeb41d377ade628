import { type Insertable, sql } from "kysely";
import type { CameraRemindersTable, Db } from "./database";
import type { UnitScope } from "./unit.repository";

export async function insertReminder(db: Db, row: Insertable<CameraRemindersTable>) {
  return db.insertInto("camera_reminders").values(row).returningAll().executeTakeFirstOrThrow();
}

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
  let q = db
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
    ])
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
