import {
  countsTowardDuty,
  INSPECTING_KINDS,
  INTERNAL_POOL_KINDS,
  INTERNAL_STATUSES,
  type UnitKind,
} from "@par/domain";
import { sql } from "kysely";
import type { Db } from "./database";

export interface InternalCountsRow {
  id: number;
  code: string;
  name: string;
  kind: UnitKind;
  many_subordinates: boolean;
  pool_size: number;
  done: number;
}

const texts = (xs: readonly string[]) => sql`${[...xs]}::text[]`;

/** The stages that count toward R9, from the domain's rule. */
const DUTY_STATUSES = INTERNAL_STATUSES.filter(countsTowardDuty);

/**
 * R9 counted in SQL for every inspecting unit of the province in scope (valid on the pool date): its
 * pool — direct subordinates of the kinds INTERNAL_POOL_KINDS names, plus the units in its field of
 * management (field_oversight), valid on the pool date — and how many of them it inspected internally
 * in the year (the stages countsTowardDuty names). One statement, whatever the number of units; the
 * domain's internalCoverage decides the same on one unit (aggregates-sql.test.ts).
 */
export async function internalCoverageCounts(
  db: Db,
  f: { provinceId: number; year: number; poolDate: string; scopeRoots: "all" | readonly number[] },
): Promise<InternalCountsRow[]> {
  const inScope = f.scopeRoots === "all" ? sql`true` : sql`p.path && ${sql`${[...f.scopeRoots]}::int[]`}`;
  const valid = (a: string) =>
    sql`${sql.ref(`${a}.valid_from`)} <= ${f.poolDate}::date and (${sql.ref(`${a}.valid_to`)} is null or ${sql.ref(`${a}.valid_to`)} >= ${f.poolDate}::date)`;
  const { rows } = await sql<InternalCountsRow & { pool_size: string; done: string }>`
    with parents as (
      select p.id, p.code, p.name, p.kind, p.many_subordinates from org_units p
      where p.province_id = ${f.provinceId} and p.kind = any(${texts(INSPECTING_KINDS)}) and ${valid("p")}
        and ${inScope}),
    pool as (
      select p.id as parent_id, c.id as unit_id from parents p
      join org_units c on c.parent_id = p.id and c.id <> p.id and ${valid("c")}
        and c.kind = any(case when p.kind = 'district' then ${texts(INTERNAL_POOL_KINDS.district)}
          else ${texts(INTERNAL_POOL_KINDS.other)} end)
      union
      select p.id, c.id from parents p
      join field_oversight fo on fo.department_id = p.id
      join org_units c on c.id = fo.unit_id and c.id <> p.id and ${valid("c")})
    select p.id, p.code, p.name, p.kind, p.many_subordinates,
      count(pool.unit_id) as pool_size,
      count(pool.unit_id) filter (where exists (select 1 from internal_inspections n
        where n.parent_unit_id = p.id and n.target_unit_id = pool.unit_id and n.year = ${f.year}
          and n.status = any(${texts(DUTY_STATUSES)}))) as done
    from parents p left join pool on pool.parent_id = p.id
    group by p.id, p.code, p.name, p.kind, p.many_subordinates`.execute(db);
  return rows.map((r) => ({ ...r, pool_size: Number(r.pool_size), done: Number(r.done) }));
}
