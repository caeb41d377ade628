import { type Kysely, sql } from "kysely";

/**
 * The audit log, the fastest-growing table (a row per change, forever), partitioned by province
 * (issue 8 §3): PostgreSQL declarative partitioning, HASH on province_id into 8 partitions. Every read
 * names one province, so the planner prunes to one partition; a province's rows can be moved,
 * archived or distributed (Citus, docs/scaling.md) as a unit.
 *
 * Hash, not a list per province: a new province needs no DDL (no partition to create when a root is
 * added); 8 leaves keep each small at national scale. The partition key is part of the primary key
 * ((province_id, id)), as PostgreSQL requires of unique constraints on a partitioned table.
 *
 * The key cannot be filled by a BEFORE trigger (a row is routed to its partition before the leaf's
 * trigger runs, and may not move afterwards): the one writer, insertAudit, computes it in the INSERT.
 * PostgreSQL 15 has no identity columns on partitioned tables (17 has): the id comes from a sequence.
 * Runs the same on PGlite (PostgreSQL 18 inside).
 */
const PARTITIONS = 8;

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time, not typed by today's schema.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`drop trigger audit_log_province_before on audit_log`.execute(db);
  await sql`drop function audit_log_fill_province()`.execute(db);
  await sql`alter table audit_log rename to audit_log_flat`.execute(db);
  await sql`create sequence audit_log_id_seq_p as bigint`.execute(db);
  await sql`
    create table audit_log (
      id bigint not null default nextval('audit_log_id_seq_p'),
      at timestamptz not null,
      user_id integer references users(id),
      action varchar(40) not null,
      entity varchar(40) not null,
      entity_id varchar(64),
      unit_id integer,
      before jsonb,
      after jsonb,
      ip varchar(64),
      province_id integer not null,
      primary key (province_id, id)
    ) partition by hash (province_id)`.execute(db);
  await sql`alter sequence audit_log_id_seq_p owned by audit_log.id`.execute(db);
  for (let r = 0; r < PARTITIONS; r++) {
    await sql
      .raw(
        `create table audit_log_p${r} partition of audit_log for values with (modulus ${PARTITIONS}, remainder ${r})`,
      )
      .execute(db);
  }
  await sql`insert into audit_log (id, at, user_id, action, entity, entity_id, unit_id, before, after, ip, province_id)
    select id, at, user_id, action, entity, entity_id, unit_id, before, after, ip, province_id from audit_log_flat`.execute(
    db,
  );
  await sql`select setval('audit_log_id_seq_p', coalesce((select max(id) from audit_log), 0) + 1, false)`.execute(
    db,
  );
  await sql`drop table audit_log_flat`.execute(db);
  // The lists' filters, each led by the province (one partition, then the index).
  await sql`create index audit_log_province_at_idx on audit_log (province_id, at)`.execute(db);
  await sql`create index audit_log_province_user_idx on audit_log (province_id, user_id, id)`.execute(db);
  await sql`create index audit_log_province_unit_idx on audit_log (province_id, unit_id, id)`.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time, not typed by today's schema.
export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table audit_log rename to audit_log_parted`.execute(db);
  await sql`
    create table audit_log (
      id bigint generated always as identity primary key,
      at timestamptz not null,
      user_id integer references users(id),
      action varchar(40) not null,
      entity varchar(40) not null,
      entity_id varchar(64),
      unit_id integer,
      before jsonb,
      after jsonb,
      ip varchar(64),
      province_id integer not null
    )`.execute(db);
  await sql`insert into audit_log overriding system value
    select id, at, user_id, action, entity, entity_id, unit_id, before, after, ip, province_id from audit_log_parted`.execute(
    db,
  );
  await sql`select setval(pg_get_serial_sequence('audit_log', 'id'), coalesce((select max(id) from audit_log), 0) + 1, false)`.execute(
    db,
  );
  await sql`drop table audit_log_parted`.execute(db);
  await sql`create index audit_log_at_idx on audit_log (at)`.execute(db);
  await sql`create index audit_log_user_idx on audit_log (user_id)`.execute(db);
  await sql`create index audit_log_unit_idx on audit_log (unit_id)`.execute(db);
  await sql`create index audit_log_province_id_idx on audit_log (province_id, id)`.execute(db);
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
  await sql`create trigger audit_log_province_before before insert on audit_log
    for each row execute function audit_log_fill_province()`.execute(db);
}
