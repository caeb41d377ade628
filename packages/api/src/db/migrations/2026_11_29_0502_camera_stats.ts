import { type Kysely, sql } from "kysely";

/**
 * Monthly camera figures per unit, kept up to date in the transaction that saves each review, so the
 * monthly report reads one row per unit and item instead of aggregating a month of reviews
 * (≈ 80,000 rows per month at a million reviews a year). `item` is '' for the unit's totals, else a
 * checklist item code counting violations that ticked it. Filled from existing reviews here.
 * Written for PostgreSQL 15.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time, not typed by today's schema.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("camera_monthly_stats")
    .addColumn("unit_id", "integer", (c) => c.notNull().references("org_units.id"))
    .addColumn("month", "date", (c) => c.notNull())
    .addColumn("item", "varchar(40)", (c) => c.notNull())
    .addColumn("reviews", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("from_sample", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("violations", "integer", (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint("camera_monthly_stats_pk", ["month", "unit_id", "item"])
    .execute();
  await sql`
    insert into camera_monthly_stats (unit_id, month, item, reviews, from_sample, violations)
    select unit_id, date_trunc('month', watched_from at time zone 'UTC' + interval '7 hours')::date, '',
      count(*), count(sample_window_id), count(*) filter (where verdict = 'violation')
    from camera_reviews group by 1, 2
  `.execute(db);
  await sql`
    insert into camera_monthly_stats (unit_id, month, item, violations)
    select unit_id, date_trunc('month', watched_from at time zone 'UTC' + interval '7 hours')::date, item, count(*)
    from camera_reviews, unnest(items) item where verdict = 'violation' group by 1, 2, 3
  `.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time, not typed by today's schema.
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("camera_monthly_stats").execute();
}
