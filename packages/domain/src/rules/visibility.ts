import type { Role } from "../access/roles";
import { canOnUnit, provincesOf } from "../access/scope";
import { isUnitBound, type Viewer, type ViewerAssignment } from "../access/viewer";
import type { InspectionRef } from "../inspections/inspection-ref";
import { hasStarted } from "../inspections/inspection-status";

/** Roles that see every surprise inspection before it starts: they plan and lead them (R5, R8). */
export const SURPRISE_PLANNERS = [
  "province_admin",
  "province_office",
  "leader",
] as const satisfies readonly Role[];

export type VisibilityFacts = Pick<
  InspectionRef,
  "form" | "status" | "targetPath" | "leadBody" | "startDate"
> & {
  /** Whether the inspection's plan is approved (ban hành). Absent = not known to be: errs toward secrecy. */
  planApproved?: boolean;
};

/**
 * R5. A surprise inspection is secret until it starts. "Started" means both: the status has reached
 * in_progress (the team is at the unit) AND its start date is today or earlier. The status alone
 * could be set early by mistake and the date alone could pass while the team postpones, so either
 * alone would leak a secret date; requiring both errs toward secrecy.
 */
export function isSurpriseSecret(inspection: VisibilityFacts, now: string): boolean {
  if (inspection.form !== "surprise") return false;
  return !(hasStarted(inspection.status) && inspection.startDate <= now.slice(0, 10));
}

/**
 * An announced inspection reaches its unit with the schedule: once it is notified (or has started), or
 * once it is scheduled in an approved plan. Before that — a draft, a date still being weighed, a plan
 * not yet issued — it is the inspectors' working paper, not news for the unit. A cancelled one that
 * was never notified stays unpublished too.
 */
export function isAnnouncedUnpublished(inspection: VisibilityFacts): boolean {
  if (inspection.form !== "announced") return false;
  if (inspection.status === "notified" || hasStarted(inspection.status)) return false;
  return !(inspection.status === "scheduled" && inspection.planApproved === true);
}

/**
 * Bound at, above or below the target: the target unit's own staff, any unit over it (a district must
 * not warn its commune) and any unit under it (a division would warn its department).
 */
function boundNearTarget(a: ViewerAssignment, targetPath: readonly number[]): boolean {
  if (!isUnitBound(a) || a.unitId === null) return false;
  const target = targetPath[0];
  return targetPath.includes(a.unitId) || (target !== undefined && (a.unitPath ?? []).includes(target));
}

/** The inspection's province: the root at the end of its target's ancestor path. */
export function provinceOfPath(targetPath: readonly number[]): number | undefined {
  return targetPath[targetPath.length - 1];
}

/** Whether the target lies in a province the viewer reaches at all (issue 8 §3). */
export function inViewerProvince(viewer: Viewer, targetPath: readonly number[]): boolean {
  const provinces = provincesOf(viewer.assignments);
  if (provinces === "all") return true;
  const p = provinceOfPath(targetPath);
  return p !== undefined && provinces.includes(p);
}

export function canSeeInspection(viewer: Viewer, inspection: VisibilityFacts, now: string): boolean {
  // Nothing of another province, not even a planner's view of its secrets.
  if (!inViewerProvince(viewer, inspection.targetPath)) return false;
  const secret = isSurpriseSecret(inspection, now);
  if (!secret && !isAnnouncedUnpublished(inspection))
    return canOnUnit(viewer.assignments, "inspections.read", inspection.targetPath);
  // One binding near the target is enough to hide it, whatever other roles the user holds.
  if (viewer.assignments.some((a) => boundNearTarget(a, inspection.targetPath))) return false;
  // An unpublished announced inspection is no secret from the rest of the province: the ordinary scope.
  if (!secret) return canOnUnit(viewer.assignments, "inspections.read", inspection.targetPath);
  return viewer.assignments.some(
    (a) =>
      (SURPRISE_PLANNERS as readonly Role[]).includes(a.role) ||
      (a.role === "sector_inspector" && a.leadBody === inspection.leadBody),
  );
}

/** Filters a list before anything is counted or returned, so that no count leaks a secret inspection. */
export function visibleInspections<T extends VisibilityFacts>(
  viewer: Viewer,
  inspections: readonly T[],
  now: string,
): T[] {
  return inspections.filter((i) => canSeeInspection(viewer, i, now));
}
