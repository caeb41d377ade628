import type { Insertable } from "kysely";
import type { CameraSnapshotsTable, Db } from "./database";

export async function insertSnapshot(db: Db, row: Insertable<CameraSnapshotsTable>) {
  await db
    .insertInto("camera_snapshots")
    .values(row)
    .onConflict((oc) => oc.column("id").doNothing())
    .execute();
}

export async function findSnapshotMeta(db: Db, id: string) {
  return db
    .selectFrom("camera_snapshots")
    .select(["id", "counter_id", "unit_id", "content_type", "size_bytes", "sha256", "uploaded_by"])
    .where("id", "=", id)
    .executeTakeFirst();
}

export async function snapshotContent(db: Db, id: string) {
  return db.selectFrom("camera_snapshots").select(["content"]).where("id", "=", id).executeTakeFirstOrThrow();
}

/** Snapshots of `ids` that exist and were taken of `counterId` (a review may attach only those). */
export async function snapshotsOfCounter(db: Db, counterId: number, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return (
    await db
      .selectFrom("camera_snapshots")
      .select("id")
      .where("id", "in", [...ids])
      .where("counter_id", "=", counterId)
      .execute()
  ).map((r) => r.id);
}

/** True when a reminder to `unitId`'s subtree carries the snapshot (what a unit officer may open). */
export async function snapshotInReminderOf(db: Db, id: string, unitId: number) {
  const row = await db
    .selectFrom("camera_reminders")
    .select("id")
    .where("unit_id", "=", unitId)
    .where((eb) => eb(eb.val(id), "=", eb.fn.any("snapshot_ids")))
    .executeTakeFirst();
  return row !== undefined;
}
