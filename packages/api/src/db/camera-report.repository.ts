import { sql } from "kysely";
import type { Db } from "./database";
import type { UnitScope } from "./unit.repository";

/** [from, to) of a month in Vietnam's time (UTC+7). */
export function monthBounds(year: number, month: number): { from: Date; to: Date } {
  const pad = (n: number) => String(n).padStart(2, "0");
  const next = month === 12 ? `${year + 1}-01` : `${year}-${pad(month + 1)}`;
  return {
    from: new Date(`${year}-${pad(month)}-01T00:00:00+07:00`),
    to: new Date(`${next}-01T00:00:00+07:00`),
  };
}

const scopeWhere = (scope: UnitScope) =>
  scope === "all" ? sql<boolean>`true` : sql<boolean>`u.path && ${[...scope]}::int[]`;

/**
 * Per unit for one month, all in SQL: reviews done (from the sample and ad hoc), sample windows drawn,
 * violations, and violations per checklist item. Ranges on watched_from use the (unit_id, watched_from) index.
 */
export async function monthlyByUnit(db: Db, scope: UnitScope, year: number, month: number) {
  if (scope !== "all" && scope.length === 0) return [];
  const { from, to } = monthBounds(year, month);
  const rows = await sql<{
    unit_id: number;
    unit_name: string;
    district_name: string | null;
    reviews: number;
    from_sample: number;
    violations: number;
    sampled: number;
    by_item: Record<string, number> | null;
  }>`
    with r as (
      select r.unit_id, r.verdict, r.items, r.sample_window_id
      from camera_reviews r join org_units u on u.id = r.unit_id
      where r.watched_from >= ${from} and r.watched_from < ${to} and ${scopeWhere(scope)}
    ),
    per_unit as (
      select unit_id, count(*)::int as reviews,
        count(sample_window_id)::int as from_sample,
        count(*) filter (where verdict = 'violation')::int as violations
      from r group by unit_id
    ),
    per_item as (
      select unit_id, jsonb_object_agg(item, n) as by_item from (
        select unit_id, item, count(*)::int as n from r, unnest(items) as item
        where verdict = 'violation' group by unit_id, item
      ) x group by unit_id
    ),
    sampled as (
      select c.shop_unit_id as unit_id, count(*)::int as sampled
      from camera_sample_windows w join camera_counters c on c.id = w.counter_id
      join org_units u on u.id = c.shop_unit_id
      where w.start_at >= ${from} and w.start_at < ${to} and ${scopeWhere(scope)}
      group by c.shop_unit_id
    )
    select u.id as unit_id, u.name as unit_name, d.name as district_name,
      coalesce(p.reviews, 0) as reviews, coalesce(p.from_sample, 0) as from_sample,
      coalesce(p.violations, 0) as violations, coalesce(s.sampled, 0) as sampled, i.by_item
    from (select unit_id from per_unit union select unit_id from sampled) k
    join org_units u on u.id = k.unit_id
    left join org_units d on d.id = u.path[2] and d.id <> u.id
    left join per_unit p on p.unit_id = k.unit_id
    left join per_item i on i.unit_id = k.unit_id
    left join sampled s on s.unit_id = k.unit_id
    order by u.search_name, u.id
    limit 5000
  `.execute(db);
  return rows.rows;
}

/** Reviews and violations per month of the year up to `month`: the trend line. */
export async function monthlyTrend(db: Db, scope: UnitScope, year: number) {
  if (scope !== "all" && scope.length === 0) return [];
  const from = monthBounds(year, 1).from;
  const to = monthBounds(year, 12).to;
  const rows = await sql<{ month: number; reviews: number; violations: number }>`
    select extract(month from (r.watched_from at time zone 'UTC') + interval '7 hours')::int as month,
      count(*)::int as reviews, count(*) filter (where r.verdict = 'violation')::int as violations
    from camera_reviews r join org_units u on u.id = r.unit_id
    where r.watched_from >= ${from} and r.watched_from < ${to} and ${scopeWhere(scope)}
    group by 1 order by 1
  `.execute(db);
  return rows.rows;
}

/** Violations seen on camera per unit over [from, to) (the risk signal of the proposal), grouped in SQL. */
export async function violationsByUnit(db: Db, from: Date, to: Date) {
  const rows = await sql<{ unit_id: number; violations: number }>`
    select unit_id, count(*)::int as violations from camera_reviews
    where verdict = 'violation' and watched_from >= ${from} and watched_from < ${to}
    group by unit_id
  `.execute(db);
  return rows.rows;
}
