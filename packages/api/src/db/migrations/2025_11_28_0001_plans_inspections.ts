import { type Kysely, sql } from "kysely";

/**
 * Plans, province-led inspections with their team, findings, conclusion and recommendations, and
 * internal inspections of departments and districts. Written for PostgreSQL 15 (PGlite is 18).
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time, not typed by today's schema.
export async function up(db: Kysely<any>): Promise<void> {
  const now = sql`now()`;
  await db.schema
    .createTable("plans")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("year", "integer", (c) => c.notNull().unique())
    .addColumn("template_id", "varchar(40)", (c) => c.notNull())
    .addColumn("status", "varchar(20)", (c) => c.notNull().defaultTo("draft"))
    .addColumn("quotas", "jsonb", (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn("number", "varchar(50)")
    .addColumn("issued_date", "date")
    .addColumn("issuer", "varchar(200)")
    .addColumn("approved_at", "timestamptz")
    .addColumn("approved_by", "integer", (c) => c.references("users.id"))
    .addColumn("is_demo", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("created_by", "integer", (c) => c.references("users.id"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addCheckConstraint("plans_status", sql`status in ('draft', 'approved')`)
    .execute();

  await db.schema
    .createTable("inspections")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("plan_id", "integer", (c) => c.notNull().references("plans.id"))
    .addColumn("target_unit_id", "integer", (c) => c.notNull().references("org_units.id"))
    .addColumn("form", "varchar(20)", (c) => c.notNull())
    .addColumn("status", "varchar(20)", (c) => c.notNull())
    .addColumn("lead_body", "varchar(40)", (c) => c.notNull())
    .addColumn("areas", "jsonb", (c) => c.notNull())
    .addColumn("fields", "jsonb", (c) => c.notNull())
    // The unit's open recommendations when the inspection was created (R10): area 5 checks these.
    .addColumn("follow_up", "jsonb", (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn("start_date", "date", (c) => c.notNull())
    .addColumn("end_date", "date", (c) => c.notNull())
    .addColumn("notice_date", "date")
    // Dates put in by the proposal (first working day of the month) until someone schedules it.
    .addColumn("tentative", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("cancel_reason", "varchar(2000)")
    .addColumn("is_demo", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("created_by", "integer", (c) => c.references("users.id"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addCheckConstraint("inspections_window", sql`end_date >= start_date`)
    .execute();
  await db.schema.createIndex("inspections_plan_idx").on("inspections").column("plan_id").execute();
  await db.schema.createIndex("inspections_target_idx").on("inspections").column("target_unit_id").execute();
  await db.schema.createIndex("inspections_start_idx").on("inspections").column("start_date").execute();

  await db.schema
    .createTable("team_members")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("inspection_id", "integer", (c) =>
      c.notNull().references("inspections.id").onDelete("cascade"),
    )
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("name", "varchar(120)", (c) => c.notNull())
    .addColumn("body", "varchar(200)", (c) => c.notNull())
    .addColumn("unit_id", "integer", (c) => c.references("org_units.id"))
    .addColumn("user_id", "integer", (c) => c.references("users.id"))
    .addColumn("role", "varchar(20)", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("team_members_inspection_idx")
    .on("team_members")
    .column("inspection_id")
    .execute();

  await db.schema
    .createTable("findings")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("inspection_id", "integer", (c) =>
      c.notNull().references("inspections.id").onDelete("cascade"),
    )
    .addColumn("item_code", "varchar(20)", (c) => c.notNull())
    .addColumn("rating", "varchar(20)", (c) => c.notNull())
    .addColumn("note", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("recorded_by", "integer", (c) => c.references("users.id"))
    .addColumn("recorded_at", "timestamptz", (c) => c.notNull())
    .addUniqueConstraint("findings_item_uq", ["inspection_id", "item_code"])
    .execute();

  await db.schema
    .createTable("conclusions")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("inspection_id", "integer", (c) =>
      c.notNull().unique().references("inspections.id").onDelete("cascade"),
    )
    .addColumn("number", "varchar(50)", (c) => c.notNull())
    .addColumn("date", "date", (c) => c.notNull())
    .addColumn("summary", "text", (c) => c.notNull())
    .addColumn("created_by", "integer", (c) => c.references("users.id"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("recommendations")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("inspection_id", "integer", (c) =>
      c.notNull().references("inspections.id").onDelete("cascade"),
    )
    .addColumn("conclusion_id", "integer", (c) =>
      c.notNull().references("conclusions.id").onDelete("cascade"),
    )
    // The unit that must act on it: the inspected unit.
    .addColumn("unit_id", "integer", (c) => c.notNull().references("org_units.id"))
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("text", "varchar(2000)", (c) => c.notNull())
    .addColumn("deadline", "date", (c) => c.notNull())
    .addColumn("status", "varchar(20)", (c) => c.notNull().defaultTo("open"))
    .addColumn("response", "text")
    .addColumn("evidence", "jsonb")
    .addColumn("responded_on", "date")
    .addColumn("responded_by", "integer", (c) => c.references("users.id"))
    .addColumn("verdict", "varchar(20)")
    .addColumn("verified_on", "date")
    .addColumn("verification_note", "text")
    .addColumn("verified_by", "integer", (c) => c.references("users.id"))
    .addColumn("is_demo", "boolean", (c) => c.notNull().defaultTo(false))
    .addCheckConstraint(
      "recommendations_status",
      sql`status in ('open', 'responded', 'resolved', 'not_resolved')`,
    )
    .execute();
  await db.schema.createIndex("recommendations_unit_idx").on("recommendations").column("unit_id").execute();
  await db.schema
    .createIndex("recommendations_inspection_idx")
    .on("recommendations")
    .column("inspection_id")
    .execute();

  await db.schema
    .createTable("internal_inspections")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("parent_unit_id", "integer", (c) => c.notNull().references("org_units.id"))
    .addColumn("target_unit_id", "integer", (c) => c.notNull().references("org_units.id"))
    .addColumn("year", "integer", (c) => c.notNull())
    .addColumn("start_date", "date", (c) => c.notNull())
    .addColumn("end_date", "date", (c) => c.notNull())
    .addColumn("areas", "jsonb", (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn("note", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("status", "varchar(20)", (c) => c.notNull().defaultTo("planned"))
    .addColumn("conducted_on", "date")
    .addColumn("summary", "text")
    .addColumn("is_demo", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("created_by", "integer", (c) => c.references("users.id"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addCheckConstraint("internal_inspections_window", sql`end_date >= start_date`)
    .addCheckConstraint("internal_inspections_status", sql`status in ('planned', 'done')`)
    .execute();
  await db.schema
    .createIndex("internal_inspections_parent_idx")
    .on("internal_inspections")
    .columns(["parent_unit_id", "year"])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time, not typed by today's schema.
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    "internal_inspections",
    "recommendations",
    "conclusions",
    "findings",
    "team_members",
    "inspections",
    "plans",
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
