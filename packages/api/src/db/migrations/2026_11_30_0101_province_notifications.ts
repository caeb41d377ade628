import { type Kysely, sql } from "kysely";

/**
 * The province's own inbox (issue 9 §8): a notification is addressed either to its unit (`for_permission`
 * null, as before) or to the users of the unit's province whose role holds `for_permission` (what a
 * unit sent out, for those who review it). Two more kinds. Written for PostgreSQL 15 (PGlite is 18).
 */
const KINDS_BEFORE = [
  "notice",
  "self_check_requested",
  "deadline_near",
  "deadline_overdue",
  "response_returned",
  "response_accepted",
  "camera_reminder",
];
const kindCheck = (kinds: readonly string[]) => sql.raw(`kind in (${kinds.map((k) => `'${k}'`).join(", ")})`);

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time, not typed by today's schema.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("notifications").addColumn("for_permission", "varchar(40)").execute();
  await sql`alter table notifications drop constraint notifications_kind`.execute(db);
  await sql`alter table notifications add constraint notifications_kind check (${kindCheck([
    ...KINDS_BEFORE,
    "response_submitted",
    "self_check_submitted",
  ])})`.execute(db);
  // The province's inbox reads newest first within its province: a partial index of those rows only.
  await sql`create index notifications_province_inbox_idx on notifications (province_id, id desc)
    where for_permission is not null`.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time, not typed by today's schema.
export async function down(db: Kysely<any>): Promise<void> {
  await sql`delete from notifications where for_permission is not null`.execute(db);
  await sql`drop index notifications_province_inbox_idx`.execute(db);
  await db.schema.alterTable("notifications").dropColumn("for_permission").execute();
  await sql`alter table notifications drop constraint notifications_kind`.execute(db);
  await sql`alter table notifications add constraint notifications_kind check (${kindCheck(KINDS_BEFORE)})`.execute(
    db,
  );
}
