import { describe, expect, it } from "vitest";
import { INSPECTION_STATUSES } from "./inspection-status";
import { checkFollowUpOpen } from "./recommendation-follow-up";

describe("follow-up of a recommendation", () => {
  it("is refused on a closed inspection, naming the state, Vietnamese first", () => {
    expect(checkFollowUpOpen("closed", "verify")).toEqual({
      ok: false,
      code: "RECOMMENDATION.INSPECTION_CLOSED",
      message:
        "Cuộc kiểm tra đã kết thúc, không thể xác minh kiến nghị / The inspection is closed; its recommendations can no longer be verified",
    });
    expect(checkFollowUpOpen("closed", "respond")).toMatchObject({
      ok: false,
      code: "RECOMMENDATION.INSPECTION_CLOSED",
      message: expect.stringMatching(/^Cuộc kiểm tra đã kết thúc, không thể trả lời kiến nghị \/ /),
    });
  });

  it("is allowed in every other state", () => {
    for (const status of INSPECTION_STATUSES.filter((s) => s !== "closed")) {
      expect(checkFollowUpOpen(status, "verify").ok).toBe(true);
      expect(checkFollowUpOpen(status, "respond").ok).toBe(true);
    }
  });
});
