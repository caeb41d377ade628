import { type Kysely, sql } from "kysely";

/**
 * Several provinces in one deployment (issue 8 §3). A province is a root of the unit register; every
 * table that grows carries `province_id`, NOT NULL, first in the indexes that serve lists, so that
 * each read is scoped to one province in SQL and the data can be partitioned (migration 0202) or
 * distributed (Citus, docs/scaling.md) by it.
 *
 * Triggers fill it from the row's unit or inspection, so every writer (commands, imports, seeds,
 * restores) keeps it without knowing; a writer may also set it itself. Plans are unique per
 * (province, year). Accounts carry their province (null: a national body). Written for PostgreSQL 15.
 */

/** Tables filled from another row: [table, source table, source column]. */
const FILLED: readonly (readonly [string, string, string])[] = [
  ["inspections", "org_units", "target_unit_id"],
  ["internal_inspections", "org_units", "parent_unit_id"],
  ["team_members", "inspections", "inspection_id"],
  ["findings", "inspections", "inspection_id"],
  ["conclusions", "inspections", "inspection_id"],
  ["recommendations", "inspections", "inspection_id"],
  ["evidence_files", "inspections", "inspection_id"],
  ["schedule_conflicts", "inspections", "inspection_id"],
  ["earlier_conclusions", "org_units", "unit_id"],
  ["earlier_recommendations", "org_units", "unit_id"],
  ["unit_fields", "org_units", "unit_id"],
  ["unit_former_names", "org_units", "unit_id"],
  ["unit_successions", "org_units", "predecessor_id"],
];

