import { ROLE_POLICIES } from "./roles";
import type { RoleAssignment } from "./scope";

/**
 * A user as the visibility and lifecycle rules see them: role assignments, each with the ancestor
 * path of its bound unit (the unit first, then its parent, … the province), and for a sector
 * inspector the lead-body code of its department (see leadBodyOfUnitName).
 */
export interface ViewerAssignment extends RoleAssignment {
  unitPath?: readonly number[];
  leadBody?: string | null;
}

export interface Viewer {
  assignments: readonly ViewerAssignment[];
}

/** Whether an assignment binds the user to one unit (its scope), as opposed to a province-wide role. */
export function isUnitBound(a: ViewerAssignment): boolean {
  return ROLE_POLICIES[a.role].needsUnit;
}
