import { ROLE_POLICIES, ROLES, type Role } from "../access/roles";
import type { Bilingual } from "../core/result";

/**
 * Accounts of a province, managed by Sở Nội vụ (issue 9 §7). Pure rules; the API applies them.
 * A province administrator grants every role of its province; never a national one (that belongs to
 * the central body, created by the installation).
 */
export const PROVINCE_GRANTABLE_ROLES = ROLES.filter((r) => ROLE_POLICIES[r].scope !== "nation") as Exclude<
  Role,
  "national_reader"
>[];

/** Usernames: lower-case letters, digits, dot, underscore, hyphen; 3–100 characters (as the first admin's). */
export const USERNAME_PATTERN = /^[a-z0-9._-]{3,100}$/;

/** Why this role and unit do not go together, or null: a unit-bound role names a unit, others none. */
export function roleUnitProblem(role: Role, unitId: number | null): Bilingual | null {
  if (!(PROVINCE_GRANTABLE_ROLES as readonly Role[]).includes(role))
    return {
      vi: "Vai trò: Sở Nội vụ không cấp được vai trò này",
      en: "Role: the Department of Home Affairs cannot grant this role",
    };
  if (ROLE_POLICIES[role].needsUnit && unitId === null)
    return { vi: "Đơn vị: vai trò này cần chọn đơn vị", en: "Unit: this role needs a unit" };
  if (!ROLE_POLICIES[role].needsUnit && unitId !== null)
    return {
      vi: "Đơn vị: vai trò cấp tỉnh không gắn với đơn vị",
      en: "Unit: a province-wide role is not bound to a unit",
    };
  return null;
}
