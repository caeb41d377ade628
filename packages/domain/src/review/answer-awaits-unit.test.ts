import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hasGoneOut, REVIEW_STATES } from "./review-loop";
import { answerAwaitsUnit, maySeeSubmission } from "./submission-visibility";

describe("the province verifies only on an answer that has gone out (issue 9 §5)", () => {
  it("a draft, one awaiting the head, one the head sent back hold verification; none started, sent, or returned by the province do not", () => {
    expect(REVIEW_STATES.filter((s) => answerAwaitsUnit(s, false))).toEqual([
      "draft",
      "submitted",
      "returned",
    ]);
    expect(REVIEW_STATES.filter((s) => answerAwaitsUnit(s, true))).toEqual(["draft", "submitted"]);
    expect(answerAwaitsUnit(null, false)).toBe(false);
  });

  it("whatever holds verification is something the province may not read", () => {
    fc.assert(
      fc.property(fc.constantFrom(...REVIEW_STATES), fc.boolean(), (state, before) => {
        if (answerAwaitsUnit(state, before))
          expect(maySeeSubmission(state, ["verifier"]) || hasGoneOut(state)).toBe(false);
      }),
      { numRuns: 20 },
    );
  });
});
