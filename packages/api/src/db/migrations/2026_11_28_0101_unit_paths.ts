import { type Kysely, sql } from "kysely";

/**
 * The unit tree in SQL (issue 8 §1): `org_units.path` is the chain of ids from the root down to the
 * unit itself, so "in the subtree of X" is `path && array[X]` and "X's ancestors" is `path` itself —
 * one predicate a GIN index serves, instead of a recursive walk per read.
 *
 * Triggers keep it, so that every writer (unit commands, restructurings, imports, seeds, backups)
 * keeps it without knowing: on insert and on a change of parent the row's path is its parent's plus
 * itself, and a moved unit carries its whole subtree along. Written for PostgreSQL 15.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time, not typed by today's schema.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table org_units add column path integer[] not null default '{}'`.execute(db);
  await sql`
    with recursive down(id, path) as (
      select id, array[id] from org_units where parent_id is null
      union all
      select u.id, down.path || u.id from org_units u join down on u.parent_id = down.id
    )
    update org_units o set path = down.path from down where o.id = down.id`.execute(db);
  await sql`create index org_units_path_gin on org_units using gin (path)`.execute(db);

  await sql`
    create function org_units_set_path() returns trigger language plpgsql as $$
    begin
      new.path := coalesce((select p.path from org_units p where p.id = new.parent_id), '{}') || new.id;
      return new;
    end $$`.execute(db);
  await sql`
    create trigger org_units_path_before before insert or update of parent_id on org_units
    for each row execute function org_units_set_path()`.execute(db);

  // The descendants' update sets only path, so it does not fire the trigger above again.
  await sql`
    create function org_units_move_subtree() returns trigger language plpgsql as $$
    begin
      update org_units d set path = new.path || d.path[array_position(d.path, new.id) + 1:]
      where d.path && array[new.id] and d.id <> new.id;
      return null;
    end $$`.execute(db);
  await sql`
    create trigger org_units_path_after after update of parent_id on org_units
    for each row when (old.parent_id is distinct from new.parent_id)
    execute function org_units_move_subtree()`.execute(db);

  // The calendar's overlap (start <= to and end >= from) served from both sides by one index.
  await sql`create index inspections_window_gist on inspections
    using gist (daterange(start_date, end_date, '[]'))`.execute(db);
  // A year's (= a plan's) list in start order, read page by page straight off the index.
  await sql`create index inspections_plan_start_idx on inspections (plan_id, start_date, id)`.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time, not typed by today's schema.
export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index if exists inspections_plan_start_idx`.execute(db);
  await sql`drop index if exists inspections_window_gist`.execute(db);
  await sql`drop trigger if exists org_units_path_after on org_units`.execute(db);
  await sql`drop trigger if exists org_units_path_before on org_units`.execute(db);
  await sql`drop function if exists org_units_move_subtree()`.execute(db);
  await sql`drop function if exists org_units_set_path()`.execute(db);
  await sql`drop index if exists org_units_path_gin`.execute(db);
  await sql`alter table org_units drop column path`.execute(db);
}
