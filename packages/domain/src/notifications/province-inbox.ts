import type { Permission } from "../access/roles";
import type { NotificationKind } from "./notification-rules";

/**
 * Notifications addressed to the province (Sở Nội vụ's own inbox), not to a unit: what a unit sends out
 * reaches the province's users whose role reviews it — a response those who verify remedies, a
 * self-check report the province's inspection teams. Each is one row per sending, for the province of
 * the sending unit; a user reads it when their role holds the permission.
 */
export const PROVINCE_RECIPIENTS = {
  response_submitted: "recommendations.verify",
  self_check_submitted: "inspections.write",
  // A PAR-index sheet is appraised by Sở Nội vụ's planners (plans.write), who keep the index.
  par_index_submitted: "plans.write",
  par_index_explained: "plans.write",
  // Sở Nội vụ's report to the Chairman and the Ministry: its senders (maySendFor: province_admin) are
  // the province's only holders of plans.write — a test holds the two equal.
  province_report_due: "plans.write",
} as const satisfies Partial<Record<NotificationKind, Permission>>;

export type ProvinceNotificationKind = keyof typeof PROVINCE_RECIPIENTS;

/** The permissions that open province notifications to a user holding `permissions`. */
export function provinceInboxPermissions(permissions: ReadonlySet<Permission>): Permission[] {
  return [...new Set(Object.values(PROVINCE_RECIPIENTS))].filter((p) => permissions.has(p));
}

/**
 * One notification per sending: the same submission sent again after a return is a new sending
 * (`sentAt`), a retried request is not. The key never collides with the unit's own keys (`rec:`, …).
 */
export function provinceDedupeKey(kind: ProvinceNotificationKind, itemId: number, sentAt: Date): string {
  return `prov:${kind}:${itemId}:${sentAt.getTime()}`;
}
