import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  applyReviewStep,
  clerkMayEdit,
  hasGoneOut,
  INITIAL_REVIEW_STATE,
  REVIEW_STATES,
  REVIEW_STEPS,
  REVIEW_TRANSITIONS,
  type ReviewActor,
  type ReviewState,
  type ReviewStep,
  sendsDirectly,
  stepsFor,
} from "./review-loop";

const ACTORS: ReviewActor[] = ["clerk", "head", "verifier"];

describe("review loop table", () => {
  it("names only known states and gives every state a way on, except accepted", () => {
    for (const t of Object.values(REVIEW_TRANSITIONS)) {
      expect(REVIEW_STATES).toContain(t.to);
      for (const f of t.from) expect(REVIEW_STATES).toContain(f);
    }
    for (const s of REVIEW_STATES) {
      const onward = ACTORS.flatMap((a) => stepsFor(s, a));
      expect(onward.length === 0).toBe(s === "accepted");
    }
  });

  it("walks the happy path and the return path of issue 9", () => {
    let s: ReviewState = INITIAL_REVIEW_STATE;
    const go = (step: ReviewStep, actor: ReviewActor, comments = 0) => {
      const r = applyReviewStep(s, step, actor, comments);
      if (!r.ok) throw new Error(r.message);
      s = r.value;
    };
    go("save", "clerk");
    go("submit", "clerk");
    expect(clerkMayEdit(s)).toBe(false);
    go("approve", "head");
    expect(hasGoneOut(s)).toBe(true);
    go("return", "verifier", 1);
    expect(s).toBe("returned");
    go("submit", "clerk");
    go("approve", "head");
    go("accept", "verifier");
    expect(s).toBe("accepted");
  });

  it("refuses with a value: wrong actor, wrong state, send-back without comment", () => {
    expect(applyReviewStep("submitted", "approve", "clerk")).toMatchObject({
      ok: false,
      code: "REVIEW.FORBIDDEN",
    });
    expect(applyReviewStep("draft", "accept", "verifier")).toMatchObject({
      ok: false,
      code: "REVIEW.TRANSITION_INVALID",
    });
    const noComment = applyReviewStep("approved", "return", "verifier", 0);
    expect(noComment).toMatchObject({ ok: false, code: "REVIEW.COMMENT_REQUIRED", field: "comments" });
    if (!noComment.ok) expect(noComment.message).toMatch(/^Ý kiến: .+ \/ Comments: /);
  });
});

describe("review loop over random step sequences", () => {
  const attempt = fc.record({
    step: fc.constantFrom(...REVIEW_STEPS),
    actor: fc.constantFrom(...ACTORS),
    comments: fc.integer({ min: 0, max: 2 }),
  });

  it("never leaves accepted, locks the clerk out once submitted, and sends out only what the head approved", () => {
    fc.assert(
      fc.property(fc.array(attempt, { maxLength: 40 }), (attempts) => {
        let s: ReviewState = INITIAL_REVIEW_STATE;
        let approvedSinceSubmit = false;
        for (const a of attempts) {
          const r = applyReviewStep(s, a.step, a.actor, a.comments);
          // The model: a step is allowed exactly when the screen would offer it to that actor.
          const offered = stepsFor(s, a.actor).includes(a.step);
          const needsComment = REVIEW_TRANSITIONS[a.step].needsComment;
          expect(r.ok).toBe(offered && (!needsComment || a.comments > 0));
          if (!r.ok) continue;
          if (s === "accepted") throw new Error("a step succeeded from accepted");
          if (a.actor === "clerk") expect(clerkMayEdit(s)).toBe(true);
          if (a.step === "submit") approvedSinceSubmit = false;
          if (a.step === "approve") approvedSinceSubmit = true;
          // The province decides only on what the head approved since the clerk last submitted.
          if (a.actor === "verifier") expect(approvedSinceSubmit).toBe(true);
          s = r.value;
          expect(REVIEW_STATES).toContain(s);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe("a unit with no head account (gửi thẳng)", () => {
  it("the clerk's submit goes out directly: approved, no head step in between", () => {
    for (const from of ["draft", "returned"] as const) {
      expect(applyReviewStep(from, "submit", "clerk", 0, { unitHasHead: false })).toEqual({
        ok: true,
        value: "approved",
      });
      expect(applyReviewStep(from, "submit", "clerk", 0, { unitHasHead: true })).toEqual({
        ok: true,
        value: "submitted",
      });
    }
    expect(sendsDirectly("submit", { unitHasHead: false })).toBe(true);
    expect(sendsDirectly("submit", { unitHasHead: true })).toBe(false);
  });

  it("only the submit changes: every other step and every refusal is the same with or without a head", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...REVIEW_STATES),
        fc.constantFrom(...REVIEW_STEPS),
        fc.constantFrom(...ACTORS),
        fc.integer({ min: 0, max: 2 }),
        (state, step, actor, comments) => {
          const withHead = applyReviewStep(state, step, actor, comments, { unitHasHead: true });
          const without = applyReviewStep(state, step, actor, comments, { unitHasHead: false });
          if (step === "submit" && withHead.ok) {
            expect(without).toEqual({ ok: true, value: "approved" });
            expect(hasGoneOut(without.ok ? without.value : "draft")).toBe(true);
          } else expect(without).toEqual(withHead);
        },
      ),
      { numRuns: 200 },
    );
  });
});
