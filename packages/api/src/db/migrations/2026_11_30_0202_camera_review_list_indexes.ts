import type { Kysely } from "kysely";

/**
 * The review list is newest first, `(created_at, id)`, and may be narrowed to a unit, a counter or the
 * reviewer's own reviews. Without an index that leads with the filter and then carries the sort key,
 * PostgreSQL walks camera_reviews_created backwards and filters: cheap for a unit with many reviews,
 * a scan of the whole table (1,000,000 rows: seconds) for a unit or counter with few or none. These
 * make every filtered first page an index range read of 51 rows (docs/benchmarks.md, camera section).
 */
const INDEXES = [
  ["camera_reviews_unit_created", ["unit_id", "created_at", "id"]],
  ["camera_reviews_counter_created", ["counter_id", "created_at", "id"]],
  ["camera_reviews_reviewer_created", ["reviewer_id", "created_at", "id"]],
] as const;

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time, not typed by today's schema.
export async function up(db: Kysely<any>): Promise<void> {
  for (const [name, columns] of INDEXES)
    await db.schema
      .createIndex(name)
      .on("camera_reviews")
      .columns([...columns])
      .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time, not typed by today's schema.
export async function down(db: Kysely<any>): Promise<void> {
  for (const [name] of INDEXES) await db.schema.dropIndex(name).execute();
}
