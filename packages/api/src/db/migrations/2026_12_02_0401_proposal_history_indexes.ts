import { type Kysely, sql } from "kysely";

/**
 * The proposal's history (R6, db/history.repository historyFacts) read from indexes alone. It reads a
 * province's inspections of earlier plans, their findings' ratings and their open recommendations; the
 * rows of one province lie scattered over the tables' pages, so each row read from the heap was a page
 * read (2,540 pages per province on the national data set). The two province list indexes now carry
 * the columns it reads (same names and keys, so every read they served before they still serve), and
 * the open recommendations get a partial index of their own: index-only scans, ~20 pages per table.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against the schema of their time
export async function up(db: Kysely<any>): Promise<void> {
  await sql`drop index if exists inspections_province_plan_idx`.execute(db);
  await sql`
    create index inspections_province_plan_idx on inspections (province_id, plan_id, start_date, id)
    include (target_unit_id, form, status)`.execute(db);
  await sql`drop index if exists findings_province_inspection_idx`.execute(db);
  await sql`
    create index findings_province_inspection_idx on findings (province_id, inspection_id)
    include (rating)`.execute(db);
  await sql`
    create index if not exists recommendations_province_open_idx
    on recommendations (province_id, inspection_id) include (unit_id, status, deadline, responded_on)
    where status in ('open', 'responded', 'not_resolved')`.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: as above
export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index if exists recommendations_province_open_idx`.execute(db);
  await sql`drop index if exists findings_province_inspection_idx`.execute(db);
  await sql`create index findings_province_inspection_idx on findings (province_id, inspection_id)`.execute(
    db,
  );
  await sql`drop index if exists inspections_province_plan_idx`.execute(db);
  await sql`
    create index inspections_province_plan_idx on inspections (province_id, plan_id, start_date, id)`.execute(
    db,
  );
}
