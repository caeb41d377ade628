import { type Kysely, sql } from "kysely";

/**
 * The rule of migration 0201 ("every table that grows carries province_id", docs/scaling.md) for the
 * two per-user tables 0601 left out: which user read which notification, which reviewer marked which
 * camera review. Both grow with users × rows. Filled by the same trigger from the row they hang from,
 * back-filled, NOT NULL, and led by the province in an index (by user: a province's reads of one user,
 * and what a province's data is when it is moved or purged).
 */

/** [table, source table, source column]: the province is the source row's. */
const FILLED: readonly (readonly [string, string, string])[] = [
  ["notification_reads", "notifications", "notification_id"],
  ["camera_review_marks", "camera_reviews", "review_id"],
];

/** The indexes that lead with the province (name, table, columns). */
const PROVINCE_INDEXES: readonly (readonly [string, string, string])[] = [
  ["notification_reads_province_user_idx", "notification_reads", "province_id, user_id"],
  ["camera_review_marks_province_user_idx", "camera_review_marks", "province_id, user_id"],
];

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time, not typed by today's schema.
export async function up(db: Kysely<any>): Promise<void> {
  for (const [table, source, column] of FILLED) {
    await sql`alter table ${sql.table(table)} add column province_id integer`.execute(db);
    await sql`update ${sql.table(table)} t set province_id = s.province_id
      from ${sql.table(source)} s where s.id = t.${sql.ref(column)}`.execute(db);
    await sql`alter table ${sql.table(table)} alter column province_id set not null`.execute(db);
    await sql
      .raw(`create trigger ${table}_province_before before insert or update of ${column} on ${table}
      for each row execute function fill_province_id('${source}', '${column}')`)
      .execute(db);
  }
  for (const [name, table, columns] of PROVINCE_INDEXES) {
    await sql.raw(`create index ${name} on ${table} (${columns})`).execute(db);
  }
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time, not typed by today's schema.
export async function down(db: Kysely<any>): Promise<void> {
  for (const [name] of PROVINCE_INDEXES) await sql.raw(`drop index if exists ${name}`).execute(db);
  for (const [table] of FILLED) {
    await sql.raw(`drop trigger if exists ${table}_province_before on ${table}`).execute(db);
    await sql`alter table ${sql.table(table)} drop column province_id`.execute(db);
  }
}