/** The list indexes that now lead with the province (name, table, columns). */
const LIST_INDEXES: readonly (readonly [string, string, string])[] = [
  ["org_units_province_search_idx", "org_units", "province_id, search_name, id"],
  ["org_units_province_code_idx", "org_units", "province_id, code, id"],
  ["inspections_province_start_idx", "inspections", "province_id, start_date, id"],
  ["inspections_province_plan_idx", "inspections", "province_id, plan_id, start_date, id"],
  ["internal_inspections_province_start_idx", "internal_inspections", "province_id, start_date, id"],
  ["recommendations_province_unit_idx", "recommendations", "province_id, unit_id"],
  ["findings_province_inspection_idx", "findings", "province_id, inspection_id"],
  ["team_members_province_inspection_idx", "team_members", "province_id, inspection_id"],
  ["conclusions_province_idx", "conclusions", "province_id, inspection_id"],
  ["evidence_files_province_idx", "evidence_files", "province_id, inspection_id"],
  ["schedule_conflicts_province_idx", "schedule_conflicts", "province_id, inspection_id"],
  ["earlier_conclusions_province_idx", "earlier_conclusions", "province_id, unit_id"],
  ["earlier_recommendations_province_idx", "earlier_recommendations", "province_id, unit_id"],
  ["unit_fields_province_idx", "unit_fields", "province_id, unit_id"],
  ["unit_former_names_province_idx", "unit_former_names", "province_id, unit_id"],
  ["unit_successions_province_idx", "unit_successions", "province_id, predecessor_id"],
  ["audit_log_province_id_idx", "audit_log", "province_id, id"],
  ["idempotency_keys_province_idx", "idempotency_keys", "province_id, created_at"],
  ["users_province_idx", "users", "province_id, username"],
];

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time, not typed by today's schema.
export async function up(db: Kysely<any>): Promise<void> {
  // Units: the root of their path. The trigger's name sorts after org_units_path_before, so it sees the path.
  await sql`alter table org_units add column province_id integer`.execute(db);
  await sql`update org_units set province_id = path[1]`.execute(db);
  await sql`alter table org_units alter column province_id set not null`.execute(db);
  await sql`
    create function org_units_set_province() returns trigger language plpgsql as $$
    begin
      new.province_id := new.path[1];
      return new;
    end $$`.execute(db);
  await sql`
    create trigger org_units_province_before before insert or update of parent_id, path on org_units
    for each row execute function org_units_set_province()`.execute(db);

  // One generic filler: the province of the row this one hangs from, unless the writer set it.
  await sql`
    create function fill_province_id() returns trigger language plpgsql as $$
    declare ref_id bigint;
    begin
      if tg_op = 'UPDATE' then new.province_id := null; end if;
      if new.province_id is null then
        ref_id := (to_jsonb(new) ->> tg_argv[1])::bigint;
        execute format('select province_id from %I where id = $1', tg_argv[0]) into new.province_id using ref_id;
      end if;
      return new;
    end $$`.execute(db);
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

  // Accounts: a unit-bound account belongs to its unit's province; a province-wide one, in a register
  // of one province (all data before this migration), to that province. Null: a national body.
  await sql`alter table users add column province_id integer references org_units(id)`.execute(db);
  await sql`update users us set province_id = coalesce(
      (select u.province_id from role_assignments r join org_units u on u.id = r.unit_id
        where r.user_id = us.id order by r.id limit 1),
      (select min(id) from org_units where parent_id is null))`.execute(db);
  // The province a national reader is looking at (the admin app's switcher), kept with the session.
  await sql`alter table sessions add column province_id integer references org_units(id)`.execute(db);

  // Plans: one per province and year.
  await sql`alter table plans add column province_id integer references org_units(id)`.execute(db);
  await sql`update plans set province_id = (select min(id) from org_units where parent_id is null)`.execute(
    db,
  );
  await sql`delete from plans where province_id is null`.execute(db); // only possible with no register at all
  await sql`alter table plans alter column province_id set not null`.execute(db);
  await sql`alter table plans drop constraint plans_year_key`.execute(db);
  await sql`alter table plans add constraint plans_province_year_key unique (province_id, year)`.execute(db);

  // Audit log and idempotency keys: the unit's province, else the actor's; 0 for national/system rows.
  for (const table of ["audit_log", "idempotency_keys"]) {
    await sql`alter table ${sql.table(table)} add column province_id integer`.execute(db);
  }
  await sql`
    create function audit_log_fill_province() returns trigger language plpgsql as $$
    begin
      if new.province_id is null then
        new.province_id := coalesce(
          (select province_id from org_units where id = new.unit_id),
          (select province_id from users where id = new.user_id), 0);
      end if;
      return new;
    end $$`.execute(db);
  await sql`
    create function idempotency_keys_fill_province() returns trigger language plpgsql as $$
    begin
      if new.province_id is null then
        new.province_id := coalesce((select province_id from users where id = new.user_id), 0);
      end if;
      return new;
    end $$`.execute(db);
  await sql`update audit_log a set province_id = coalesce(
      (select province_id from org_units where id = a.unit_id),
      (select province_id from users where id = a.user_id), 0)`.execute(db);
  await sql`update idempotency_keys k set province_id = coalesce(
      (select province_id from users where id = k.user_id), 0)`.execute(db);
  for (const table of ["audit_log", "idempotency_keys"]) {
    await sql`alter table ${sql.table(table)} alter column province_id set not null`.execute(db);
    await sql
      .raw(`create trigger ${table}_province_before before insert on ${table}
      for each row execute function ${table}_fill_province()`)
      .execute(db);
  }

  for (const [name, table, columns] of LIST_INDEXES) {
    await sql.raw(`create index ${name} on ${table} (${columns})`).execute(db);
  }
  // A unit code is unique within its province (two provinces both have a "SNV"), not nationally.
  await sql`drop index org_units_code_open_uq`.execute(db);
  await sql`create unique index org_units_code_open_uq on org_units (province_id, code) where valid_to is null`.execute(
    db,
  );
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time, not typed by today's schema.
export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index org_units_code_open_uq`.execute(db);
  await sql`create unique index org_units_code_open_uq on org_units (code) where valid_to is null`.execute(
    db,
  );
  for (const [name] of LIST_INDEXES) await sql.raw(`drop index if exists ${name}`).execute(db);
  for (const table of ["audit_log", "idempotency_keys"]) {
    await sql.raw(`drop trigger if exists ${table}_province_before on ${table}`).execute(db);
    await sql.raw(`drop function if exists ${table}_fill_province()`).execute(db);
    await sql`alter table ${sql.table(table)} drop column province_id`.execute(db);
  }
  await sql`alter table plans drop constraint plans_province_year_key`.execute(db);
  await sql`alter table plans add constraint plans_year_key unique (year)`.execute(db);
  await sql`alter table plans drop column province_id`.execute(db);
  await sql`alter table sessions drop column province_id`.execute(db);
  await sql`alter table users drop column province_id`.execute(db);
  for (const [table] of FILLED) {
    await sql.raw(`drop trigger if exists ${table}_province_before on ${table}`).execute(db);
    await sql`alter table ${sql.table(table)} drop column province_id`.execute(db);
  }
  await sql`drop function if exists fill_province_id()`.execute(db);
  await sql`drop trigger if exists org_units_province_before on org_units`.execute(db);
  await sql`drop function if exists org_units_set_province()`.execute(db);
  await sql`alter table org_units drop column province_id`.execute(db);
}
