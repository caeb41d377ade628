import { type Kysely, sql } from "kysely";

/**
 * Optional e-mail (issue 9 §8): an account's address, and an outbox the background sender works
 * through — one row per (notification, recipient), retried with a back-off, never on a request's path.
 * `notifications.mailed_at`: the notification was fanned out to the outbox (or was there before SMTP).
 * Written for PostgreSQL 15 (PGlite is 18).
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time, not typed by today's schema.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("users").addColumn("email", "varchar(254)").execute();
  await db.schema.alterTable("notifications").addColumn("mailed_at", "timestamptz").execute();
  await sql`create index notifications_unmailed_idx on notifications (created_at) where mailed_at is null`.execute(
    db,
  );
  await db.schema
    .createTable("email_outbox")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("notification_id", "integer", (c) =>
      c.notNull().references("notifications.id").onDelete("cascade"),
    )
    .addColumn("user_id", "integer", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("to_address", "varchar(254)", (c) => c.notNull())
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("next_attempt_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("sent_at", "timestamptz")
    .addColumn("last_error", "varchar(500)")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint("email_outbox_once", ["notification_id", "user_id"])
    .execute();
  await sql`create index email_outbox_due_idx on email_outbox (next_attempt_at) where sent_at is null`.execute(
    db,
  );
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time, not typed by today's schema.
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("email_outbox").execute();
  await sql`drop index notifications_unmailed_idx`.execute(db);
  await db.schema.alterTable("notifications").dropColumn("mailed_at").execute();
  await db.schema.alterTable("users").dropColumn("email").execute();
}
