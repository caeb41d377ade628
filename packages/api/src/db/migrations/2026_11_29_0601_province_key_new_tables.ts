import { type Kysely, sql } from "kysely";

/**
 * The rule of migration 0201 ("every table that grows carries province_id", docs/scaling.md) for the
 * tables the portal (issue 9) and the camera monitor (issue 10) added alongside it: filled by the same
 * trigger from the row they hang from, back-filled, NOT NULL, first in their list indexes. The camera's
 * daily sample becomes one per province and day.
 */

/** [table, source table, source column]: the province is the source row's. */
const FILLED: readonly (readonly [string, string, string])[] = [
  ["field_oversight", "org_units", "department_id"],
  ["internal_team_members", "internal_inspections", "internal_id"],
  ["internal_findings", "internal_inspections", "internal_id"],
  ["internal_recommendations", "internal_inspections", "internal_id"],
  ["internal_evidence_files", "internal_inspections", "internal_id"],
  ["self_checks", "inspections", "inspection_id"],
  ["notifications", "org_units", "unit_id"],
  ["camera_counters", "org_units", "shop_unit_id"],
  ["camera_sample_windows", "camera_counters", "counter_id"],
  ["camera_reviews", "org_units", "unit_id"],
  ["camera_snapshots", "org_units", "unit_id"],
  ["camera_reminders", "org_units", "unit_id"],
  ["camera_monthly_stats", "org_units", "unit_id"],
];

/** The list indexes that lead with the province (name, table, columns). */
const LIST_INDEXES: readonly (readonly [string, string, string])[] = [
  ["camera_reviews_province_created_idx", "camera_reviews", "province_id, created_at, id"],
  ["camera_reminders_province_created_idx", "camera_reminders", "province_id, created_at, id"],
  ["camera_counters_province_idx", "camera_counters", "province_id, shop_unit_id, number"],
  ["notifications_province_unit_idx", "notifications", "province_id, unit_id"],
  ["internal_findings_province_idx", "internal_findings", "province_id, internal_id"],
  ["internal_recommendations_province_idx", "internal_recommendations", "province_id, internal_id"],
  ["self_checks_province_idx", "self_checks", "province_id, inspection_id"],
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
  for (const [name, table, columns] of LIST_INDEXES) {
    await sql.raw(`create index ${name} on ${table} (${columns})`).execute(db);
  }
  // A day's camera sample per province: every sample so far was the one province's.
  await sql`alter table camera_samples add column province_id integer references org_units(id)`.execute(db);
  await sql`update camera_samples set province_id = (select min(id) from org_units where parent_id is null)`.execute(
    db,
  );
  await sql`delete from camera_samples where province_id is null`.execute(db); // only with no register at all
  await sql`alter table camera_samples alter column province_id set not null`.execute(db);
  await sql`alter table camera_samples drop constraint camera_samples_date_key`.execute(db);
  await sql`alter table camera_samples add constraint camera_samples_province_date_key unique (province_id, date)`.execute(
    db,
  );
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time, not typed by today's schema.
export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table camera_samples drop constraint camera_samples_province_date_key`.execute(db);
  await sql`alter table camera_samples add constraint camera_samples_date_key unique (date)`.execute(db);
  await sql`alter table camera_samples drop column province_id`.execute(db);
  for (const [name] of LIST_INDEXES) await sql.raw(`drop index if exists ${name}`).execute(db);
  for (const [table] of FILLED) {
    await sql.raw(`drop trigger if exists ${table}_province_before on ${table}`).execute(db);
    await sql`alter table ${sql.table(table)} drop column province_id`.execute(db);
  }
}
