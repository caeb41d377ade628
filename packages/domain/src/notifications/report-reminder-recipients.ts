import { type Permission, ROLE_POLICIES, ROLES, type Role } from "../access/roles";
import type { RoleAssignment } from "../access/scope";
import { owedByProvinceAccounts } from "../reports/owed-reports";
import { maySendFor, type ReportBody, type ReportKindDef } from "../reports/report-duties";
import type { NotificationKind } from "./notification-rules";
import { PROVINCE_RECIPIENTS } from "./province-inbox";

/**
 * Where a body's report reminder goes (issue 11 §6, follow-up): to the inbox its senders read.
 * - `unit`: the body's own inbox, read by the accounts bound to it — a district's or department's
 *   clerk, a sector department's inspector;
 * - `province` for a permission: Sở Nội vụ's report, to the holders of plans.write (its senders);
 * - `province` for a role: Văn phòng UBND tỉnh's report (IV.2). Its senders (province_office) are
 *   bound to no unit, so they never read the office unit's inbox, and no permission singles them out
 *   (Sở Nội vụ holds every one of theirs): the reminder names their role.
 */
export type ReportReminderAddress =
  | { inbox: "unit"; kind: "report_due" }
  | { inbox: "province"; kind: NotificationKind; forPermission: Permission }
  | { inbox: "province"; kind: NotificationKind; forRole: Role };

/** The kind of a reminder addressed to the province's accounts of a role: one per such role. */
export const ROLE_REMINDER_KINDS = {
  province_office: "office_report_due",
} as const satisfies Partial<Record<Role, NotificationKind>>;

/** A body that owes reports of `kind`, for asking maySendFor about any role. */
function owingBody(kind: ReportKindDef): ReportBody {
  return "leadBodyKind" in kind.body
    ? { unitId: 1, kind: "department", leadBodyKind: kind.body.leadBodyKind }
    : { unitId: 1, kind: kind.body.unitKinds[0]!, leadBodyKind: null };
}

/** The roles that may mark a body's report of `kind` sent (bound to that body, or to none). */
export function reportSenderRoles(kind: ReportKindDef): Role[] {
  const body = owingBody(kind);
  return ROLES.filter((role) =>
    [null, body.unitId].some((unitId) => maySendFor([{ role, unitId }], kind, body)),
  );
}

/**
 * The address of a reminder of `kind`, derived from who sends it: senders bound to the body read its
 * inbox; senders bound to no unit read the province's, by the permission only they hold or by role.
 * Throws (a bug, caught by the tests over every REPORT_KINDS) when a new kind's senders read nothing.
 */
export function reportReminderAddress(kind: ReportKindDef): ReportReminderAddress {
  const senders = reportSenderRoles(kind);
  if (senders.length > 0 && senders.every((r) => ROLE_POLICIES[r].needsUnit))
    return { inbox: "unit", kind: "report_due" };
  if (owedByProvinceAccounts(kind))
    return {
      inbox: "province",
      kind: "province_report_due",
      forPermission: PROVINCE_RECIPIENTS.province_report_due,
    };
  const [role] = senders;
  if (senders.length !== 1 || !(role! in ROLE_REMINDER_KINDS))
    throw new Error(`no inbox addresses the senders of ${kind.code}: ${senders.join(", ")}`);
  const forRole = role as keyof typeof ROLE_REMINDER_KINDS;
  return { inbox: "province", kind: ROLE_REMINDER_KINDS[forRole], forRole };
}

/** The notification's addressing columns: for_permission and for_role (both null: the unit's inbox). */
export function reminderAddressColumns(a: ReportReminderAddress): {
  forPermission: Permission | null;
  forRole: Role | null;
} {
  return {
    forPermission: "forPermission" in a ? a.forPermission : null,
    forRole: "forRole" in a ? a.forRole : null,
  };
}

/**
 * Whether an account reads a reminder so addressed about a body whose ancestor path (the body first,
 * … the province) is `bodyPath`, in the body's province — the inbox's rule as the server applies it
 * in SQL (api notifications/notifications.ts inboxOf): unit-bound roles read their units' subtrees,
 * every role the province's rows for its permissions and for its own role.
 */
export function readsReminder(
  a: RoleAssignment,
  address: ReportReminderAddress,
  bodyPath: readonly number[],
): boolean {
  if (address.inbox === "unit")
    return ROLE_POLICIES[a.role].needsUnit && a.unitId !== null && bodyPath.includes(a.unitId);
  if ("forRole" in address) return a.role === address.forRole;
  return (ROLE_POLICIES[a.role].permissions as readonly Permission[]).includes(address.forPermission);
}

/** The roles whose province-addressed reminders a user holding `roles` reads (the inbox's role list). */
export function provinceInboxRoles(roles: readonly Role[]): Role[] {
  return [...new Set(roles)].filter((r) => r in ROLE_REMINDER_KINDS);
}
