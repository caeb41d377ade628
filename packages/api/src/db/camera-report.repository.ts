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
 * Per unit for one month: reviews done (and how many from the sample), violations and violations per
 * checklist item from the monthly figures kept with each review (camera_monthly_stats), and the sample
 * windows drawn (few per day). One statement; its cost follows the number of units, not of reviews.
 */
export async function monthlyByUnit(db: Db, scope: UnitScope, year: number, month: number) {
  if (scope !== "all" && scope.length === 0) return [];
  const { from, to } = monthBounds(year, month);
  const first = `${year}-${String(month).padStart(2, "0")}-01`;
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
    with stats as (
      select s.unit_id,
        sum(s.reviews) filter (where s.item = '')::int as reviews,
        sum(s.from_sample) filter (where s.item = '')::int as from_sample,
        sum(s.violations) filter (where s.item = '')::int as violations,
        jsonb_object_agg(s.item, s.violations) filter (where s.item <> '') as by_item
      from camera_monthly_stats s join org_units u on u.id = s.unit_id
      where s.month = ${first}::date and ${scopeWhere(scope)}
      group by s.unit_id
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
      coalesce(p.violations, 0) as violations, coalesce(s.sampled, 0) as sampled, p.by_item
    from (select unit_id from stats union select unit_id from sampled) k
    join org_units u on u.id = k.unit_id
    left join org_units d on d.id = u.path[2] and d.id <> u.id
    left join stats p on p.unit_id = k.unit_id
    left join sampled s on s.unit_id = k.unit_id
    order by u.search_name, u.id
    limit 5000
  `.execute(db);
  return rows.rows;
}

/** Reviews and violations per month of the year: the trend line, from the monthly figures. */
export async function monthlyTrend(db: Db, scope: UnitScope, year: number) {
  if (scope !== "all" && scope.length === 0) return [];
  const rows = await sql<{ month: number; reviews: number; violations: number }>`
    select extract(month from s.month)::int as month, sum(s.reviews)::int as reviews, sum(s.violations)::int as violations
    from camera_monthly_stats s join org_units u on u.id = s.unit_id
    where s.item = '' and s.month >= ${`${year}-01-01`}::date and s.month <= ${`${year}-12-01`}::date and ${scopeWhere(scope)}
    group by 1 order by 1
  `.execute(db);
  return rows.rows;
}

/**
 * Violations seen on camera per unit of a province over [from, to) (the risk signal of the proposal),
 * grouped in SQL: the province's proposal never reads another province's reviews.
 */
export async function violationsByUnit(db: Db, from: Date, to: Date, provinceId: number) {
  const rows = await sql<{ unit_id: number; violations: number }>`
    select unit_id, count(*)::int as violations from camera_reviews
    where province_id = ${provinceId} and verdict = 'violation' and watched_from >= ${from} and watched_from < ${to}
    group by unit_id
  `.execute(db);
  return rows.rows;
}
