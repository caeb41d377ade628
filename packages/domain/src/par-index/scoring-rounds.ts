import { z } from "zod";
import { err, ok, type Result } from "../core/result";
import { dateField } from "../schemas/fields";

/**
 * The rounds of a unit's PAR-index scoring, as the province runs them: the unit self-scores (tự chấm)
 * and submits; Sở Nội vụ appraises (thẩm định lần 1) with comments; the unit explains (giải trình);
 * Sở Nội vụ appraises again (lần 2) and locks the result. A unit that lets the explanation deadline
 * pass is appraised again without its explanation.
 */
export const SCORING_STATES = [
  "self_scoring",
  "submitted",
  "appraised_1",
  "explained",
  "appraised_2",
  "locked",
] as const;
export const ScoringState = z.enum(SCORING_STATES, {
  error: "Trạng thái chấm điểm không hợp lệ / Invalid scoring state",
});
export type ScoringState = z.infer<typeof ScoringState>;

export type ScoringActor = "unit" | "province";
export const SCORING_STEPS = ["submit", "appraise_1", "explain", "appraise_2", "lock"] as const;
export type ScoringStep = (typeof SCORING_STEPS)[number];

export const SCORING_TRANSITIONS = {
  submit: { by: "unit", from: ["self_scoring"], to: "submitted" },
  appraise_1: { by: "province", from: ["submitted"], to: "appraised_1" },
  explain: { by: "unit", from: ["appraised_1"], to: "explained" },
  appraise_2: { by: "province", from: ["explained", "appraised_1"], to: "appraised_2" },
  lock: { by: "province", from: ["appraised_2"], to: "locked" },
} as const satisfies Record<
  ScoringStep,
  { by: ScoringActor; from: readonly ScoringState[]; to: ScoringState }
>;

export const SCORING_STATE_LABELS = {
  self_scoring: { vi: "Đơn vị đang tự chấm", en: "Unit self-scoring" },
  submitted: { vi: "Đã gửi tự chấm, chờ thẩm định", en: "Self-score sent, awaiting appraisal" },
  appraised_1: { vi: "Đã thẩm định lần 1, chờ giải trình", en: "Appraised (round 1), awaiting explanation" },
  explained: { vi: "Đã giải trình, chờ thẩm định lần 2", en: "Explained, awaiting round 2" },
  appraised_2: { vi: "Đã thẩm định lần 2", en: "Appraised (round 2)" },
  locked: { vi: "Đã chốt điểm", en: "Locked" },
} as const satisfies Record<ScoringState, { vi: string; en: string }>;

export const SCORING_STEP_LABELS = {
  submit: { vi: "Gửi kết quả tự chấm", en: "Send the self-score" },
  appraise_1: { vi: "Hoàn thành thẩm định lần 1", en: "Finish appraisal round 1" },
  explain: { vi: "Gửi giải trình", en: "Send the explanation" },
  appraise_2: { vi: "Hoàn thành thẩm định lần 2", en: "Finish appraisal round 2" },
  lock: { vi: "Chốt điểm", en: "Lock the score" },
} as const satisfies Record<ScoringStep, { vi: string; en: string }>;

/** The year's deadlines (settings, dd/mm/yyyy on screen): the unit's steps are refused after theirs. */
export const ScoringDeadlines = z.object({
  selfScoreDue: dateField("selfScoreDue", "Hạn tự chấm", "Self-scoring deadline"),
  appraisal1Due: dateField("appraisal1Due", "Hạn thẩm định lần 1", "Round 1 deadline"),
  explanationDue: dateField("explanationDue", "Hạn giải trình", "Explanation deadline"),
  appraisal2Due: dateField("appraisal2Due", "Hạn thẩm định lần 2", "Round 2 deadline"),
});
export type ScoringDeadlines = z.infer<typeof ScoringDeadlines>;

/** Deadlines in order, each on or after the one before. */
export function checkDeadlines(d: ScoringDeadlines): Result<ScoringDeadlines> {
  const order = [d.selfScoreDue, d.appraisal1Due, d.explanationDue, d.appraisal2Due];
  for (let i = 1; i < order.length; i++) {
    if ((order[i] as string) < (order[i - 1] as string))
      return err(
        "PAR_INDEX.SCORING_DEADLINES",
        {
          vi: "Các hạn phải theo thứ tự: tự chấm, thẩm định lần 1, giải trình, thẩm định lần 2",
          en: "Deadlines must follow each other: self-scoring, round 1, explanation, round 2",
        },
        "appraisal2Due",
      );
  }
  return ok(d);
}

/**
 * The state after `step` by `actor` on `today` (yyyy-mm-dd), or why not. Only the unit's steps have a
 * hard deadline; going straight to round 2 needs the explanation deadline to have passed.
 */
export function applyScoringStep(
  state: ScoringState,
  step: ScoringStep,
  actor: ScoringActor,
  today: string,
  deadlines: ScoringDeadlines | null,
): Result<ScoringState> {
  const t = SCORING_TRANSITIONS[step];
  if (t.by !== actor)
    return err("REVIEW.FORBIDDEN", {
      vi: "Bạn không thực hiện được bước này",
      en: "This step is not yours to take",
    });
  if (!(t.from as readonly ScoringState[]).includes(state))
    return err("PAR_INDEX.TRANSITION_INVALID", {
      vi: `Không thể "${SCORING_STEP_LABELS[step].vi}" khi hồ sơ ${SCORING_STATE_LABELS[state].vi.toLowerCase()}`,
      en: `Cannot "${SCORING_STEP_LABELS[step].en.toLowerCase()}" while: ${SCORING_STATE_LABELS[state].en.toLowerCase()}`,
    });
  if (step === "submit" && deadlines && today > deadlines.selfScoreDue)
    return err("PAR_INDEX.DEADLINE_PASSED", {
      vi: "Đã quá hạn tự chấm",
      en: "The self-scoring deadline has passed",
    });
  if (step === "explain" && deadlines && today > deadlines.explanationDue)
    return err("PAR_INDEX.DEADLINE_PASSED", {
      vi: "Đã quá hạn giải trình",
      en: "The explanation deadline has passed",
    });
  if (step === "appraise_2" && state === "appraised_1" && (!deadlines || today <= deadlines.explanationDue))
    return err("PAR_INDEX.TRANSITION_INVALID", {
      vi: "Đơn vị chưa giải trình và chưa hết hạn giải trình",
      en: "The unit has not explained and the explanation deadline has not passed",
    });
  return ok(t.to);
}

/** Which column of the scores an actor writes in a state (null: nothing is writable for it then). */
export type ScoreColumn = "self" | "appraisal_1" | "explanation" | "appraisal_2";
export function scoreColumnFor(state: ScoringState, actor: ScoringActor): ScoreColumn | null {
  if (actor === "unit")
    return state === "self_scoring" ? "self" : state === "appraised_1" ? "explanation" : null;
  if (state === "submitted") return "appraisal_1";
  return state === "explained" || state === "appraised_1" ? "appraisal_2" : null;
}
