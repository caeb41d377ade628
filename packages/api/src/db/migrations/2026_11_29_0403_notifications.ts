import { type Kysely, sql } from "kysely";

/**
 * Notifications (issue 9 §8), addressed to a unit: everyone whose scope holds that unit reads them,
 * each user marks them read for themself. `dedupe_key` makes a periodic reminder idempotent across
 * runs and processes (one per item and threshold). Written for PostgreSQL 15 (PGlite is 18).
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time, not typed by today's schema.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("notifications")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("unit_id", "integer", (c) => c.notNull().references("org_units.id"))
    .addColumn("kind", "varchar(30)", (c) => c.notNull())
    .addColumn("subject", "varchar(2000)", (c) => c.notNull())
    .addColumn("due_date", "date")
    .addColumn("link", "varchar(300)", (c) => c.notNull())
    .addColumn("dedupe_key", "varchar(120)", (c) => c.unique())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint(
      "notifications_kind",
      sql`kind in ('notice', 'self_check_requested', 'deadline_near', 'deadline_overdue', 'response_returned', 'response_accepted')`,
    )
    .execute();
  await db.schema
    .createIndex("notifications_unit_idx")
    .on("notifications")
    .columns(["unit_id", "id"])
    .execute();
  await db.schema
    .createTable("notification_reads")
    .addColumn("notification_id", "integer", (c) =>
      c.notNull().references("notifications.id").onDelete("cascade"),
    )
    .addColumn("user_id", "integer", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("read_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint("notification_reads_pk", ["user_id", "notification_id"])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time, not typed by today's schema.
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("notification_reads").execute();
  await db.schema.dropTable("notifications").execute();
}
