import {
  type CoverageState,
  type InspectionForm,
  kindsOfTier,
  PENDING_STATUSES,
  STARTED_STATUSES,
  type Tier,
  type TierCounts,
} from "@par/domain";
import { type RawBuilder, sql } from "kysely";
import type { Db } from "./database";
import { type TemplateSpec, visibleInspection } from "./visibility.predicate";

/** What R2 reads, as the domain gives it: the plan, its pool date, the forms that count, who is asking. */
export interface CoverageQuery {
  planId: number;
  /** The plan's province (issue 8 §3): the pool is that province's units only. */
  provinceId: number;
  /** poolDate(year): units valid on it are the tier's pool. */
  poolDate: string;
  forms: readonly InspectionForm[];
  visibleTo: readonly TemplateSpec[];
}

const texts = (xs: readonly string[]) => sql`${[...xs]}::text[]`;

/** The tier of a kind as a SQL CASE, from the domain's table (kindsOfTier). */
function tierCase(tiers: readonly Tier[]): RawBuilder<string> {
  return sql<string>`case ${sql.join(
    tiers.map((t) => sql`when pool.kind = any(${texts(kindsOfTier(t))}) then ${t}`),
    sql` `,
  )} end`;
}

/**
 * Per unit of the pool: whether a visible on-site inspection of the plan has started (done) or only
 * a pending one exists (planned). R5 filters before anything is counted: a secret never counts.
 */
function poolWithState(q: CoverageQuery, tiers: readonly Tier[]) {
  const kinds = tiers.flatMap((t) => kindsOfTier(t));
  return sql`pool as (
      select o.id, o.kind, o.code, o.name, o.search_name from org_units o
      where o.province_id = ${q.provinceId} and o.kind = any(${texts(kinds)}) and o.valid_from <= ${q.poolDate}::date
        and (o.valid_to is null or o.valid_to >= ${q.poolDate}::date)),
    facts as (
      select i.target_unit_id,
        bool_or(i.status = any(${texts(STARTED_STATUSES)})) as started,
        bool_or(i.status = any(${texts(PENDING_STATUSES)})) as pending
      from inspections i join plans p on p.id = i.plan_id join org_units u on u.id = i.target_unit_id
      where i.plan_id = ${q.planId} and i.form = any(${texts(q.forms)}) and ${visibleInspection(q.visibleTo)}
      group by i.target_unit_id),
    states as (
      select pool.*, ${tierCase(tiers)} as tier,
        case when coalesce(f.started, false) then 'done' when coalesce(f.pending, false) then 'planned'
          else 'missing' end as state
      from pool left join facts f on f.target_unit_id = pool.id)`;
}

/** R2's counts per tier: one aggregate query, whatever the register's size. */
export async function tierCoverageCounts(
  db: Db,
  q: CoverageQuery,
  tiers: readonly Tier[],
): Promise<TierCounts[]> {
  const { rows } = await sql<{ tier: Tier; eligible: string; done: string; planned: string }>`
    with ${poolWithState(q, tiers)}
    select tier, count(*) as eligible, count(*) filter (where state = 'done') as done,
      count(*) filter (where state = 'planned') as planned
    from states group by tier`.execute(db);
  return rows.map((r) => ({
    tier: r.tier,
    eligible: Number(r.eligible),
    done: Number(r.done),
    planned: Number(r.planned),
  }));
}

export interface CoverageUnitRow {
  id: number;
  code: string;
  name: string;
  search_name: string;
  state: CoverageState;
}

/** One keyset page (folded name, id) of a tier's pool with each unit's state. */
export async function coverageUnitRows(
  db: Db,
  q: CoverageQuery,
  f: {
    tier: Tier;
    state?: CoverageState;
    foldedQuery?: string;
    after?: { key: string; id: number };
    limit: number;
  },
): Promise<CoverageUnitRow[]> {
  const pattern = f.foldedQuery ? `%${f.foldedQuery.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const { rows } = await sql<CoverageUnitRow>`
    with ${poolWithState(q, [f.tier])}
    select id, code, name, search_name, state from states
    where true
      ${f.state ? sql`and state = ${f.state}` : sql``}
      ${pattern ? sql`and (search_name like ${pattern} or lower(code) like ${pattern})` : sql``}
      ${f.after ? sql`and (search_name, id) > (${f.after.key}, ${f.after.id})` : sql``}
    order by search_name, id limit ${f.limit}`.execute(db);
  return rows;
}

/** How many units of the tier are in that state (the list's count): one aggregate. */
export async function countCoverageUnits(
  db: Db,
  q: CoverageQuery,
  f: { tier: Tier; state?: CoverageState; foldedQuery?: string },
): Promise<number> {
  const pattern = f.foldedQuery ? `%${f.foldedQuery.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const { rows } = await sql<{ n: string }>`
    with ${poolWithState(q, [f.tier])}
    select count(*) as n from states where true
      ${f.state ? sql`and state = ${f.state}` : sql``}
      ${pattern ? sql`and (search_name like ${pattern} or lower(code) like ${pattern})` : sql``}`.execute(db);
  return Number(rows[0]?.n ?? 0);
}

/**
 * Units already in the plan for the proposal (R2: an on-site inspection not cancelled, among those the
 * caller sees): the distinct targets only, never the inspections themselves.
 */
export async function coveredTargets(
  db: Db,
  q: Pick<CoverageQuery, "planId" | "forms" | "visibleTo">,
  onlyUnits?: readonly number[],
): Promise<Set<number>> {
  if (onlyUnits && onlyUnits.length === 0) return new Set();
  const { rows } = await sql<{ id: number }>`
    select distinct i.target_unit_id as id
    from inspections i join plans p on p.id = i.plan_id join org_units u on u.id = i.target_unit_id
    where i.plan_id = ${q.planId} and i.status <> 'cancelled' and i.form = any(${texts(q.forms)})
      and ${visibleInspection(q.visibleTo)}
      ${onlyUnits ? sql`and i.target_unit_id = any(${[...onlyUnits]}::int[])` : sql``}`.execute(db);
  return new Set(rows.map((r) => r.id));
}
