import { type Kysely, sql } from "kysely";

/**
 * Issue 11 §1–§2: the dossier system's monthly counts per unit (counts only; the domain computes the
 * rates), the province's thresholds for remote dossier checks per year, and a reminder kind for the
 * unit's inbox. Column names are the domain's count keys in snake case. Written for PostgreSQL 15.
 */
const COUNT_COLUMNS = [
  "received_online",
  "received_direct",
  "received_postal",
  "carried_over",
  "resolved_early",
  "resolved_on_time",
  "resolved_late",
  "pending_not_due",
  "pending_overdue",
  "returned_withdrawn",
  "fully_online",
  "payable",
  "paid_online",
  "digitised_components",
  "digitised_results",
  "electronic_results",
  "satisfied_votes",
  "total_votes",
];
const KINDS_BEFORE = [
  "notice",
  "self_check_requested",
  "deadline_near",
  "deadline_overdue",
  "response_returned",
  "response_accepted",
  "camera_reminder",
  // 2026_11_30_0101 (the province's own inbox) runs before this one.
  "response_submitted",
  "self_check_submitted",
];
const kindCheck = (kinds: readonly string[]) => sql.raw(`kind in (${kinds.map((k) => `'${k}'`).join(", ")})`);

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time, not typed by today's schema.
export async function up(db: Kysely<any>): Promise<void> {
  let table = db.schema
    .createTable("dossier_stats")
    .addColumn("province_id", "integer", (c) => c.notNull().references("org_units.id"))
    .addColumn("unit_id", "integer", (c) => c.notNull().references("org_units.id"))
    /** The first day of the month. */
    .addColumn("month", "date", (c) => c.notNull());
  for (const column of COUNT_COLUMNS)
    table = table.addColumn(column, "integer", (c) =>
      c
        .notNull()
        .defaultTo(0)
        .check(sql`${sql.ref(column)} >= 0`),
    );
  await table
    .addColumn("updated_by", "integer", (c) => c.references("users.id"))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint("dossier_stats_pk", ["unit_id", "month"])
    .execute();
  // The dashboards read a province's year: one range scan.
  await db.schema
    .createIndex("dossier_stats_province_month")
    .on("dossier_stats")
    .columns(["province_id", "month"])
    .execute();

  await db.schema
    .createTable("dossier_thresholds")
    .addColumn("province_id", "integer", (c) => c.notNull().references("org_units.id"))
    .addColumn("year", "integer", (c) => c.notNull())
    .addColumn("thresholds", "jsonb", (c) => c.notNull())
    .addColumn("updated_by", "integer", (c) => c.references("users.id"))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint("dossier_thresholds_pk", ["province_id", "year"])
    .execute();

  await sql`alter table notifications drop constraint notifications_kind`.execute(db);
  await sql`alter table notifications add constraint notifications_kind check (${kindCheck([
    ...KINDS_BEFORE,
    "dossier_reminder",
  ])})`.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time, not typed by today's schema.
export async function down(db: Kysely<any>): Promise<void> {
  await sql`delete from notifications where kind = 'dossier_reminder'`.execute(db);
  await sql`alter table notifications drop constraint notifications_kind`.execute(db);
  await sql`alter table notifications add constraint notifications_kind check (${kindCheck(KINDS_BEFORE)})`.execute(
    db,
  );
  await db.schema.dropTable("dossier_thresholds").execute();
  await db.schema.dropTable("dossier_stats").execute();
}
