import { type RawBuilder, sql } from "kysely";
import type { Db } from "./database";
import { DOSSIER_COUNT_COLUMNS, type DossierCountColumns } from "./dossier-columns";
import type { UnitScope } from "./unit.repository";

/** `sum(c)::int as c` for every count column: aggregates stay in SQL. */
const sums = sql.raw(
  DOSSIER_COUNT_COLUMNS.map((x) => `coalesce(sum(s.${x.column}), 0)::bigint as ${x.column}`).join(", "),
);
const yearRange = (year: number) =>
  sql`s.month >= ${`${year}-01-01`}::date and s.month < ${`${year + 1}-01-01`}::date`;
const inScope = (scope: UnitScope): RawBuilder<boolean> =>
  scope === "all" ? sql<boolean>`true` : sql<boolean>`u.path && ${[...scope]}::int[]`;

export type SumRow = DossierCountColumns & Record<string, unknown>;

export interface StoredMonth extends DossierCountColumns {
  unit_id: number;
  month: string;
}

/** The stored months of these units within [from, to] (the audit's "before" of an import). */
export async function storedMonths(
  db: Db,
  unitIds: readonly number[],
  from: string,
  to: string,
): Promise<StoredMonth[]> {
  if (unitIds.length === 0) return [];
  const { rows } = await sql<StoredMonth>`
    select * from dossier_stats where unit_id = any(${[...unitIds]}::int[]) and month >= ${from}::date and month <= ${to}::date`.execute(
    db,
  );
  return rows;
}

/** Writes months (new or replacing the stored ones) in statements of 500 rows. */
export async function upsertMonths(
  db: Db,
  rows: readonly (DossierCountColumns & { province_id: number; unit_id: number; month: string })[],
  userId: number,
  now: Date,
): Promise<void> {
  const set = Object.fromEntries(
    [...DOSSIER_COUNT_COLUMNS.map((x) => x.column), "updated_by", "updated_at"].map((c) => [
      c,
      sql.ref(`excluded.${c}`),
    ]),
  );
  for (let i = 0; i < rows.length; i += 500) {
    await db
      .insertInto("dossier_stats")
      .values(rows.slice(i, i + 500).map((r) => ({ ...r, updated_by: userId, updated_at: now })))
      .onConflict((oc) => oc.columns(["unit_id", "month"]).doUpdateSet(set))
      .execute();
  }
}

export interface MonthRow extends DossierCountColumns {
  unit_id: number;
  unit_code: string;
  unit_name: string;
  month: string;
}

/** A year's stored months in scope, by (month, unit), keyset-paginated; one query. */
export async function pageMonths(
  db: Db,
  f: {
    provinceId: number;
    scope: UnitScope;
    year: number;
    unitId?: number | undefined;
    after: { month: string; unitId: number } | null;
    limit: number;
  },
): Promise<MonthRow[]> {
  if (f.scope !== "all" && f.scope.length === 0) return [];
  const { rows } = await sql<MonthRow>`
    select s.*, u.code as unit_code, u.name as unit_name
    from dossier_stats s join org_units u on u.id = s.unit_id
    where s.province_id = ${f.provinceId} and ${yearRange(f.year)} and ${inScope(f.scope)}
      ${f.unitId !== undefined ? sql`and s.unit_id = ${f.unitId}` : sql``}
      ${f.after ? sql`and (s.month, s.unit_id) > (${f.after.month}::date, ${f.after.unitId})` : sql``}
    order by s.month, s.unit_id
    limit ${f.limit + 1}`.execute(db);
  return rows;
}

export interface GroupSumRow extends SumRow {
  id: number;
  code: string;
  name: string;
  kind: string;
  /** The page's sort key (the folded name: "dong nai" order, and the register's index). */
  search_name: string;
  months: number;
}

/**
 * A year's sums per unit, or per district (the district, its divisions and its communes), in scope;
 * keyset on (folded name, id). Per unit the page is chosen first (units with figures that year, by the
 * register's (province, search_name, id) index) and only its rows are summed: ~1 ms for a page of 50
 * among 12,000 units (docs/dossiers.md). Per district the year is summed over each district's subtree.
 */
