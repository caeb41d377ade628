import { type Kysely, sql } from "kysely";

/**
 * A province's published PAR-index ranking for a year and level (issue 11 §5): one row while it is
 * published; unpublishing deletes it (the audit log keeps both steps). `not_locked` lists the units of
 * the level whose sheet was not locked when Sở Nội vụ chose to publish anyway. Written for PostgreSQL 15.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time, not typed by today's schema.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("par_index_publications")
    .addColumn("province_id", "integer", (c) => c.notNull().references("org_units.id"))
    .addColumn("year", "integer", (c) => c.notNull())
    .addColumn("level", "varchar(20)", (c) => c.notNull())
    .addColumn("published_at", "timestamptz", (c) => c.notNull())
    .addColumn("published_by", "integer", (c) => c.references("users.id"))
    .addColumn("not_locked", "jsonb", (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addPrimaryKeyConstraint("par_index_publications_pkey", ["province_id", "year", "level"])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time, not typed by today's schema.
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("par_index_publications").execute();
}
