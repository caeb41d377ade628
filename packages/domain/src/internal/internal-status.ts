/**
 * Stages of an internal inspection. `planned`: on the year's plan; `concluded`: the conclusion notice
 * is issued (it then counts toward R9); `closed`: every recommendation is done. `done` is the
 * stage of results recorded before findings and conclusions existed (internal.record) and counts too.
 */
export const INTERNAL_STATUSES = ["planned", "done", "concluded", "closed"] as const;
export type InternalStatus = (typeof INTERNAL_STATUSES)[number];

export const INTERNAL_STATUS_LABELS = {
  planned: { vi: "Đã lên kế hoạch", en: "Planned" },
  done: { vi: "Đã kiểm tra", en: "Inspected" },
  concluded: { vi: "Đã kết luận", en: "Concluded" },
  closed: { vi: "Hoàn thành", en: "Completed" },
} as const satisfies Record<InternalStatus, { vi: string; en: string }>;

/** The stages that count toward R9: the visit took place and its result is on record. */
export function countsTowardDuty(status: InternalStatus): boolean {
  return status !== "planned";
}

/** After conclusion the inspection is a record: its team and findings no longer change. */
export function isEditable(status: InternalStatus): boolean {
  return status === "planned";
}

/** Recommendations of an internal conclusion (kiến nghị) and whether one is overdue on a day. */
export type InternalRecommendationStatus = "open" | "done";

export function isOverdue(r: { status: InternalRecommendationStatus; deadline: string }, today: string) {
  return r.status === "open" && r.deadline < today;
}

/** Open recommendations, overdue first, then by nearest deadline. */
export function byUrgency<T extends { status: InternalRecommendationStatus; deadline: string; id: number }>(
  rows: readonly T[],
  today: string,
): T[] {
  return rows
    .filter((r) => r.status === "open")
    .sort(
      (a, b) =>
        Number(isOverdue(b, today)) - Number(isOverdue(a, today)) ||
        a.deadline.localeCompare(b.deadline) ||
        a.id - b.id,
    );
}
