import type { Kysely } from "kysely";

/**
 * Indexes for the sort orders of the follow-up lists: recommendations.list pages by (deadline, id)
 * either way, conflicts.list by (detected_at, id) newest first. Written for PostgreSQL 15.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time, not typed by today's schema.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex("recommendations_deadline_id_idx")
    .on("recommendations")
    .columns(["deadline", "id"])
    .execute();
  await db.schema
    .createIndex("schedule_conflicts_detected_id_idx")
    .on("schedule_conflicts")
    .columns(["detected_at", "id"])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time, not typed by today's schema.
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("schedule_conflicts_detected_id_idx").execute();
  await db.schema.dropIndex("recommendations_deadline_id_idx").execute();
}
