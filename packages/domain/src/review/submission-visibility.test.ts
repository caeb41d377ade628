import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { INTERNAL_STATUSES } from "../internal/internal-status";
import { responseEvidenceItemCode } from "../schemas/file-schemas";
import { hasGoneOut, REVIEW_STATES, type ReviewActor } from "./review-loop";
import { selfCheckEvidenceItemCode } from "./self-check";
import { evidenceOwnerOf, maySeeInternalWork, maySeeSubmission } from "./submission-visibility";

const ACTORS: ReviewActor[] = ["clerk", "head", "verifier"];
const actorSets = fc.subarray(ACTORS);

describe("a unit's submission stays the unit's until it has gone out", () => {
  it("the verifier alone sees exactly the approved and accepted states", () => {
    expect(REVIEW_STATES.filter((s) => maySeeSubmission(s, ["verifier"]))).toEqual(["approved", "accepted"]);
    expect(REVIEW_STATES.filter((s) => maySeeSubmission(s, []))).toEqual(["approved", "accepted"]);
  });

  it("the unit's clerk or head sees every state; nobody else sees what has not gone out", () => {
    fc.assert(
      fc.property(fc.constantFrom(...REVIEW_STATES), actorSets, (state, actors) => {
        const ofTheUnit = actors.includes("clerk") || actors.includes("head");
        expect(maySeeSubmission(state, actors)).toBe(ofTheUnit || hasGoneOut(state));
      }),
      { numRuns: 100 },
    );
  });

  it("an internal inspection's files reach outsiders only once its result is on record", () => {
    expect(INTERNAL_STATUSES.filter((s) => maySeeInternalWork(s, false))).toEqual([
      "done",
      "concluded",
      "closed",
    ]);
    expect(INTERNAL_STATUSES.every((s) => maySeeInternalWork(s, true))).toBe(true);
  });
});

describe("whose an evidence file is, from its item code", () => {
  it("reads back the codes the upload routes file under", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999_999 }), (id) => {
        expect(evidenceOwnerOf(responseEvidenceItemCode(id))).toEqual({
          kind: "response",
          recommendationId: id,
        });
      }),
      { numRuns: 50 },
    );
    expect(evidenceOwnerOf(selfCheckEvidenceItemCode("2.3"))).toEqual({
      kind: "self_check",
      itemCode: "2.3",
    });
  });

  it("the team's own items (and earlier conclusions' 5.e<id>) are findings", () => {
    for (const code of ["1a", "2.3", "3b.1", "4", "5.e12", "5"])
      expect(evidenceOwnerOf(code)).toEqual({ kind: "finding" });
  });
});
