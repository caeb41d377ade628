import type { UnitRef } from "@par/domain";
import { sql } from "kysely";
import { anyInt } from "./any-array";
import type { Db, OrgUnitRow } from "./database";

/** Ancestor paths (the unit first, up to the province) of many units: the stored path, reversed. */
export async function ancestorPaths(db: Db, ids: readonly number[]): Promise<Map<number, number[]>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom("org_units")
    .select(["id", "path"])
    .where("id", "=", sql<number>`any(${[...new Set(ids)]}::int[])`)
    .execute();
  return new Map(rows.map((r) => [r.id, [...r.path].reverse()]));
}

export function toUnitRef(
  u: Omit<OrgUnitRow, "created_at" | "updated_at" | "search_name" | "path" | "province_id">,
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
export async function tieredUnits(db: Db, provinceId: number): Promise<OrgUnitRow[]> {
  return db
    .selectFrom("org_units")
    .selectAll()
    .where("province_id", "=", provinceId)
    .where("tier", "is not", null)
    .orderBy("id")
    .execute();
}

/** Direct children of these units, every validity. */
export async function childrenOfMany(db: Db, parentIds: readonly number[]): Promise<OrgUnitRow[]> {
  if (parentIds.length === 0) return [];
  return db
    .selectFrom("org_units")
    .selectAll()
    .where("parent_id", "=", anyInt(parentIds))
    .orderBy("id")
    .execute();
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
