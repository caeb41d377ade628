import { type Kysely, sql } from "kysely";

/**
 * Idempotency keys of creates and uploads: one row per (user, key), written in the same transaction
 * as the work it stands for, with the procedure, the SHA-256 of the canonical input and the answer
 * (superjson, so Dates survive a replay). Rows older than a day are purged on later writes, hence the
 * index on created_at. Written for PostgreSQL 15.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time, not typed by today's schema.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("idempotency_keys")
    .addColumn("id", "bigserial", (c) => c.primaryKey())
    .addColumn("user_id", "integer", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("key", "varchar(36)", (c) => c.notNull())
    .addColumn("path", "varchar(100)", (c) => c.notNull())
    .addColumn("request_hash", "char(64)", (c) => c.notNull())
    // json, not jsonb: the text is kept as written, so a replay answers byte for byte what the first did.
    .addColumn("response", "json", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint("idempotency_keys_user_key", ["user_id", "key"])
    .execute();
  await db.schema
    .createIndex("idempotency_keys_created_at")
    .on("idempotency_keys")
    .column("created_at")
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time, not typed by today's schema.
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("idempotency_keys").execute();
}
