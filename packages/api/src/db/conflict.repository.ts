import type { ScheduleConflictKind } from "@par/domain";
import type { Db } from "./database";

export interface NewConflict {
  inspection_id: number;
  hidden_inspection_id: number;
  kind: ScheduleConflictKind;
  member: string | null;
  first_day: string;
  detected_at: Date;
  detected_by: number | null;
}

/**
 * Records a clash unless the same one is already open: saving the same inspection twice does not
 * pile up duplicates. Returns the new row's id, or null when it was already recorded.
 */
export async function insertConflictIfNew(db: Db, c: NewConflict): Promise<number | null> {
  let q = db
    .selectFrom("schedule_conflicts")
    .select("id")
    .where("inspection_id", "=", c.inspection_id)
    .where("hidden_inspection_id", "=", c.hidden_inspection_id)
    .where("kind", "=", c.kind)
    .where("resolved_at", "is", null);
  q = c.member === null ? q.where("member", "is", null) : q.where("member", "=", c.member);
  if (await q.executeTakeFirst()) return null;
  const row = await db.insertInto("schedule_conflicts").values(c).returning("id").executeTakeFirstOrThrow();
  return row.id;
}

export async function listConflictRows(db: Db, f: { includeResolved: boolean; id?: number }) {
  let q = db
    .selectFrom("schedule_conflicts as c")
    .leftJoin("users as d", "d.id", "c.detected_by")
    .leftJoin("users as r", "r.id", "c.resolved_by")
    .selectAll("c")
    .select(["d.display_name as detected_by_name", "r.display_name as resolved_by_name"])
    .orderBy("c.detected_at", "desc")
    .orderBy("c.id", "desc");
  if (!f.includeResolved) q = q.where("c.resolved_at", "is", null);
  if (f.id !== undefined) q = q.where("c.id", "=", f.id);
  return q.execute();
}
export type ConflictRow = Awaited<ReturnType<typeof listConflictRows>>[number];

export async function lockConflict(db: Db, id: number): Promise<void> {
  await db.selectFrom("schedule_conflicts").select("id").where("id", "=", id).forUpdate().execute();
}

export async function markResolved(
  db: Db,
  id: number,
  r: { resolved_at: Date; resolved_by: number; note: string },
): Promise<void> {
  await db.updateTable("schedule_conflicts").set(r).where("id", "=", id).execute();
}
