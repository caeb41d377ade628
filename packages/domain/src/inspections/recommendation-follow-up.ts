import { err, ok, type Result } from "../core/result";
import type { InspectionStatus } from "./inspection-status";

/** What the unit (respond) or the province (verify) does to a recommendation after the conclusion. */
export type FollowUpAction = "respond" | "verify";

const CLOSED_TEXT = {
  respond: {
    vi: "Cuộc kiểm tra đã kết thúc, không thể trả lời kiến nghị",
    en: "The inspection is closed; its recommendations can no longer be answered",
  },
  verify: {
    vi: "Cuộc kiểm tra đã kết thúc, không thể xác minh kiến nghị",
    en: "The inspection is closed; its recommendations can no longer be verified",
  },
} as const satisfies Record<FollowUpAction, { vi: string; en: string }>;

/**
 * Closing an inspection ends its follow-up: what is still open is carried into area 5 of the unit's next
 * inspection (R10) instead of being answered or verified on the closed one.
 */
export function checkFollowUpOpen(inspectionStatus: InspectionStatus, action: FollowUpAction): Result<null> {
  if (inspectionStatus === "closed") return err("RECOMMENDATION.INSPECTION_CLOSED", CLOSED_TEXT[action]);
  return ok(null);
}
