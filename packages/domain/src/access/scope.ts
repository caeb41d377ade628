import { type Permission, ROLE_POLICIES, type Role } from "./roles";

/** One role held by a user, bound to a unit where the role needs one. */
export interface RoleAssignment {
  role: Role;
  unitId: number | null;
  /**
   * The account's province: the root of the register it belongs to (issue 8 §3); for a national role,
   * the province it is looking at. The server always sets it (null: none — a province-wide role then
   * reaches nothing, a national one every province). Left out only by pure rules tested on a register
   * of one province, where the province is the whole register.
   */
  provinceId?: number | null;
}

/**
 * The provinces (register roots) an assignment reaches: every one, or a list (maybe empty). A national
 * role reaches every province, or only the one it has chosen to look at (the admin app's switcher).
 */
export function provinceReach(a: RoleAssignment): "all" | number[] {
  if (a.provinceId === undefined) return "all";
  if (a.provinceId === null) return ROLE_POLICIES[a.role].scope === "nation" ? "all" : [];
  return [a.provinceId];
}

function holds(a: RoleAssignment, permission: Permission): boolean {
  return (ROLE_POLICIES[a.role].permissions as readonly Permission[]).includes(permission);
}

/**
 * Whether the holder of these assignments may use `permission` on a unit whose chain of ancestors
 * (the unit itself first, then its parent, … up to the province) is `unitPath`.
 * National roles reach every unit; province-wide roles every unit of their province; unit-bound
 * roles their unit and everything below it.
 */
export function canOnUnit(
  assignments: readonly RoleAssignment[],
  permission: Permission,
  unitPath: readonly number[],
): boolean {
  return assignments.some((a) => {
    if (!holds(a, permission)) return false;
    const scope = ROLE_POLICIES[a.role].scope;
    if (scope === "unit") return a.unitId !== null && unitPath.includes(a.unitId);
    const reach = provinceReach(a);
    return reach === "all" || reach.some((p) => unitPath.includes(p));
  });
}

/** Whether the user may use `permission` at all (on some unit). */
export function hasPermission(assignments: readonly RoleAssignment[], permission: Permission): boolean {
  return assignments.some((a) => holds(a, permission));
}

/**
 * The unit roots the user may see with `permission`: `"all"` for a national role, the province's
 * root for a province-wide one, otherwise the bound units (the caller adds their subtrees).
 */
export function scopeRoots(assignments: readonly RoleAssignment[], permission: Permission): "all" | number[] {
  const roots: number[] = [];
  for (const a of assignments) {
    if (!holds(a, permission)) continue;
    if (ROLE_POLICIES[a.role].scope === "unit") {
      if (a.unitId !== null) roots.push(a.unitId);
      continue;
    }
    const reach = provinceReach(a);
    if (reach === "all") return "all";
    roots.push(...reach);
  }
  return [...new Set(roots)];
}

/**
 * Whether the user holds `permission` over a whole province (not only a unit's subtree): the
 * province-level work — register changes, imports, restructurings — needs this.
 */
export function isProvinceWide(assignments: readonly RoleAssignment[], permission: Permission): boolean {
  return assignments.some((a) => holds(a, permission) && ROLE_POLICIES[a.role].scope !== "unit");
}

/**
 * The provinces the user sees anything of, whatever the permission: an account never reads across
 * provinces unless it is national (R5 and every read are limited to these first).
 */
export function provincesOf(assignments: readonly RoleAssignment[]): "all" | number[] {
  const out: number[] = [];
  for (const a of assignments) {
    const reach = provinceReach(a);
    if (reach === "all") return "all";
    out.push(...reach);
  }
  return [...new Set(out)];
}
