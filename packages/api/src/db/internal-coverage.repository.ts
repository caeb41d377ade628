import { INSPECTING_KINDS, INTERNAL_POOL_KINDS, type UnitKind } from "@par/domain";
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

/**
 * R9 counted in SQL for every inspecting unit in scope (valid on the pool date): its pool — direct
 * subordinates of the kinds INTERNAL_POOL_KINDS names, valid on the pool date — and how many of them
 * it inspected internally (done) in the year. One statement, whatever the number of units.
 */
export async function internalCoverageCounts(
  db: Db,
  f: { year: number; poolDate: string; scopeRoots: "all" | readonly number[] },
): Promise<InternalCountsRow[]> {
  const inScope = f.scopeRoots === "all" ? sql`true` : sql`p.path && ${sql`${[...f.scopeRoots]}::int[]`}`;
  const { rows } = await sql<InternalCountsRow & { pool_size: string; done: string }>`
    select p.id, p.code, p.name, p.kind, p.many_subordinates,
      count(c.id) as pool_size,
      count(c.id) filter (where exists (select 1 from internal_inspections n
        where n.parent_unit_id = p.id and n.target_unit_id = c.id and n.year = ${f.year}
          and n.status = 'done')) as done
    from org_units p
    left join org_units c on c.parent_id = p.id
      and c.kind = any(case when p.kind = 'district' then ${texts(INTERNAL_POOL_KINDS.district)}
        else ${texts(INTERNAL_POOL_KINDS.other)} end)
      and c.valid_from <= ${f.poolDate}::date and (c.valid_to is null or c.valid_to >= ${f.poolDate}::date)
    where p.kind = any(${texts(INSPECTING_KINDS)})
      and p.valid_from <= ${f.poolDate}::date and (p.valid_to is null or p.valid_to >= ${f.poolDate}::date)
      and ${inScope}
    group by p.id`.execute(db);
  return rows.map((r) => ({ ...r, pool_size: Number(r.pool_size), done: Number(r.done) }));
}
