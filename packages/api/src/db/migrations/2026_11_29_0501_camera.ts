import { type Kysely, sql } from "kysely";

/**
 * The camera monitor (issue 10): counters of one-stop shops with their camera (credentials kept here
 * only), reviews with their client id and content hash (replays answered, reused ids refused),
 * per-reviewer reviewed marks, snapshots, the day's published samples and reminders to units.
 * Written for PostgreSQL 15.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time, not typed by today's schema.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("camera_counters")
    .addColumn("id", "serial", (c) => c.primaryKey())
    .addColumn("shop_unit_id", "integer", (c) => c.notNull().references("org_units.id"))
    .addColumn("number", "integer", (c) => c.notNull())
    .addColumn("name", "varchar(120)", (c) => c.notNull())
    .addColumn("fields", sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn("stream_kind", "varchar(10)", (c) => c.notNull())
    .addColumn("stream_url", "varchar(500)")
    .addColumn("stream_username", "varchar(100)")
    .addColumn("stream_password", "varchar(200)")
    .addColumn("last_frame_at", "timestamptz")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint("camera_counters_shop_number", ["shop_unit_id", "number"])
    .execute();

  await db.schema
    .createTable("camera_samples")
    .addColumn("id", "serial", (c) => c.primaryKey())
    .addColumn("date", "date", (c) => c.notNull().unique())
    .addColumn("seed", "bigint", (c) => c.notNull())
    .addColumn("settings", "jsonb", (c) => c.notNull())
    .addColumn("created_by", "integer", (c) => c.references("users.id"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createTable("camera_sample_windows")
    .addColumn("id", "serial", (c) => c.primaryKey())
    .addColumn("sample_id", "integer", (c) => c.notNull().references("camera_samples.id").onDelete("cascade"))
    .addColumn("counter_id", "integer", (c) => c.notNull().references("camera_counters.id"))
    .addColumn("stratum", "varchar(60)", (c) => c.notNull())
    .addColumn("start_at", "timestamptz", (c) => c.notNull())
    .addColumn("end_at", "timestamptz", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("camera_sample_windows_sample")
    .on("camera_sample_windows")
    .columns(["sample_id", "start_at", "id"])
    .execute();

  await db.schema
    .createTable("camera_reviews")
    .addColumn("id", "serial", (c) => c.primaryKey())
    .addColumn("client_id", "uuid", (c) => c.notNull().unique())
    .addColumn("content_hash", "char(64)", (c) => c.notNull())
    .addColumn("counter_id", "integer", (c) => c.notNull().references("camera_counters.id"))
    // The shop's unit, copied so that scope, reports and reminders need no join through counters.
    .addColumn("unit_id", "integer", (c) => c.notNull().references("org_units.id"))
    .addColumn("reviewer_id", "integer", (c) => c.notNull().references("users.id"))
    .addColumn("watched_from", "timestamptz", (c) => c.notNull())
    .addColumn("watched_to", "timestamptz", (c) => c.notNull())
    .addColumn("items", sql`text[]`, (c) => c.notNull())
    .addColumn("severity", "varchar(10)", (c) => c.notNull())
    .addColumn("verdict", "varchar(12)", (c) => c.notNull())
    .addColumn("note", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("snapshot_ids", sql`uuid[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn("sample_window_id", "integer", (c) => c.references("camera_sample_windows.id"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  // The list (newest first) and the monthly report (per unit, per month).
  await db.schema
    .createIndex("camera_reviews_created")
    .on("camera_reviews")
    .columns(["created_at", "id"])
    .execute();
  await db.schema
    .createIndex("camera_reviews_unit_watched")
    .on("camera_reviews")
    .columns(["unit_id", "watched_from"])
    .execute();
  await db.schema.createIndex("camera_reviews_watched").on("camera_reviews").column("watched_from").execute();
  await db.schema
    .createIndex("camera_reviews_sample_window")
    .on("camera_reviews")
    .column("sample_window_id")
    .execute();
  await db.schema
    .createIndex("camera_reviews_counter")
    .on("camera_reviews")
    .columns(["counter_id", "id"])
    .execute();

  await db.schema
    .createTable("camera_review_marks")
    .addColumn("review_id", "integer", (c) => c.notNull().references("camera_reviews.id").onDelete("cascade"))
    .addColumn("user_id", "integer", (c) => c.notNull().references("users.id"))
    .addColumn("marked_at", "timestamptz", (c) => c.notNull())
    .addPrimaryKeyConstraint("camera_review_marks_pk", ["review_id", "user_id"])
    .execute();

  await db.schema
    .createTable("camera_snapshots")
    .addColumn("id", "uuid", (c) => c.primaryKey())
    .addColumn("counter_id", "integer", (c) => c.notNull().references("camera_counters.id"))
    .addColumn("unit_id", "integer", (c) => c.notNull().references("org_units.id"))
    .addColumn("content_type", "varchar(20)", (c) => c.notNull())
    .addColumn("size_bytes", "integer", (c) => c.notNull())
    .addColumn("sha256", "char(64)", (c) => c.notNull())
    .addColumn("content", "bytea", (c) => c.notNull())
    .addColumn("uploaded_by", "integer", (c) => c.references("users.id"))
    .addColumn("uploaded_at", "timestamptz", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("camera_reminders")
    .addColumn("id", "serial", (c) => c.primaryKey())
    .addColumn("review_id", "integer", (c) => c.notNull().unique().references("camera_reviews.id"))
    .addColumn("unit_id", "integer", (c) => c.notNull().references("org_units.id"))
    .addColumn("counter_id", "integer", (c) => c.notNull().references("camera_counters.id"))
    .addColumn("items", sql`text[]`, (c) => c.notNull())
    .addColumn("note", "text", (c) => c.notNull())
    .addColumn("snapshot_ids", sql`uuid[]`, (c) => c.notNull())
    .addColumn("status", "varchar(12)", (c) => c.notNull().defaultTo("open"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("camera_reminders_unit")
    .on("camera_reminders")
    .columns(["unit_id", "created_at", "id"])
    .execute();
  await db.schema
    .createIndex("camera_reminders_created")
    .on("camera_reminders")
    .columns(["created_at", "id"])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time, not typed by today's schema.
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    "camera_reminders",
    "camera_snapshots",
    "camera_review_marks",
    "camera_reviews",
    "camera_sample_windows",
    "camera_samples",
    "camera_counters",
  ])
    await db.schema.dropTable(table).execute();
}
