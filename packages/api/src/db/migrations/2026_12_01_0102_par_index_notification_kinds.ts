import { type Kysely, sql } from "kysely";

/**
 * The PAR index's notifications (issue 11 §4–§5): the unit's self-score and explanation reach Sở Nội
 * vụ; round 1, the lock and the published ranking reach the unit. One idempotent insert each, as
 * migration 2026_12_01_0001 asks, so parallel branches merge in any order.
 */
const KINDS = [
  "par_index_submitted",
  "par_index_explained",
  "par_index_appraised",
  "par_index_locked",
  "par_index_published",
];

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time, not typed by today's schema.
export async function up(db: Kysely<any>): Promise<void> {
  for (const kind of KINDS)
    await sql`insert into notification_kinds (kind) values (${kind}) on conflict do nothing`.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time, not typed by today's schema.
export async function down(db: Kysely<any>): Promise<void> {
  for (const kind of KINDS) {
    await sql`delete from notifications where kind = ${kind}`.execute(db);
    await sql`delete from notification_kinds where kind = ${kind}`.execute(db);
  }
}
