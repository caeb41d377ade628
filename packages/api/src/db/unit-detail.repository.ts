import { sql } from "kysely";
import type { UnitDtoRow } from "../units/unit-dto";
import type { Db, OrgUnitRow } from "./database";

export interface UnitDetailRow {
  unit: OrgUnitRow;
  /** Root first, without the unit itself: a breadcrumb. */
  ancestors: UnitDtoRow[];
  /** By name, then id. */
  children: UnitDtoRow[];
  /** R6: the fields the unit handles, which the proposal weighs. */
  fields: string[];
}

const DTO_JSON = (alias: string) =>
  sql.raw(`json_build_object(
  'id', ${alias}.id, 'code', ${alias}.code, 'name', ${alias}.name, 'kind', ${alias}.kind, 'tier', ${alias}.tier,
  'parent_id', ${alias}.parent_id, 'many_subordinates', ${alias}.many_subordinates,
  'has_one_stop_shop', ${alias}.has_one_stop_shop, 'valid_from', ${alias}.valid_from, 'valid_to', ${alias}.valid_to,
  'is_demo', ${alias}.is_demo)`);

/**
 * A unit's page (units.get) in one statement: the unit, its ancestors from its materialised path,
 * its children and its fields. Four round trips before (issue 8 §4: a light read's cost is its
 * round trips, not its rows).
 */
export async function unitDetail(db: Db, id: number): Promise<UnitDetailRow | undefined> {
  const result = await sql<
    OrgUnitRow & { ancestors: UnitDtoRow[]; children: UnitDtoRow[]; fields: string[] }
  >`
    select u.*,
      coalesce((select json_agg(${DTO_JSON("a")} order by array_position(u.path, a.id))
                from org_units a where a.id = any(u.path) and a.id <> u.id), '[]'::json) as ancestors,
      coalesce((select json_agg(${DTO_JSON("c")} order by c.search_name, c.id)
                from org_units c where c.parent_id = u.id), '[]'::json) as children,
      coalesce((select array_agg(f.field order by f.field) from unit_fields f where f.unit_id = u.id),
               '{}'::text[]) as fields
    from org_units u where u.id = ${id}`.execute(db);
  const row = result.rows[0];
  if (!row) return undefined;
  const { ancestors, children, fields, ...unit } = row;
  return { unit, ancestors, children, fields };
}
