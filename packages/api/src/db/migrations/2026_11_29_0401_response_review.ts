import { type Kysely, sql } from "kysely";

/**
 * The review loop on a unit's response to a recommendation (issue 9 §4–§5): the clerk's draft, the
 * head's approval, the province's decision, and the comments that came back with a return. Null
 * review_state: nothing drafted in the portal (older answers went straight to "responded").
 * Written for PostgreSQL 15 (PGlite is 18).
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time, not typed by today's schema.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("recommendations")
    .addColumn("review_state", "varchar(20)")
    .addColumn("review_comments", "jsonb", (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn("submitted_by", "integer", (c) => c.references("users.id"))
    .addColumn("submitted_at", "timestamptz")
    .addColumn("approved_by", "integer", (c) => c.references("users.id"))
    .addColumn("approved_at", "timestamptz")
    .execute();
  await sql`alter table recommendations add constraint recommendations_review_state
    check (review_state in ('draft', 'submitted', 'approved', 'returned', 'accepted'))`.execute(db);
  // The portal's list: a unit's recommendations by deadline (keyset on deadline, id).
  await db.schema
    .createIndex("recommendations_unit_deadline_idx")
    .on("recommendations")
    .columns(["unit_id", "deadline", "id"])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time, not typed by today's schema.
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("recommendations_unit_deadline_idx").execute();
  await db.schema.alterTable("recommendations").dropConstraint("recommendations_review_state").execute();
  await db.schema
    .alterTable("recommendations")
    .dropColumn("review_state")
    .dropColumn("review_comments")
    .dropColumn("submitted_by")
    .dropColumn("submitted_at")
    .dropColumn("approved_by")
    .dropColumn("approved_at")
    .execute();
}
