import type { Viewer } from "../access/viewer";
import { laterDate, rangesOverlap } from "../calendar/iso-date";
import type { InspectionStatus } from "../inspections/inspection-status";
import { mayActOn } from "../inspections/lifecycle";
import { canSeeInspection, type VisibilityFacts } from "../rules/visibility";
import type { InspectionForm } from "../templates/template-types";

/**
 * Scheduling conflicts (xung đột lịch) with inspections the actor may not see (R5 with R4/R7).
 * A caller's create, reschedule or team change is judged only against what it may see, so a secret
 * surprise cannot be mapped from refusals. When the saved result still clashes with a hidden
 * inspection, the clash is recorded for those who may see both, to resolve out of the caller's sight.
 */
export const SCHEDULE_CONFLICT_KINDS = ["same_days", "team_member"] as const;
export type ScheduleConflictKind = (typeof SCHEDULE_CONFLICT_KINDS)[number];

export const SCHEDULE_CONFLICT_KIND_LABELS = {
  same_days: { vi: "Trùng ngày tại cùng đơn vị", en: "Same unit on the same days" },
  team_member: { vi: "Thành viên đoàn trùng lịch", en: "Team member booked twice" },
} as const satisfies Record<ScheduleConflictKind, { vi: string; en: string }>;

/** An inspection's schedule as the clash rules read it. */
export interface ScheduledFacts {
  id?: number;
  targetUnitId: number;
  form: InspectionForm;
  status: InspectionStatus;
  startDate: string;
  endDate: string;
  /** Team members by the API's key (name and body). */
  teamMemberIds: readonly string[];
}

export interface Clash {
  otherId: number;
  kind: ScheduleConflictKind;
  /** The member booked twice (team_member), else null. */
  member: string | null;
  /** The first day both hold. */
  firstDay: string;
}

/** Remote checks put nobody in the unit; cancelled inspections hold nobody. */
const visitsUnit = (i: ScheduledFacts) =>
  (i.form === "announced" || i.form === "surprise") && i.status !== "cancelled";

/**
 * Every clash of `candidate` with `others` (the same rules as checkOverlap's same days and
 * checkSchedule's team, R4/R7), all of them rather than the first: each becomes its own conflict.
 */
export function clashesWith(
  candidate: ScheduledFacts,
  others: readonly (ScheduledFacts & { id: number })[],
): Clash[] {
  const clashes: Clash[] = [];
  if (candidate.status === "cancelled") return [];
  const members = new Set(candidate.teamMemberIds);
  for (const o of others) {
    if (o.id === candidate.id || o.status === "cancelled") continue;
    if (!rangesOverlap(o.startDate, o.endDate, candidate.startDate, candidate.endDate)) continue;
    const firstDay = laterDate(o.startDate, candidate.startDate);
    if (visitsUnit(candidate) && visitsUnit(o) && o.targetUnitId === candidate.targetUnitId) {
      clashes.push({ otherId: o.id, kind: "same_days", member: null, firstDay });
    }
    for (const m of new Set(o.teamMemberIds)) {
      if (members.has(m)) clashes.push({ otherId: o.id, kind: "team_member", member: m, firstDay });
    }
  }
  return clashes;
}

/**
 * Who may see (and resolve) a conflict between the actor's inspection and a hidden one: whoever may
 * see both and may act on the hidden one — Sở Nội vụ and Văn phòng UBND tỉnh, and the hidden
 * inspection's own lead body. Anyone else would learn of the secret from the conflict itself.
 */
export function canSeeConflict(
  viewer: Viewer,
  inspection: VisibilityFacts,
  hidden: VisibilityFacts,
  now: string,
): boolean {
  return (
    canSeeInspection(viewer, inspection, now) &&
    canSeeInspection(viewer, hidden, now) &&
    mayActOn(viewer, hidden.leadBody)
  );
}
