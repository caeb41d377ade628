import { ADVISORY_LOCKS, advisoryXactLock } from "../db/advisory-lock";
import type { Db } from "../db/database";
import { provinceIds, queueDeadlineReminderBatch, type SweepCursor } from "../db/notification.repository";
import { inTransaction } from "../db/transaction";
import { yieldToRequests } from "../db/yield-to-requests";

type BatchResult = Awaited<ReturnType<typeof queueDeadlineReminderBatch>>;

/** Open recommendations per statement: one batch's rows, memory and transaction stay this small. */
export const SWEEP_BATCH = 1000;

/**
 * The deadline reminders of every open recommendation (issue 9 §8), one province at a time and in
 * keyset batches of `batch` rows (issue 8: the cost of one step never grows with the register). Each
 * batch is one statement in a short transaction under the province's advisory lock, so two API
 * processes never work on one province at once (and never deadlock on the dedupe index); the dedupe
 * keys make a rerun, or the other process after the lock, insert nothing. Returns how many were new.
 */
export async function produceDeadlineReminders(
  db: Db,
  today: string,
  o: { batch?: number; pause?: () => Promise<void> } = {},
): Promise<number> {
  const limit = o.batch ?? SWEEP_BATCH;
  const pause = o.pause ?? yieldToRequests;
  let queued = 0;
  for (const provinceId of await provinceIds(db)) {
    let after: SweepCursor | null = null;
    for (;;) {
      const cursor: SweepCursor | null = after;
      const step: BatchResult = await inTransaction(db, async (trx) => {
        await advisoryXactLock(trx, ADVISORY_LOCKS.deadlineReminders, provinceId);
        return queueDeadlineReminderBatch(trx, { provinceId, today, after: cursor, limit });
      });
      queued += step.queued;
      after = step.last;
      await pause();
      if (step.seen < limit) break;
    }
  }
  return queued;
}
