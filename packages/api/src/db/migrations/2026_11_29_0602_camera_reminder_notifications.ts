import { type Kysely, sql } from "kysely";

/** A camera reminder reaches the unit's inbox (issue 10 §7): one more kind of notification. */
const KINDS_BEFORE = [
  "notice",
  "self_check_requested",
  "deadline_near",
  "deadline_overdue",
  "response_returned",
  "response_accepted",
];
const kindCheck = (kinds: readonly string[]) => sql.raw(`kind in (${kinds.map((k) => `'${k}'`).join(", ")})`);

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time, not typed by today's schema.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table notifications drop constraint notifications_kind`.execute(db);
  await sql`alter table notifications add constraint notifications_kind check (${kindCheck([
    ...KINDS_BEFORE,
    "camera_reminder",
  ])})`.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time, not typed by today's schema.
export async function down(db: Kysely<any>): Promise<void> {
  await sql`delete from notifications where kind = 'camera_reminder'`.execute(db);
  await sql`alter table notifications drop constraint notifications_kind`.execute(db);
  await sql`alter table notifications add constraint notifications_kind check (${kindCheck(KINDS_BEFORE)})`.execute(
    db,
  );
}
