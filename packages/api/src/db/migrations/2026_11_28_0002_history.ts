import { type Kysely, sql } from "kysely";

/**
 * History for R6 and R10: the fields each unit handles (unit_fields), and conclusions of competent bodies
 * made outside this system (earlier_conclusions, earlier_recommendations), imported from spreadsheets.
 * Area 5 becomes one item per open recommendation ("5.r<id>" / "5.e<id>"): a finding recorded on the
 * plain item "5" of an inspection that had open recommendations is copied to each of them, and kept
 * (so that down is exact). Written for PostgreSQL 15 (PGlite is 18).
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time, not typed by today's schema.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("unit_fields")
    .addColumn("unit_id", "integer", (c) => c.notNull().references("org_units.id").onDelete("cascade"))
    .addColumn("field", "varchar(40)", (c) => c.notNull())
    .addPrimaryKeyConstraint("unit_fields_pk", ["unit_id", "field"])
    .execute();

  await db.schema
    .createTable("earlier_conclusions")
    .addColumn("id", "serial", (c) => c.primaryKey())
    .addColumn("unit_id", "integer", (c) => c.notNull().references("org_units.id"))
    .addColumn("issuer", "varchar(200)", (c) => c.notNull())
    .addColumn("issuer_kind", "varchar(20)", (c) => c.notNull())
    .addColumn("number", "varchar(64)", (c) => c.notNull())
    .addColumn("date", "date", (c) => c.notNull())
    .addColumn("summary", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("is_demo", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("imported_by", "integer", (c) => c.references("users.id"))
    .addColumn("imported_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint(
      "earlier_conclusions_kind",
      sql`issuer_kind in ('thanh_tra', 'so_noi_vu', 'bo', 'khac')`,
    )
    .execute();
  // The same conclusion cannot be imported twice (case of the number ignored, as the import compares it).
  await sql`create unique index earlier_conclusions_unique on earlier_conclusions (unit_id, lower(number), date)`.execute(
    db,
  );

  await db.schema
    .createTable("earlier_recommendations")
    .addColumn("id", "serial", (c) => c.primaryKey())
    .addColumn("conclusion_id", "integer", (c) =>
      c.notNull().references("earlier_conclusions.id").onDelete("cascade"),
    )
    .addColumn("unit_id", "integer", (c) => c.notNull().references("org_units.id"))
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("deadline", "date")
    .addColumn("status", "varchar(20)", (c) => c.notNull().defaultTo("open"))
    .addCheckConstraint("earlier_recommendations_status", sql`status in ('open', 'resolved', 'not_resolved')`)
    .execute();
  await db.schema
    .createIndex("earlier_recommendations_unit_idx")
    .on("earlier_recommendations")
    .columns(["unit_id", "status"])
    .execute();

  await sql`
    insert into findings (inspection_id, item_code, rating, note, recorded_by, recorded_at)
    select f.inspection_id, '5.r' || (r.value ->> 'id'), f.rating, f.note, f.recorded_by, f.recorded_at
    from findings f
    join inspections i on i.id = f.inspection_id
    cross join lateral jsonb_array_elements(i.follow_up) as r(value)
    where f.item_code = '5'
    on conflict (inspection_id, item_code) do nothing`.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time, not typed by today's schema.
export async function down(db: Kysely<any>): Promise<void> {
  await sql`delete from findings where item_code like '5.r%' or item_code like '5.e%'`.execute(db);
  await db.schema.dropTable("earlier_recommendations").execute();
  await db.schema.dropTable("earlier_conclusions").execute();
  await db.schema.dropTable("unit_fields").execute();
}
