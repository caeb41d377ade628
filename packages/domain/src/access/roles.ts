import { z } from "zod";

/** Roles (vai trò). Each assignment of a role may be bound to a unit, which sets its scope. */
export const ROLES = [
  "province_admin", // Sở Nội vụ, CCHC division
  "province_office", // Văn phòng UBND tỉnh (TTHC control)
  "sector_inspector", // one of the seven sector departments of IV.3
  "unit_officer", // a department's or district's clerk: that unit and its subtree
  "unit_head", // the head (lãnh đạo) of a department or district: approves and signs what the clerk submits
  "camera_reviewer", // remote reviewer of one-stop-shop cameras
  "leader", // provincial leadership: read-only, whole province
  "national_reader", // Bộ Nội vụ / cơ quan trung ương: read-only, every province
] as const;
export const Role = z.enum(ROLES, { error: "Vai trò không hợp lệ / Invalid role" });
export type Role = z.infer<typeof Role>;

/** What a role may do. Names are `<area>.<verb>`; the server checks every procedure against this list. */
export const PERMISSIONS = [
  "units.read",
  "units.write",
  "audit.read",
  "users.manage",
  "plans.read",
  "plans.write",
  "inspections.read",
  "inspections.write",
  "inspections.writeSector",
  "recommendations.respond",
  "recommendations.verify",
  "internal.read",
  "internal.write",
  "selfAssessment.write",
  "submissions.approve",
  "camera.read",
  "camera.review",
  "reports.export",
  "dossiers.read", // the dossier system's monthly counts and rates (issue 11 §1)
  "dossiers.write", // import them, set the year's thresholds, open a remote dossier check (§2)
  "reports.send", // mark the body's own report sent (issue 11 §6); which reports, the domain's maySendFor decides
] as const;
export const Permission = z.enum(PERMISSIONS, { error: "Quyền không hợp lệ / Invalid permission" });
export type Permission = z.infer<typeof Permission>;

/**
 * How far a role reaches: `nation` sees every province; `province` sees every unit of the account's
 * own province (a root of the register); `unit` sees only the unit it is bound to and that unit's
 * subtree (a district: its divisions and communes).
 */
export type ScopeKind = "nation" | "province" | "unit";

export interface RolePolicy {
  scope: ScopeKind;
  /** True when an assignment of this role must name a unit. */
  needsUnit: boolean;
  permissions: readonly Permission[];
}

export const ROLE_POLICIES = {
  province_admin: {
    scope: "province",
    needsUnit: false,
    permissions: [
      "units.read",
      "units.write",
      "audit.read",
      "users.manage",
      "plans.read",
      "plans.write",
      "inspections.read",
      "inspections.write",
      "recommendations.verify",
      "internal.read",
      "camera.read",
      "camera.review",
      "reports.export",
      "dossiers.read",
      "dossiers.write",
      "reports.send",
    ],
  },
  province_office: {
    scope: "province",
    needsUnit: false,
    permissions: [
      "units.read",
      "plans.read",
      "inspections.read",
      "inspections.write",
      "recommendations.verify",
      "internal.read",
      "camera.read",
      "reports.export",
      "dossiers.read",
      "reports.send",
    ],
  },
  sector_inspector: {
    // Reads the whole province (it inspects any unit in its field) but writes only its field's inspections.
    scope: "province",
    needsUnit: true,
    permissions: [
      "units.read",
      "plans.read",
      "inspections.read",
      "inspections.writeSector",
      "reports.export",
      "dossiers.read",
      "reports.send",
    ],
  },
  unit_officer: {
    scope: "unit",
    needsUnit: true,
    permissions: [
      "units.read",
      "inspections.read",
      "recommendations.respond",
      "internal.read",
      "internal.write",
      "selfAssessment.write",
      "dossiers.read",
      "reports.send",
    ],
  },
  unit_head: {
    // Approves and signs in the portal (review loop, §5 of issue 9); reads like the clerk, writes nothing else.
    scope: "unit",
    needsUnit: true,
    permissions: ["units.read", "inspections.read", "internal.read", "submissions.approve", "dossiers.read"],
  },
  camera_reviewer: {
    scope: "province",
    needsUnit: false,
    permissions: ["units.read", "camera.read", "camera.review"],
  },
  leader: {
    scope: "province",
    needsUnit: false,
    permissions: [
      "units.read",
      "plans.read",
      "inspections.read",
      "internal.read",
      "camera.read",
      "reports.export",
      "dossiers.read",
    ],
  },
  national_reader: {
    // A central body reads across provinces and writes nothing; it is no surprise planner (R5).
    scope: "nation",
    needsUnit: false,
    permissions: [
      "units.read",
      "plans.read",
      "inspections.read",
      "internal.read",
      "reports.export",
      "dossiers.read",
    ],
  },
} as const satisfies Record<Role, RolePolicy>;

export function permissionsOf(roles: readonly Role[]): Set<Permission> {
  return new Set(roles.flatMap((role) => ROLE_POLICIES[role].permissions));
}
