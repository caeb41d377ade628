import { type Kysely, sql } from "kysely";

/**
 * The kinds a notification may have, as rows instead of a check constraint. Each branch that added a
 * kind used to rewrite the whole `kind in (…)` list, and parallel branches' rewrites silently dropped
 * each other's kinds (session 4's merges). A new kind is now one idempotent insert:
 *   insert into notification_kinds (kind) values ('my_kind') on conflict do nothing
 * which merges in any order. Written for PostgreSQL 15.
 */
const KINDS = [
  "notice",
  "self_check_requested",
  "deadline_near",
  "deadline_overdue",
  "response_returned",
  "response_accepted",
  "camera_reminder",
  "response_submitted",
  "self_check_submitted",
  "dossier_reminder",
  "report_due",
];
const quoted = (kinds: readonly string[]) => kinds.map((k) => `'${k}'`);
const kindRows = (kinds: readonly string[]) =>
  sql.raw(
    quoted(kinds)
      .map((k) => `(${k})`)
      .join(", "),
  );
// DDL takes no bind parameters: the constant list is written into the statement.
const kindCheck = (kinds: readonly string[]) => sql.raw(`kind in (${quoted(kinds).join(", ")})`);

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time, not typed by today's schema.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("notification_kinds")
    .addColumn("kind", "varchar(30)", (c) => c.primaryKey())
    .execute();
  await sql`insert into notification_kinds (kind) values ${kindRows(KINDS)}`.execute(db);
  await sql`alter table notifications drop constraint notifications_kind`.execute(db);
  await sql`alter table notifications add constraint notifications_kind
    foreign key (kind) references notification_kinds (kind)`.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time, not typed by today's schema.
export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table notifications drop constraint notifications_kind`.execute(db);
  await sql`delete from notifications where not (${kindCheck(KINDS)})`.execute(db);
  await sql`alter table notifications add constraint notifications_kind
    check (${kindCheck(KINDS)})`.execute(db);
  await db.schema.dropTable("notification_kinds").execute();
}
