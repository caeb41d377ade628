import type { RecommendationStatus } from "./recommendation-status";

/** What the overdue rule reads of a recommendation (kiến nghị). */
export interface OverdueFacts {
  status: RecommendationStatus;
  /** yyyy-mm-dd */
  deadline: string;
  /** yyyy-mm-dd, when the unit answered. */
  respondedOn: string | null;
}

/**
 * Overdue (quá hạn): past its deadline and not resolved, unless the unit's standing answer came in
 * time. A pure function for the screens; `recommendations.list` filters with the same rule in SQL
 * (OVERDUE_RULE below is what it translates).
 */
export function isRecommendationOverdue(r: OverdueFacts, today: string): boolean {
  const answeredInTime = r.status === "responded" && r.respondedOn !== null && r.respondedOn <= r.deadline;
  return r.status !== "resolved" && r.deadline < today && !answeredInTime;
}

/** The rule as data for the SQL translation: statuses never overdue, and the one whose answer may save it. */
export const OVERDUE_RULE = {
  neverOverdue: ["resolved"],
  answeredStatus: "responded",
} as const satisfies { neverOverdue: readonly RecommendationStatus[]; answeredStatus: RecommendationStatus };
