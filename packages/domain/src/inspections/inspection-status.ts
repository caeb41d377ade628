import { z } from "zod";

/** Lifecycle states of an inspection (trạng thái cuộc kiểm tra). */
export const INSPECTION_STATUSES = [
  "draft",
  "scheduled",
  "notified", // announced only: the unit has received the schedule (thông báo)
  "in_progress", // the team is at the unit: the inspection has started
  "findings_recorded",
  "concluded", // a conclusion (kết luận) with recommendations has been issued
  "closed",
  "cancelled",
] as const;
export const InspectionStatus = z.enum(INSPECTION_STATUSES, {
  error: "Trạng thái cuộc kiểm tra không hợp lệ / Invalid inspection status",
});
export type InspectionStatus = z.infer<typeof InspectionStatus>;

/** States in which the team has been at the unit: it counts as conducted, and a surprise is no longer secret. */
export const STARTED_STATUSES = [
  "in_progress",
  "findings_recorded",
  "concluded",
  "closed",
] as const satisfies readonly InspectionStatus[];

/** Planned but not conducted yet: counts as "planned" in coverage. */
export const PENDING_STATUSES = [
  "draft",
  "scheduled",
  "notified",
] as const satisfies readonly InspectionStatus[];

export function hasStarted(status: InspectionStatus): boolean {
  return (STARTED_STATUSES as readonly InspectionStatus[]).includes(status);
}

export function isPending(status: InspectionStatus): boolean {
  return (PENDING_STATUSES as readonly InspectionStatus[]).includes(status);
}
