import { type Kysely, sql } from "kysely";

/**
 * Issue 11 §6: the due dates a province sets per year for each report kind and period (the domain
 * has defaults), the record that a body sent a report (with the file it sent, if it uploaded one),
 * and a reminder kind for the body's inbox. Written for PostgreSQL 15.
 */
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
  "dossier_reminder",
];
const kindCheck = (kinds: readonly string[]) => sql.raw(`kind in (${kinds.map((k) => `'${k}'`).join(", ")})`);

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time, not typed by today's schema.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("report_due_dates")
    .addColumn("province_id", "integer", (c) => c.notNull().references("org_units.id"))
    .addColumn("year", "integer", (c) => c.notNull())
    .addColumn("kind", "varchar(40)", (c) => c.notNull())
    .addColumn("period", "varchar(8)", (c) => c.notNull())
    .addColumn("due_date", "date", (c) => c.notNull())
    .addPrimaryKeyConstraint("report_due_dates_pk", ["province_id", "year", "kind", "period"])
    .execute();
  await db.schema
    .createTable("report_sent")
    .addColumn("province_id", "integer", (c) => c.notNull().references("org_units.id"))
    .addColumn("body_unit_id", "integer", (c) => c.notNull().references("org_units.id"))
    .addColumn("year", "integer", (c) => c.notNull())
    .addColumn("kind", "varchar(40)", (c) => c.notNull())
    .addColumn("period", "varchar(8)", (c) => c.notNull())
    .addColumn("sent_at", "timestamptz", (c) => c.notNull())
    .addColumn("sent_by", "integer", (c) => c.references("users.id"))
    .addColumn("note", "varchar(500)", (c) => c.notNull().defaultTo(""))
    .addColumn("file_name", "varchar(255)")
    .addColumn("content", "bytea")
    .addPrimaryKeyConstraint("report_sent_pk", ["body_unit_id", "kind", "year", "period"])
    .execute();
  await db.schema
    .createIndex("report_sent_province_year")
    .on("report_sent")
    .columns(["province_id", "year", "kind", "period"])
    .execute();
  await sql`alter table notifications drop constraint notifications_kind`.execute(db);
  await sql`alter table notifications add constraint notifications_kind check (${kindCheck([
    ...KINDS_BEFORE,
    "report_due",
  ])})`.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time, not typed by today's schema.
export async function down(db: Kysely<any>): Promise<void> {
  await sql`delete from notifications where kind = 'report_due'`.execute(db);
  await sql`alter table notifications drop constraint notifications_kind`.execute(db);
  await sql`alter table notifications add constraint notifications_kind check (${kindCheck(KINDS_BEFORE)})`.execute(
    db,
  );
  await db.schema.dropTable("report_sent").execute();
  await db.schema.dropTable("report_due_dates").execute();
}
