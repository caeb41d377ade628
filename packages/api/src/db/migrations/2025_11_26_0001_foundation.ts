import { type Kysely, sql } from "kysely";

/** Units, users, sessions, roles, audit log, login attempts. Written for PostgreSQL 15 (PGlite is 18). */
// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time, not typed by today's schema.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("org_units")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("code", "varchar(32)", (c) => c.notNull())
    .addColumn("name", "varchar(200)", (c) => c.notNull())
    .addColumn("search_name", "varchar(200)", (c) => c.notNull())
    .addColumn("kind", "varchar(20)", (c) => c.notNull())
    .addColumn("tier", "varchar(20)")
    .addColumn("parent_id", "integer", (c) => c.references("org_units.id"))
    .addColumn("many_subordinates", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("has_one_stop_shop", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("valid_from", "date", (c) => c.notNull())
    .addColumn("valid_to", "date")
    .addColumn("is_demo", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint("org_units_validity", sql`valid_to is null or valid_to >= valid_from`)
    .execute();
  await db.schema.createIndex("org_units_parent_idx").on("org_units").column("parent_id").execute();
  await db.schema.createIndex("org_units_code_idx").on("org_units").column("code").execute();
  // Overlapping validity of one code is refused by the repository; this backs it for open-ended units.
  await db.schema
    .createIndex("org_units_code_open_uq")
    .on("org_units")
    .column("code")
    .unique()
    .where(sql.ref("valid_to"), "is", null)
    .execute();

  await db.schema
    .createTable("users")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("username", "varchar(100)", (c) => c.notNull().unique())
    .addColumn("display_name", "varchar(200)", (c) => c.notNull())
    .addColumn("password_hash", "text", (c) => c.notNull())
    .addColumn("active", "boolean", (c) => c.notNull().defaultTo(true))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable("sessions")
    .addColumn("id", "varchar(64)", (c) => c.primaryKey())
    .addColumn("user_id", "integer", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull())
    .addColumn("last_seen", "timestamptz", (c) => c.notNull())
    .addColumn("expires_at", "timestamptz", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("sessions_user_idx").on("sessions").column("user_id").execute();

  await db.schema
    .createTable("role_assignments")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("user_id", "integer", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("role", "varchar(40)", (c) => c.notNull())
    .addColumn("unit_id", "integer", (c) => c.references("org_units.id"))
    .execute();
  await db.schema.createIndex("role_assignments_user_idx").on("role_assignments").column("user_id").execute();

  await db.schema
    .createTable("audit_log")
    .addColumn("id", "bigint", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("at", "timestamptz", (c) => c.notNull())
    .addColumn("user_id", "integer", (c) => c.references("users.id"))
    .addColumn("action", "varchar(40)", (c) => c.notNull())
    .addColumn("entity", "varchar(40)", (c) => c.notNull())
    .addColumn("entity_id", "varchar(64)")
    .addColumn("unit_id", "integer")
    .addColumn("before", "jsonb")
    .addColumn("after", "jsonb")
    .addColumn("ip", "varchar(64)")
    .execute();
  await db.schema.createIndex("audit_log_at_idx").on("audit_log").column("at").execute();
  await db.schema.createIndex("audit_log_user_idx").on("audit_log").column("user_id").execute();
  await db.schema.createIndex("audit_log_unit_idx").on("audit_log").column("unit_id").execute();

  await db.schema
    .createTable("login_attempts")
    .addColumn("id", "bigint", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("at", "timestamptz", (c) => c.notNull())
    .addColumn("username", "varchar(100)", (c) => c.notNull())
    .addColumn("ip", "varchar(64)")
    .execute();
  await db.schema
    .createIndex("login_attempts_username_idx")
    .on("login_attempts")
    .columns(["username", "at"])
    .execute();
  await db.schema.createIndex("login_attempts_ip_idx").on("login_attempts").columns(["ip", "at"]).execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time, not typed by today's schema.
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ["login_attempts", "audit_log", "role_assignments", "sessions", "users", "org_units"]) {
    await db.schema.dropTable(table).execute();
  }
}
