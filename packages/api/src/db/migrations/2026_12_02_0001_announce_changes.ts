import { type Kysely, sql } from "kysely";

/**
 * Every data table announces its committed changes on the channel `par_data_changed` (a schema of its own: db/change-announcements.ts): the province
 * ids of the rows touched, or "*" for a table without a province key (server/read-cache.ts drops the
 * answers they may sit under). Statement-level triggers with transition tables: one announcement per
 * province per statement however many rows it writes, and PostgreSQL folds repeats within a
 * transaction and delivers them only when it commits.
 *
 * Not announced: the tables that change on every request and sit under no cached answer (sessions,
 * sign-in attempts, idempotency keys, the mail queue) and the migrator's own. A table created later
 * calls `select par_announce_changes_of('name')` in its migration; test/change-announcements.test.ts
 * fails while a table has neither the triggers nor a place in this list. Written for PostgreSQL 15.
 */
export const UNANNOUNCED_TABLES = [
  "sessions",
  "login_attempts",
  "idempotency_keys",
  "email_outbox",
  "kysely_migration",
  "kysely_migration_lock",
] as const;

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time, not typed by today's schema.
export async function up(db: Kysely<any>): Promise<void> {
  // One channel per schema (db/change-announcements.ts): tests share a server, a schema each.
  await sql`create or replace function par_changes_channel(s text) returns text language sql immutable as $$
    select case when s = 'public' then 'par_data_changed' else 'par_data_changed_' || s end $$`.execute(db);
  await sql`create or replace function par_announce_rows() returns trigger language plpgsql as $$
    declare p text;
    begin
      if tg_op in ('UPDATE', 'DELETE') then
        for p in select distinct coalesce(o.province_id::text, '*') from par_old_rows o loop
          perform pg_notify(par_changes_channel(tg_table_schema), p);
        end loop;
      end if;
      if tg_op in ('UPDATE', 'INSERT') then
        for p in select distinct coalesce(n.province_id::text, '*') from par_new_rows n loop
          perform pg_notify(par_changes_channel(tg_table_schema), p);
        end loop;
      end if;
      return null;
    end $$`.execute(db);
  await sql`create or replace function par_announce_any() returns trigger language plpgsql as $$
    begin
      perform pg_notify(par_changes_channel(tg_table_schema), '*');
      return null;
    end $$`.execute(db);
  // Idempotent: a table already announcing gets its triggers again, unchanged.
  await sql`create or replace function par_announce_changes_of(t regclass) returns void
    language plpgsql as $$
    declare keyed boolean;
    begin
      select exists (select 1 from pg_attribute a where a.attrelid = t and a.attname = 'province_id'
        and not a.attisdropped) into keyed;
      execute format('drop trigger if exists par_announce_insert on %s', t);
      execute format('drop trigger if exists par_announce_update on %s', t);
      execute format('drop trigger if exists par_announce_delete on %s', t);
      execute format('drop trigger if exists par_announce_truncate on %s', t);
      if keyed then
        execute format('create trigger par_announce_insert after insert on %s referencing new table as par_new_rows for each statement execute function par_announce_rows()', t);
        execute format('create trigger par_announce_update after update on %s referencing old table as par_old_rows new table as par_new_rows for each statement execute function par_announce_rows()', t);
        execute format('create trigger par_announce_delete after delete on %s referencing old table as par_old_rows for each statement execute function par_announce_rows()', t);
      else
        execute format('create trigger par_announce_insert after insert or update or delete on %s for each statement execute function par_announce_any()', t);
      end if;
      execute format('create trigger par_announce_truncate after truncate on %s for each statement execute function par_announce_any()', t);
    end $$`.execute(db);
  // Every table of this schema but partitions (their parent's triggers see their rows) and the list.
  const unannounced = sql.join(UNANNOUNCED_TABLES.map((t) => sql.lit(t)));
  await sql`select par_announce_changes_of(c.oid)
    from pg_class c
    where c.relnamespace = current_schema()::regnamespace
      and c.relkind in ('r', 'p') and not c.relispartition
      and c.relname not in (${unannounced})`.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time, not typed by today's schema.
export async function down(db: Kysely<any>): Promise<void> {
  await sql`do $$
    declare r record;
    begin
      for r in select t.tgname, t.tgrelid::regclass as rel from pg_trigger t
        join pg_class c on c.oid = t.tgrelid
        where t.tgname like 'par_announce_%' and not t.tgisinternal
          and c.relnamespace = current_schema()::regnamespace loop
        execute format('drop trigger %I on %s', r.tgname, r.rel);
      end loop;
    end $$`.execute(db);
  await sql`drop function par_announce_changes_of(regclass)`.execute(db);
  await sql`drop function par_announce_rows()`.execute(db);
  await sql`drop function par_announce_any()`.execute(db);
  await sql`drop function par_changes_channel(text)`.execute(db);
}
