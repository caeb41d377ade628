import { type Kysely, sql } from "kysely";

/**
 * Accounts managed by Sở Nội vụ (issue 9 §7): a password set or reset by an administrator must be
 * changed at the next sign-in before anything else; when an account was disabled, and when its
 * password last changed, are kept for the accounts list. Written for PostgreSQL 15.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time, not typed by today's schema.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table users add column must_change_password boolean not null default false`.execute(db);
  await sql`alter table users add column password_changed_at timestamptz`.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time, not typed by today's schema.
export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table users drop column password_changed_at`.execute(db);
  await sql`alter table users drop column must_change_password`.execute(db);
}
