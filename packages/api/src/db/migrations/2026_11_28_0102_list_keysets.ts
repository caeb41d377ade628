import type { Kysely } from "kysely";

/**
 * Indexes that serve the keyset pages (`where (key, id) > (…) order by key, id limit n`): the register
 * by folded name and by code; internal inspections by start date. (audit_log pages by its primary key.)
 * Written for PostgreSQL 15.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time, not typed by today's schema.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex("org_units_search_name_id_idx")
    .on("org_units")
    .columns(["search_name", "id"])
    .execute();
  await db.schema.createIndex("org_units_code_id_idx").on("org_units").columns(["code", "id"]).execute();
  await db.schema
    .createIndex("internal_inspections_start_id_idx")
    .on("internal_inspections")
    .columns(["start_date", "id"])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time, not typed by today's schema.
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("internal_inspections_start_id_idx").execute();
  await db.schema.dropIndex("org_units_code_id_idx").execute();
  await db.schema.dropIndex("org_units_search_name_id_idx").execute();
}
