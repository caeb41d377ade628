import { kindsOfTier, type Tier, type UnitKind } from "@par/domain";
import { sql } from "kysely";
import type { Db } from "./database";

export interface CandidateRow {
  id: number;
  code: string;
  name: string;
  kind: UnitKind;
  parent_id: number | null;
  many_subordinates: boolean;
  valid_from: string;
  valid_to: string | null;
  /** The unit's fields (R6), comma-joined; empty when it has none. */
  fields: string;
}

/**
 * The proposal's candidates in one pass: the units of the quota tiers valid on the pool date, with
 * their fields aggregated alongside — only the columns the scoring reads, never the whole register.
 */
export async function proposalCandidates(
  db: Db,
  provinceId: number,
  tiers: readonly Tier[],
  poolDate: string,
): Promise<CandidateRow[]> {
  const kinds = tiers.flatMap((t) => kindsOfTier(t));
  const { rows } = await sql<CandidateRow>`
    select o.id, o.code, o.name, o.kind, o.parent_id, o.many_subordinates, o.valid_from, o.valid_to,
      coalesce((select string_agg(f.field, ',' order by f.field) from unit_fields f where f.unit_id = o.id), '')
        as fields
    from org_units o
    where o.province_id = ${provinceId} and o.kind = any(${sql`${kinds}::text[]`}) and o.valid_from <= ${poolDate}::date
      and (o.valid_to is null or o.valid_to >= ${poolDate}::date)
    order by o.id`.execute(db);
  return rows;
}
