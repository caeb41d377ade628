import { anyInt } from "./any-array";
import type { Db } from "./database";

/**
 * Which of `unitIds` an active head account (`unit_head`) is bound to, in one statement: a unit whose
 * ancestor path holds none of them has nobody to sign, and its clerk's submissions go out directly.
 */
export async function unitsWithActiveHead(db: Db, unitIds: readonly number[]): Promise<Set<number>> {
  if (unitIds.length === 0) return new Set();
  const rows = await db
    .selectFrom("role_assignments as ra")
    .innerJoin("users as u", "u.id", "ra.user_id")
    .select("ra.unit_id")
    .distinct()
    .where("ra.role", "=", "unit_head")
    .where("u.active", "=", true)
    .where("ra.unit_id", "=", anyInt(unitIds))
    .execute();
  return new Set(rows.map((r) => r.unit_id).filter((id): id is number => id !== null));
}

/** Whether someone may sign for the unit whose ancestor path (unit first) is `path`. */
export async function hasActiveHead(db: Db, path: readonly number[]): Promise<boolean> {
  return (await unitsWithActiveHead(db, path)).size > 0;
}
