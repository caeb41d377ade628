import type { Tier } from "@par/domain";
import { sql } from "kysely";
import { anyInt } from "./any-array";
import type { Db, NewOrgUnit, OrgUnitPatch, OrgUnitRow } from "./database";

/** Which units a query may return: every unit, or the subtrees under these roots. */
export type UnitScope = "all" | readonly number[];

export async function findUnit(db: Db, id: number): Promise<OrgUnitRow | undefined> {
  return db.selectFrom("org_units").selectAll().where("id", "=", id).executeTakeFirst();
}

/** The unit and its ancestors, the unit first: the path `canOnUnit` takes. */
/** The unit's id, its parent's, …, up to the root (empty for an unknown id): its materialised path, reversed. */
export async function ancestorPath(db: Db, id: number): Promise<number[]> {
  const row = await db.selectFrom("org_units").select("path").where("id", "=", id).executeTakeFirst();
  return row ? pathUpward(row.path) : [];
}

/** `org_units.path` runs from the root down to the unit; the access rules read it from the unit up. */
export function pathUpward(path: readonly number[]): number[] {
  return [...path].reverse();
}

export async function findUnits(db: Db, ids: readonly number[]): Promise<OrgUnitRow[]> {
  if (ids.length === 0) return [];
  return db.selectFrom("org_units").selectAll().where("id", "=", anyInt(ids)).execute();
}

/** Ids of the roots and everything below them, at any date. */
export async function subtreeIds(db: Db, roots: readonly number[]): Promise<number[]> {
  if (roots.length === 0) return [];
  const rows = await db
    .selectFrom("org_units")
    .select("id")
    .where(sql<boolean>`path && ${[...roots]}::int[]`)
    .execute();
  return rows.map((r) => r.id);
}

/** A LIKE pattern matching `text` anywhere, its wildcards escaped. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** A unit without its bookkeeping timestamps: what lists send on (`select *` fetched columns they dropped). */
export type UnitListRow = Omit<OrgUnitRow, "created_at" | "updated_at" | "path" | "province_id">;
export const LIST_COLUMNS = [
  "id",
  "code",
  "name",
  "search_name",
  "kind",
  "tier",
  "parent_id",
  "many_subordinates",
  "has_one_stop_shop",
  "valid_from",
  "valid_to",
  "is_demo",
] as const satisfies readonly (keyof UnitListRow)[];

/** Units per tier valid on `at` within the scope: one GROUP BY, not the register in memory. */
export async function countByTier(db: Db, scope: UnitScope, at: string): Promise<Map<Tier, number>> {
  if (scope !== "all" && scope.length === 0) return new Map();
  let q = db
    .selectFrom("org_units")
    .select(["tier", (eb) => eb.fn.countAll<string>().as("n")])
    .where("tier", "is not", null)
    .where("valid_from", "<=", at)
    .where((eb) => eb.or([eb("valid_to", "is", null), eb("valid_to", ">=", at)]))
    .groupBy("tier");
  if (scope !== "all") q = q.where(sql<boolean>`path && ${[...scope]}::int[]`);
  const rows = await q.execute();
  return new Map(rows.map((r) => [r.tier as Tier, Number(r.n)]));
}

/** A unit other than `exceptId` holding `code` on some day of [validFrom, validTo]. */
/** A unit of the same province using `code` in an overlapping period (codes are unique per province). */
export async function findCodeClash(
  db: Db,
  provinceId: number,
  code: string,
  validFrom: string,
  validTo: string | null,
  exceptId?: number,
): Promise<OrgUnitRow | undefined> {
  let q = db
    .selectFrom("org_units")
    .selectAll()
    .where("province_id", "=", provinceId)
    .where(sql<boolean>`lower(code) = lower(${code})`)
    .where((eb) => eb.or([eb("valid_to", "is", null), eb("valid_to", ">=", validFrom)]));
  if (validTo !== null) q = q.where("valid_from", "<=", validTo);
  if (exceptId !== undefined) q = q.where("id", "<>", exceptId);
  return q.executeTakeFirst();
}

/** Children still valid after `date` (open-ended, or closing later). */
export async function childrenValidAfter(db: Db, id: number, date: string): Promise<OrgUnitRow[]> {
  return db
    .selectFrom("org_units")
    .selectAll()
    .where("parent_id", "=", id)
    .where((eb) => eb.or([eb("valid_to", "is", null), eb("valid_to", ">", date)]))
    .orderBy("search_name")
    .execute();
}

export async function childrenStartingBefore(db: Db, id: number, date: string): Promise<OrgUnitRow[]> {
  return db
    .selectFrom("org_units")
    .selectAll()
    .where("parent_id", "=", id)
    .where("valid_from", "<", date)
    .execute();
}

export async function insertUnit(db: Db, unit: NewOrgUnit): Promise<OrgUnitRow> {
  return db.insertInto("org_units").values(unit).returningAll().executeTakeFirstOrThrow();
}

export async function insertUnits(db: Db, units: readonly NewOrgUnit[]): Promise<OrgUnitRow[]> {
  if (units.length === 0) return [];
  return db.insertInto("org_units").values(units).returningAll().execute();
}

export async function updateUnit(db: Db, id: number, patch: OrgUnitPatch): Promise<OrgUnitRow> {
  return db.updateTable("org_units").set(patch).where("id", "=", id).returningAll().executeTakeFirstOrThrow();
}

export async function countUnits(db: Db): Promise<number> {
  const row = await db
    .selectFrom("org_units")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * The top of a scope valid on `at`: its own roots, or for the whole register the units without a
 * parent (one per province). Never what lies below them.
 */
export async function scopeRootRows(db: Db, scope: UnitScope, at: string): Promise<OrgUnitRow[]> {
  if (scope !== "all") return findUnits(db, scope);
  return db
    .selectFrom("org_units")
    .selectAll()
    .where("parent_id", "is", null)
    .where("valid_from", "<=", at)
    .where((eb) => eb.or([eb("valid_to", "is", null), eb("valid_to", ">=", at)]))
    .orderBy("search_name")
    .orderBy("id")
    .execute();
}
