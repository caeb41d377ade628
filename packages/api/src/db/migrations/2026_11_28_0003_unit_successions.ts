import { type Kysely, sql } from "kysely";

/**
 * Restructurings of the register: who succeeds whom (merges and splits, with the effective date), so
 * that a successor carries its predecessors' history; and the names a unit bore before a rename, so
 * that documents of earlier years can print the name of the time. Written for PostgreSQL 15.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time, not typed by today's schema.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("unit_successions")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("predecessor_id", "integer", (c) => c.notNull().references("org_units.id"))
    .addColumn("successor_id", "integer", (c) => c.notNull().references("org_units.id"))
    .addColumn("kind", "varchar(10)", (c) => c.notNull())
    .addColumn("effective_date", "date", (c) => c.notNull())
    .addColumn("created_by", "integer", (c) => c.references("users.id"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint("unit_successions_kind", sql`kind in ('merge', 'split')`)
    .addCheckConstraint("unit_successions_not_self", sql`predecessor_id <> successor_id`)
    .addUniqueConstraint("unit_successions_pair_uq", ["predecessor_id", "successor_id"])
    .execute();
  await db.schema
    .createIndex("unit_successions_successor_idx")
    .on("unit_successions")
    .column("successor_id")
    .execute();

  await db.schema
    .createTable("unit_former_names")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("unit_id", "integer", (c) => c.notNull().references("org_units.id"))
    .addColumn("name", "varchar(200)", (c) => c.notNull())
    // The last day the unit bore this name.
    .addColumn("valid_to", "date", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex("unit_former_names_unit_idx")
    .on("unit_former_names")
    .column("unit_id")
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time, not typed by today's schema.
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("unit_former_names").execute();
  await db.schema.dropTable("unit_successions").execute();
}
