import { anyInt } from "./any-array";
import type { Db, OrgUnitRow } from "./database";

/** R9's field units (thuộc phạm vi quản lý ngành, lĩnh vực) of many departments, in one statement. */
export async function fieldUnitsOfMany(
  db: Db,
  departmentIds: readonly number[],
): Promise<(OrgUnitRow & { department_id: number })[]> {
  if (departmentIds.length === 0) return [];
  return db
    .selectFrom("field_oversight as f")
    .innerJoin("org_units as u", "u.id", "f.unit_id")
    .selectAll("u")
    .select("f.department_id")
    .where("f.department_id", "=", anyInt(departmentIds))
    .orderBy("u.id")
    .execute();
}

export async function isFieldUnitOf(db: Db, departmentId: number, unitId: number): Promise<boolean> {
  const row = await db
    .selectFrom("field_oversight")
    .select("unit_id")
    .where("department_id", "=", departmentId)
    .where("unit_id", "=", unitId)
    .executeTakeFirst();
  return row !== undefined;
}

/** The departments whose field a unit is in (the inspecting parents besides its tree parent). */
export async function overseersOf(db: Db, unitId: number): Promise<number[]> {
  const rows = await db
    .selectFrom("field_oversight")
    .select("department_id")
    .where("unit_id", "=", unitId)
    .execute();
  return rows.map((r) => r.department_id);
}

export async function addFieldUnit(
  db: Db,
  row: { department_id: number; unit_id: number; created_by: number | null; created_at: Date },
): Promise<boolean> {
  const r = await db
    .insertInto("field_oversight")
    .values(row)
    .onConflict((c) => c.columns(["department_id", "unit_id"]).doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function removeFieldUnit(db: Db, departmentId: number, unitId: number): Promise<boolean> {
  const r = await db
    .deleteFrom("field_oversight")
    .where("department_id", "=", departmentId)
    .where("unit_id", "=", unitId)
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}
