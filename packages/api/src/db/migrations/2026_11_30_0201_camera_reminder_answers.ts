import { type Kysely, sql } from "kysely";

/**
 * A camera reminder is answered by the unit like a recommendation (issue 10 §7): the answer, its
 * place in the review loop and the comments that came back live on the reminder; the unit's evidence
 * files live in their own table (a reminder has no inspection, so evidence_files cannot hold them).
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time, not typed by today's schema.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("camera_reminders")
    .addColumn("response", "text")
    .addColumn("review_state", "varchar(12)")
    .addColumn("review_comments", "jsonb", (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn("submitted_by", "integer", (c) => c.references("users.id"))
    .addColumn("submitted_at", "timestamptz")
    .addColumn("approved_by", "integer", (c) => c.references("users.id"))
    .addColumn("approved_at", "timestamptz")
    .addColumn("verified_by", "integer", (c) => c.references("users.id"))
    .addColumn("verified_at", "timestamptz")
    .execute();
  await sql`alter table camera_reminders add constraint camera_reminders_review_state
    check (review_state in ('draft', 'submitted', 'approved', 'returned', 'accepted'))`.execute(db);
  await sql`alter table camera_reminders add constraint camera_reminders_status
    check (status in ('open', 'answered', 'accepted'))`.execute(db);

  await db.schema
    .createTable("camera_reminder_files")
    .addColumn("id", "uuid", (c) => c.primaryKey())
    .addColumn("reminder_id", "integer", (c) =>
      c.notNull().references("camera_reminders.id").onDelete("cascade"),
    )
    .addColumn("file_name", "varchar(255)", (c) => c.notNull())
    .addColumn("content_type", "varchar(100)", (c) => c.notNull())
    .addColumn("size_bytes", "integer", (c) => c.notNull())
    .addColumn("sha256", "char(64)", (c) => c.notNull())
    .addColumn("content", "bytea", (c) => c.notNull())
    .addColumn("uploaded_by", "integer", (c) => c.references("users.id"))
    .addColumn("uploaded_at", "timestamptz", (c) => c.notNull())
    .addCheckConstraint(
      "camera_reminder_files_size",
      sql`size_bytes > 0 and size_bytes = octet_length(content)`,
    )
    .addCheckConstraint(
      "camera_reminder_files_type",
      sql`content_type in ('image/jpeg', 'image/png', 'image/webp', 'application/pdf')`,
    )
    .execute();
  await db.schema
    .createIndex("camera_reminder_files_reminder")
    .on("camera_reminder_files")
    .columns(["reminder_id", "uploaded_at"])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time, not typed by today's schema.
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("camera_reminder_files").execute();
  await sql`alter table camera_reminders drop constraint camera_reminders_status`.execute(db);
  await sql`alter table camera_reminders drop constraint camera_reminders_review_state`.execute(db);
  await sql`update camera_reminders set status = 'open' where status = 'accepted'`.execute(db);
  for (const c of [
    "verified_at",
    "verified_by",
    "approved_at",
    "approved_by",
    "submitted_at",
    "submitted_by",
    "review_comments",
    "review_state",
    "response",
  ])
    await db.schema.alterTable("camera_reminders").dropColumn(c).execute();
}
