import { type Kysely, sql } from "kysely";

/**
 * Self-check reports (báo cáo tự kiểm tra) of announced inspections: one per inspection, its ratings
 * per checklist item, through the review loop. Written for PostgreSQL 15 (PGlite is 18).
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time, not typed by today's schema.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("self_checks")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("inspection_id", "integer", (c) =>
      c.notNull().unique().references("inspections.id").onDelete("cascade"),
    )
    .addColumn("review_state", "varchar(20)", (c) => c.notNull().defaultTo("draft"))
    .addColumn("review_comments", "jsonb", (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn("submitted_by", "integer", (c) => c.references("users.id"))
    .addColumn("submitted_at", "timestamptz")
    .addColumn("approved_by", "integer", (c) => c.references("users.id"))
    .addColumn("approved_at", "timestamptz")
    .addColumn("decided_by", "integer", (c) => c.references("users.id"))
    .addColumn("decided_at", "timestamptz")
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint(
      "self_checks_review_state",
      sql`review_state in ('draft', 'submitted', 'approved', 'returned', 'accepted')`,
    )
    .execute();
  await db.schema
    .createTable("self_check_items")
    .addColumn("self_check_id", "integer", (c) =>
      c.notNull().references("self_checks.id").onDelete("cascade"),
    )
    .addColumn("item_code", "varchar(20)", (c) => c.notNull())
    .addColumn("rating", "varchar(20)", (c) => c.notNull())
    .addColumn("note", "varchar(2000)", (c) => c.notNull().defaultTo(""))
    .addColumn("justification", "varchar(2000)", (c) => c.notNull().defaultTo(""))
    .addPrimaryKeyConstraint("self_check_items_pk", ["self_check_id", "item_code"])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time, not typed by today's schema.
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("self_check_items").execute();
  await db.schema.dropTable("self_checks").execute();
}
