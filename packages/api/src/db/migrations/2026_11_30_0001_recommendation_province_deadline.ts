import type { Kysely } from "kysely";

/**
 * recommendations.list pages one province by (deadline, id) either way: with the province first the
 * index serves the page directly, where (deadline, id) alone walked the whole country's
 * recommendations in deadline order until 51 of the province's turned up (issue 8 §4: ≈ 150 ms at
 * 63 provinces). Written for PostgreSQL 15.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time, not typed by today's schema.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex("recommendations_province_deadline_idx")
    .on("recommendations")
    .columns(["province_id", "deadline", "id"])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time, not typed by today's schema.
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("recommendations_province_deadline_idx").execute();
}
