import { type Kysely, sql } from "kysely";

/**
 * Issue 11 §6: a report the province itself owes (Sở Nội vụ's report to the Chairman and the Ministry)
 * is reminded in the province's own inbox, to the accounts that send it, not to the unit's inbox.
 * One idempotent row (kinds are rows since 2026_12_01_0001). Written for PostgreSQL 15.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time, not typed by today's schema.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`insert into notification_kinds (kind) values ('province_report_due') on conflict do nothing`.execute(
    db,
  );
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time, not typed by today's schema.
export async function down(db: Kysely<any>): Promise<void> {
  await sql`delete from notifications where kind = 'province_report_due'`.execute(db);
  await sql`delete from notification_kinds where kind = 'province_report_due'`.execute(db);
}
