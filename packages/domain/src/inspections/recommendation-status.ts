import { z } from "zod";

/**
 * Follow-up of a recommendation (kiến nghị): open, answered by the unit, then verified one way or the
 * other. A recommendation verified not resolved may be answered again.
 */
export const RECOMMENDATION_STATUSES = ["open", "responded", "resolved", "not_resolved"] as const;
export const RecommendationStatus = z.enum(RECOMMENDATION_STATUSES, {
  error: "Trạng thái kiến nghị không hợp lệ / Invalid recommendation status",
});
export type RecommendationStatus = z.infer<typeof RecommendationStatus>;

/** Still owed by the unit: these go into area 5 of its next inspection (R10). */
export function isOpenRecommendation(status: RecommendationStatus): boolean {
  return status !== "resolved";
}

/** The unit may answer while nothing is verified resolved yet. */
export function mayRespond(status: RecommendationStatus): boolean {
  return status === "open" || status === "not_resolved" || status === "responded";
}
