import { sql } from "kysely";
import type { Db } from "./database";

/** The first day of the review's month in Vietnam's time, as the stats table keys it. */
export function statsMonth(watchedFrom: Date): string {
  return new Date(watchedFrom.getTime() + 7 * 3_600_000).toISOString().slice(0, 8).concat("01");
}

/** Adds reviews to the monthly figures (same transaction as their insert). */
export async function addToMonthlyStats(
  db: Db,
  reviews: readonly {
    unitId: number;
    watchedFrom: Date;
    fromSample: boolean;
    verdict: string;
    items: readonly string[];
  }[],
) {
  const rows = new Map<
    string,
    { unit_id: number; month: string; item: string; reviews: number; from_sample: number; violations: number }
  >();
  const add = (unitId: number, month: string, item: string, r: number, s: number, v: number) => {
    const key = `${unitId}|${month}|${item}`;
    const row = rows.get(key) ?? { unit_id: unitId, month, item, reviews: 0, from_sample: 0, violations: 0 };
    row.reviews += r;
    row.from_sample += s;
    row.violations += v;
    rows.set(key, row);
  };
  for (const r of reviews) {
    const month = statsMonth(r.watchedFrom);
    const violation = r.verdict === "violation" ? 1 : 0;
    add(r.unitId, month, "", 1, r.fromSample ? 1 : 0, violation);
    if (violation) for (const item of r.items) add(r.unitId, month, item, 0, 0, 1);
  }
  if (rows.size === 0) return;
  // Sorted keys: concurrent writers lock rows in one order, so they wait rather than deadlock.
  const values = [...rows.values()].sort((a, b) =>
    `${a.month}${a.unit_id}${a.item}`.localeCompare(`${b.month}${b.unit_id}${b.item}`),
  );
  await db
    .insertInto("camera_monthly_stats")
    .values(values)
    .onConflict((oc) =>
      oc.columns(["month", "unit_id", "item"]).doUpdateSet({
        reviews: sql`camera_monthly_stats.reviews + excluded.reviews`,
        from_sample: sql`camera_monthly_stats.from_sample + excluded.from_sample`,
        violations: sql`camera_monthly_stats.violations + excluded.violations`,
      }),
    )
    .execute();
}

/** Recomputes every monthly figure from the reviews (after a bulk load that bypassed saveReview). */
export async function rebuildMonthlyStats(db: Db) {
  await sql`delete from camera_monthly_stats`.execute(db);
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
