import { canOnUnit, type Permission, scopeRoots } from "@par/domain";
import type { SessionUser } from "../auth/sessions";
import type { Db, OrgUnitRow } from "../db/database";
import { ancestorPath, findUnit, pathUpward, type UnitScope } from "../db/unit.repository";
import { fail } from "../errors";

/** The units a user reaches with `permission`: everything, or the subtrees of the bound units. */
export function scopeOf(user: SessionUser, permission: Permission): UnitScope {
  return scopeRoots(user.assignments, permission);
}

export function unitNotFound(field = "id"): never {
  fail("UNIT.NOT_FOUND", "Không tìm thấy đơn vị / Unit not found", field);
}

/** The unit, if it exists and lies in the user's scope for `permission`; NOT_FOUND / FORBIDDEN otherwise. */
export async function unitInScope(
  db: Db,
  user: SessionUser,
  permission: Permission,
  unitId: number,
  field = "id",
): Promise<OrgUnitRow> {
  const unit = await findUnit(db, unitId);
  if (!unit) unitNotFound(field);
  assertCanOnPath(user, permission, pathUpward(unit.path));
  return unit;
}

/** The scope check on a unit already read (its path from the unit up to the root). */
export function assertCanOnPath(user: SessionUser, permission: Permission, upward: readonly number[]): void {
  if (!canOnUnit(user.assignments, permission, upward)) {
    fail("ACCESS.OUT_OF_SCOPE", "Đơn vị nằm ngoài phạm vi của bạn / This unit is outside your scope");
  }
}

export async function assertCanOnUnit(db: Db, user: SessionUser, permission: Permission, unitId: number) {
  assertCanOnPath(user, permission, await ancestorPath(db, unitId));
}
