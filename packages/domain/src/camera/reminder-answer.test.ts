import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyReviewStep, REVIEW_STATES, REVIEW_STEPS, type ReviewState } from "../review/review-loop";
import { ReminderCommentInput, reminderStatusOf } from "./reminder-answer";

describe("a camera reminder answered like a recommendation", () => {
  it("is answered once the head sends it out, closed once accepted, open again when returned", () => {
    expect(reminderStatusOf(null)).toBe("open");
    expect(reminderStatusOf("draft")).toBe("open");
    expect(reminderStatusOf("submitted")).toBe("open");
    expect(reminderStatusOf("approved")).toBe("answered");
    expect(reminderStatusOf("returned")).toBe("open");
    expect(reminderStatusOf("accepted")).toBe("accepted");
  });

  it("the unit's status never says answered for what the province has not received", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...REVIEW_STATES),
        fc.constantFrom(...REVIEW_STEPS),
        fc.constantFrom("clerk", "head", "verifier" as const),
        (state: ReviewState, step, actor) => {
          const r = applyReviewStep(state, step, actor, 1);
          if (!r.ok) return;
          const status = reminderStatusOf(r.value);
          if (status !== "open") expect(["approved", "accepted"]).toContain(r.value);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("a return without a comment names the comment field in words", () => {
    const r = ReminderCommentInput.safeParse({ reminderId: 1, comment: "" });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.message).toMatch(/^Ý kiến: .* \/ Comments: /);
  });
});
