import { type Permission, ROLE_POLICIES, type Role } from "./roles";

/** One role held by a user, bound to a unit where the role needs one. */
export interface RoleAssignment {
  role: Role;
  unitId: number | null;
}

/**
 * Whether the holder of these assignments may use `permission` on a unit whose chain of ancestors
 * (the unit itself first, then its parent, … up to the province) is `unitPath`.
 * Province-wide roles reach every unit; unit-bound roles reach their unit and everything below it.
 */
export function canOnUnit(
  assignments: readonly RoleAssignment[],
  permission: Permission,
  unitPath: readonly number[],
): boolean {
  return assignments.some((a) => {
    const policy = ROLE_POLICIES[a.role];
    if (!(policy.permissions as readonly Permission[]).includes(permission)) return false;
    if (policy.scope === "province") return true;
    return a.unitId !== null && unitPath.includes(a.unitId);
  });
}

/** Whether the user may use `permission` at all (on some unit). */
export function hasPermission(assignments: readonly RoleAssignment[], permission: Permission): boolean {
  return assignments.some((a) =>
    (ROLE_POLICIES[a.role].permissions as readonly Permission[]).includes(permission),
  );
}

/**
 * The unit roots the user may see with `permission`: `"all"` for a province-wide role, otherwise the
 * bound units (the caller adds their subtrees).
 */
export function scopeRoots(assignments: readonly RoleAssignment[], permission: Permission): "all" | number[] {
  const roots: number[] = [];
  for (const a of assignments) {
    const policy = ROLE_POLICIES[a.role];
    if (!(policy.permissions as readonly Permission[]).includes(permission)) continue;
    if (policy.scope === "province") return "all";
    if (a.unitId !== null) roots.push(a.unitId);
  }
  return roots;
}
