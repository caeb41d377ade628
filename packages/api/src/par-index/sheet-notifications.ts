import type { ScoringDeadlines, ScoringStep } from "@par/domain";
import type { Db } from "../db/database";
import { insertNotifications } from "../db/notification.repository";
import { notifyProvince } from "../notifications/province-notifications";

/** The unit's own sheet in the portal. */
export const portalSheetLink = (year: number) => `/portal/par-index/${year}`;

/**
 * Who hears of a step, in the step's transaction: what the unit sends (its self-score, its
 * explanation) reaches Sở Nội vụ's inbox; what Sở Nội vụ decides (round 1 done, the final score)
 * reaches the unit's, linking to its sheet. Round 2 alone tells nobody: the lock follows it.
 */
export async function notifyStep(
  db: Db,
  step: ScoringStep,
  sheet: { id: number; unitId: number; unitName: string; year: number },
  deadlines: ScoringDeadlines | null,
  now: Date,
): Promise<void> {
  const toProvince = {
    unitId: sheet.unitId,
    itemId: sheet.id,
    year: sheet.year,
    subject: sheet.unitName,
    sentAt: now,
  };
  if (step === "submit")
    await notifyProvince(db, {
      ...toProvince,
      kind: "par_index_submitted",
      dueDate: deadlines?.appraisal1Due ?? null,
    });
  if (step === "explain")
    await notifyProvince(db, {
      ...toProvince,
      kind: "par_index_explained",
      dueDate: deadlines?.appraisal2Due ?? null,
    });
  if (step === "appraise_1" || step === "lock")
    await insertNotifications(db, [
      {
        unit_id: sheet.unitId,
        kind: step === "lock" ? "par_index_locked" : "par_index_appraised",
        subject: `Chỉ số CCHC năm ${sheet.year}: ${sheet.unitName}`,
        due_date: step === "lock" ? null : (deadlines?.explanationDue ?? null),
        link: portalSheetLink(sheet.year),
        // One per sheet and step: a retried step tells the unit once.
        dedupe_key: `par:${sheet.id}:${step}`,
      },
    ]);
}
