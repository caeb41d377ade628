import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isRecommendationOverdue, OVERDUE_RULE } from "./recommendation-overdue";
import { RECOMMENDATION_STATUSES } from "./recommendation-status";

const day = fc
  .integer({ min: 0, max: 60 })
  .map((n) => new Date(Date.UTC(2023, 0, 1 + n)).toISOString().slice(0, 10));

describe("isRecommendationOverdue", () => {
  it("is never overdue on or before its deadline", () => {
    expect(
      isRecommendationOverdue({ status: "open", deadline: "2023-06-30", respondedOn: null }, "2023-06-30"),
    ).toBe(false);
    expect(
      isRecommendationOverdue({ status: "open", deadline: "2023-06-30", respondedOn: null }, "2023-07-01"),
    ).toBe(true);
  });

  it("an answer in time saves it while it stands; a late one does not", () => {
    const late = { status: "responded" as const, deadline: "2023-06-30" };
    expect(isRecommendationOverdue({ ...late, respondedOn: "2023-06-29" }, "2023-08-01")).toBe(false);
    expect(isRecommendationOverdue({ ...late, respondedOn: "2023-07-02" }, "2023-08-01")).toBe(true);
    // Verified not resolved: the earlier answer no longer counts.
    expect(
      isRecommendationOverdue(
        { status: "not_resolved", deadline: "2023-06-30", respondedOn: "2023-06-01" },
        "2023-08-01",
      ),
    ).toBe(true);
  });

  it("agrees with its data form (what the SQL reads) on every case", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...RECOMMENDATION_STATUSES),
        day,
        fc.option(day),
        day,
        (status, deadline, respondedOn, today) => {
          const byData =
            !(OVERDUE_RULE.neverOverdue as readonly string[]).includes(status) &&
            deadline < today &&
            !(status === OVERDUE_RULE.answeredStatus && respondedOn !== null && respondedOn <= deadline);
          expect(isRecommendationOverdue({ status, deadline, respondedOn }, today)).toBe(byData);
        },
      ),
      { numRuns: 200 },
    );
  });
});
