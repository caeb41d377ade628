import type { UnitRef } from "@par/domain";
import { sql } from "kysely";
import type { Db, OrgUnitRow } from "./database";

/** Ancestor paths (the unit first, up to the province) of many units in one query. */
export async function ancestorPaths(db: Db, ids: readonly number[]): Promise<Map<number, number[]>> {
  const paths = new Map<number, number[]>();
  if (ids.length === 0) return paths;
  const unique = [...new Set(ids)];
  const result = await sql<{ start: number; id: number; depth: number }>`
    with recursive up(start, id, parent_id, depth) as (
      select id, id, parent_id, 0 from org_units where id in (${sql.join(unique)})
      union all
      select up.start, u.id, u.parent_id, up.depth + 1 from org_units u join up on u.id = up.parent_id
    )
    select start, id, depth from up order by start, depth`.execute(db);
  for (const r of result.rows) {
    const path = paths.get(r.start) ?? [];
    path.push(r.id);
    paths.set(r.start, path);
  }
  return paths;
}

export function toUnitRef(
  u: Omit<OrgUnitRow, "created_at" | "updated_at" | "search_name">,
): UnitRef & { code: string; name: string } {
  return {
    id: u.id,
    code: u.code,
    name: u.name,
    kind: u.kind,
    parentId: u.parent_id,
    manySubordinates: u.many_subordinates,
    validFrom: u.valid_from,
    validTo: u.valid_to,
  };
}

/** Units of the quota tiers (agencies, districts, communes), every validity: the rules pick the year's pool. */
export async function tieredUnits(db: Db): Promise<OrgUnitRow[]> {
  return db.selectFrom("org_units").selectAll().where("tier", "is not", null).orderBy("id").execute();
}

/** Direct children of these units, every validity. */
export async function childrenOfMany(db: Db, parentIds: readonly number[]): Promise<OrgUnitRow[]> {
  if (parentIds.length === 0) return [];
  return db.selectFrom("org_units").selectAll().where("parent_id", "in", parentIds).orderBy("id").execute();
}

/** The root (province) units. */
export async function rootUnits(db: Db): Promise<OrgUnitRow[]> {
  return db.selectFrom("org_units").selectAll().where("parent_id", "is", null).orderBy("id").execute();
}

/**
 * Serializes scheduling decisions about one unit: two requests creating or moving visits to the same
 * unit at once would otherwise both pass the same-days check (R7).
 */
export async function lockUnitForScheduling(db: Db, id: number): Promise<void> {
  await db.selectFrom("org_units").select("id").where("id", "=", id).forUpdate().execute();
}
