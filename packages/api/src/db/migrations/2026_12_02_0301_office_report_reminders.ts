import { type Kysely, sql } from "kysely";

/**
 * Văn phòng UBND tỉnh's TTHC-control report (plan IV.2) was reminded in the office unit's inbox, which
 * its senders — province_office accounts, bound to no unit — never read. A province notification may now
 * name a role (`for_role`) instead of a permission: no permission singles out the office's accounts.
 * One new kind (an idempotent insert, as since 2026_12_01_0001).
 *
 * The reminders already written under the old addressing are moved, not written again: same row, same
 * dedupe key, so the job's next run inserts nothing for a threshold already reminded, and the office
 * now finds those rows (unread) in its inbox. Not mailed again: their fan-out is done (docs/notifications-addressing.md).
 * Written for PostgreSQL 15 (PGlite is 18).
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time, not typed by today's schema.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`insert into notification_kinds (kind) values ('office_report_due') on conflict do nothing`.execute(
    db,
  );
  await db.schema.alterTable("notifications").addColumn("for_role", "varchar(30)").execute();
  await sql`alter table notifications add constraint notifications_one_address
    check (for_permission is null or for_role is null)`.execute(db);
  // The province's inbox (a permission's rows or a role's) reads newest first within its province: one
  // partial index over both, so the first page is an ordered index scan. Two partial indexes, one per
  // column, made PostgreSQL 15 walk the primary key backwards instead (50 ms past 150k unit rows).
  await sql`create index notifications_province_any_inbox_idx on notifications (province_id, id desc)
    where for_permission is not null or for_role is not null`.execute(db);
  await readdressOfficeReminders(db);
}

/** The office's report reminders written to its unit's inbox, moved to its accounts' (kept for the tests). */
// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time, not typed by today's schema.
export async function readdressOfficeReminders(db: Kysely<any>): Promise<number> {
  const result = await sql`update notifications set kind = 'office_report_due', for_role = 'province_office'
    where kind = 'report_due' and for_permission is null and dedupe_key like 'report:tthc\\_control:%'`.execute(
    db,
  );
  return Number(result.numAffectedRows ?? 0);
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time, not typed by today's schema.
export async function down(db: Kysely<any>): Promise<void> {
  await sql`update notifications set kind = 'report_due', for_role = null
    where kind = 'office_report_due' and dedupe_key like 'report:tthc\\_control:%'`.execute(db);
  await sql`delete from notifications where for_role is not null`.execute(db);
  await sql`drop index notifications_province_any_inbox_idx`.execute(db);
  await sql`alter table notifications drop constraint notifications_one_address`.execute(db);
  await db.schema.alterTable("notifications").dropColumn("for_role").execute();
  await sql`delete from notification_kinds where kind = 'office_report_due'`.execute(db);
}