export async function pageYearSums(
  db: Db,
  f: {
    provinceId: number;
    scope: UnitScope;
    year: number;
    by: "unit" | "district";
    after: { name: string; id: number } | null;
    limit: number;
  },
): Promise<GroupSumRow[]> {
  if (f.scope !== "all" && f.scope.length === 0) return [];
  const after = f.after ? sql`and (g.search_name, g.id) > (${f.after.name}, ${f.after.id})` : sql``;
  if (f.by === "unit") {
    const { rows } = await sql<GroupSumRow>`
      with page as (
        select g.id, g.code, g.name, g.kind, g.search_name from org_units g
        where g.province_id = ${f.provinceId} ${after}
          and ${f.scope === "all" ? sql`true` : sql`g.path && ${[...f.scope]}::int[]`}
          and exists (select 1 from dossier_stats s where s.unit_id = g.id and ${yearRange(f.year)})
        order by g.search_name, g.id
        limit ${f.limit + 1})
      select page.*, x.* from page cross join lateral (
        select count(*)::int as months, ${sums} from dossier_stats s where s.unit_id = page.id and ${yearRange(f.year)}) x
      order by page.search_name, page.id`.execute(db);
    return rows;
  }
  const { rows } = await sql<GroupSumRow>`
    select g.id, g.code, g.name, g.kind, g.search_name, count(distinct s.month)::int as months, ${sums}
    from dossier_stats s join org_units u on u.id = s.unit_id
      join org_units g on g.kind = 'district' and g.id = any(u.path)
    where s.province_id = ${f.provinceId} and ${yearRange(f.year)} and ${inScope(f.scope)} ${after}
    group by g.id
    order by g.search_name, g.id
    limit ${f.limit + 1}`.execute(db);
  return rows;
}

/** The twelve months' sums in scope (or within one unit's subtree): a trend, one aggregate. */
export async function monthSums(
  db: Db,
  f: { provinceId: number; scope: UnitScope; year: number; unitId?: number | undefined },
): Promise<(SumRow & { month: string })[]> {
  if (f.scope !== "all" && f.scope.length === 0) return [];
  const { rows } = await sql<SumRow & { month: string }>`
    select s.month, ${sums}
    from dossier_stats s join org_units u on u.id = s.unit_id
    where s.province_id = ${f.provinceId} and ${yearRange(f.year)} and ${inScope(f.scope)}
      ${f.unitId !== undefined ? sql`and u.path && ${[f.unitId]}::int[]` : sql``}
    group by s.month order by s.month`.execute(db);
  return rows;
}

/** One unit's own months of a year, summed (what the unit itself reported). */
export async function unitYearSums(
  db: Db,
  unitId: number,
  year: number,
): Promise<SumRow & { months: number }> {
  const { rows } = await sql<SumRow & { months: number }>`
    select count(*)::int as months, ${sums} from dossier_stats s where s.unit_id = ${unitId} and ${yearRange(year)}`.execute(
    db,
  );
  return rows[0]!;
}

/** Every unit's sums over [from, to) in a province (the proposal's risk signal): one aggregate. */
export async function unitSumsBetween(db: Db, provinceId: number, from: string, toExclusive: string) {
  const { rows } = await sql<SumRow & { unit_id: number }>`
    select s.unit_id, ${sums} from dossier_stats s
    where s.province_id = ${provinceId} and s.month >= ${from}::date and s.month < ${toExclusive}::date
    group by s.unit_id`.execute(db);
  return rows;
}

export async function thresholdsOf(db: Db, provinceId: number, year: number) {
  return db
    .selectFrom("dossier_thresholds")
    .select(["thresholds", "updated_at"])
    .where("province_id", "=", provinceId)
    .where("year", "=", year)
    .executeTakeFirst();
}

export async function saveThresholdsRow(
  db: Db,
  provinceId: number,
  year: number,
  thresholds: Record<string, number>,
  userId: number,
  now: Date,
) {
  await db
    .insertInto("dossier_thresholds")
    .values({
      province_id: provinceId,
      year,
      thresholds: JSON.stringify(thresholds),
      updated_by: userId,
      updated_at: now,
    })
    .onConflict((oc) =>
      oc
        .columns(["province_id", "year"])
        .doUpdateSet({ thresholds: JSON.stringify(thresholds), updated_by: userId, updated_at: now }),
    )
    .execute();
}
