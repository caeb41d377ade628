import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  applyScoringStep,
  checkDeadlines,
  SCORING_STEPS,
  SCORING_TRANSITIONS,
  type ScoringActor,
  type ScoringDeadlines,
  type ScoringState,
  scoreColumnFor,
} from "./scoring-rounds";

const D: ScoringDeadlines = {
  selfScoreDue: "2023-12-15",
  appraisal1Due: "2023-12-31",
  explanationDue: "2024-01-10",
  appraisal2Due: "2024-01-20",
};
const run = (steps: [string, ScoringActor, string][]) => {
  let s: ScoringState = "self_scoring";
  for (const [step, actor, day] of steps) {
    const r = applyScoringStep(s, step as never, actor, day, D);
    if (!r.ok) return r;
    s = r.value;
  }
  return s;
};

describe("scoring rounds", () => {
  it("the province's path: self-score, round 1, explanation, round 2, locked", () => {
    expect(
      run([
        ["submit", "unit", "2023-12-10"],
        ["appraise_1", "province", "2023-12-20"],
        ["explain", "unit", "2024-01-05"],
        ["appraise_2", "province", "2024-01-15"],
        ["lock", "province", "2024-01-16"],
      ]),
    ).toBe("locked");
  });

  it("the unit's deadlines hold; round 2 without an explanation only once its deadline passed", () => {
    expect(run([["submit", "unit", "2023-12-16"]])).toMatchObject({
      ok: false,
      code: "PAR_INDEX.DEADLINE_PASSED",
    });
    const appraised: [string, ScoringActor, string][] = [
      ["submit", "unit", "2023-12-10"],
      ["appraise_1", "province", "2023-12-20"],
    ];
    expect(run([...appraised, ["appraise_2", "province", "2024-01-10"]])).toMatchObject({ ok: false });
    expect(run([...appraised, ["appraise_2", "province", "2024-01-11"]])).toBe("appraised_2");
    expect(run([...appraised, ["explain", "unit", "2024-01-11"]])).toMatchObject({
      code: "PAR_INDEX.DEADLINE_PASSED",
    });
    expect(run([["submit", "province", "2023-12-10"]])).toMatchObject({ code: "REVIEW.FORBIDDEN" });
  });

  it("deadlines must be in order", () => {
    expect(checkDeadlines(D).ok).toBe(true);
    expect(checkDeadlines({ ...D, explanationDue: "2023-12-01" })).toMatchObject({
      ok: false,
      field: "appraisal2Due",
    });
  });

  it("property: any sequence of steps only moves along the table, nothing leaves 'locked', each actor writes only its own column", () => {
    const event = fc.record({
      step: fc.constantFrom(...SCORING_STEPS),
      actor: fc.constantFrom<ScoringActor>("unit", "province"),
      day: fc.constantFrom("2023-12-01", "2023-12-20", "2024-01-11", "2024-02-01"),
    });
    fc.assert(
      fc.property(fc.array(event, { maxLength: 25 }), (events) => {
        let s: ScoringState = "self_scoring";
        let locked = false;
        for (const e of events) {
          const r = applyScoringStep(s, e.step, e.actor, e.day, D);
          if (locked) expect(r.ok).toBe(false);
          if (r.ok) {
            const t = SCORING_TRANSITIONS[e.step];
            expect(t.by).toBe(e.actor);
            expect(t.from as readonly string[]).toContain(s);
            s = r.value;
            locked = s === "locked";
          }
          const unit = scoreColumnFor(s, "unit");
          const province = scoreColumnFor(s, "province");
          expect(unit === null || unit === "self" || unit === "explanation").toBe(true);
          expect(province === null || province.startsWith("appraisal")).toBe(true);
        }
        if (locked) expect([scoreColumnFor(s, "unit"), scoreColumnFor(s, "province")]).toEqual([null, null]);
      }),
      { numRuns: 200 },
    );
  });
});
