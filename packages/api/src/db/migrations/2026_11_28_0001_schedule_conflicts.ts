import { type Kysely, sql } from "kysely";

/**
 * Scheduling conflicts with inspections the actor could not see (R5): a clash the server did not
 * refuse, so as not to betray a secret surprise, recorded for Sở Nội vụ and the secret's lead body
 * to resolve. Written for PostgreSQL 15 (PGlite is 18).
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time, not typed by today's schema.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("schedule_conflicts")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    // The inspection whose change was saved, and the one its author could not see.
    .addColumn("inspection_id", "integer", (c) =>
      c.notNull().references("inspections.id").onDelete("cascade"),
    )
    .addColumn("hidden_inspection_id", "integer", (c) =>
      c.notNull().references("inspections.id").onDelete("cascade"),
    )
    .addColumn("kind", "varchar(20)", (c) => c.notNull())
    .addColumn("member", "varchar(500)")
    .addColumn("first_day", "date", (c) => c.notNull())
    .addColumn("detected_at", "timestamptz", (c) => c.notNull())
    .addColumn("detected_by", "integer", (c) => c.references("users.id"))
    .addColumn("resolved_at", "timestamptz")
    .addColumn("resolved_by", "integer", (c) => c.references("users.id"))
    .addColumn("note", "varchar(2000)")
    .addCheckConstraint("schedule_conflicts_kind", sql`kind in ('same_days', 'team_member')`)
    .addCheckConstraint("schedule_conflicts_member", sql`(kind = 'team_member') = (member is not null)`)
    .addCheckConstraint(
      "schedule_conflicts_resolved",
      sql`(resolved_at is null) = (resolved_by is null) and (resolved_at is null) = (note is null)`,
    )
    .execute();
  await db.schema
    .createIndex("schedule_conflicts_open_idx")
    .on("schedule_conflicts")
    .columns(["resolved_at", "detected_at"])
    .execute();
  await db.schema
    .createIndex("schedule_conflicts_hidden_idx")
    .on("schedule_conflicts")
    .column("hidden_inspection_id")
    .execute();
  await db.schema
    .createIndex("schedule_conflicts_inspection_idx")
    .on("schedule_conflicts")
    .column("inspection_id")
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time, not typed by today's schema.
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("schedule_conflicts").execute();
}
