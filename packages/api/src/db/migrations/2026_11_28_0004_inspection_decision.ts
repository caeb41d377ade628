import type { Kysely } from "kysely";

/**
 * The decision forming an inspection's team (quyết định thành lập đoàn kiểm tra): its number and date
 * are kept with the inspection, printed on the decision itself and cited by the minutes and the
 * conclusion. Both stay empty until the clerk registers the decision. Written for PostgreSQL 15.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time, not typed by today's schema.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("inspections")
    .addColumn("decision_number", "varchar(50)")
    .addColumn("decision_date", "date")
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time, not typed by today's schema.
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("inspections")
    .dropColumn("decision_date")
    .dropColumn("decision_number")
    .execute();
}
