import { ADVISORY_LOCKS, advisoryXactLock } from "../db/advisory-lock";
import type { Db } from "../db/database";
import { produceDeadlineReminders } from "../db/notification.repository";
import { inTransaction } from "../db/transaction";
import { produceReportReminders } from "../reports/report-reminders";
import { vietnamDate } from "../time";

/**
 * One run of the deadline reminders: under an advisory lock (two API processes never run it at once)
 * and idempotent by its dedupe keys (a rerun, or the other process after the lock, inserts nothing).
 */
export async function runDeadlineReminders(db: Db, now: Date): Promise<number> {
  return inTransaction(db, async (trx) => {
    await advisoryXactLock(trx, ADVISORY_LOCKS.deadlineReminders);
    const today = vietnamDate(now);
    return (await produceDeadlineReminders(trx, today)) + (await produceReportReminders(trx, today));
  });
}

/** Runs the reminders at start and then every `everyMs`; the timer never keeps the process alive. */
export function startReminderJob(db: Db, everyMs: number, log: (e: unknown) => void): () => void {
  const tick = () => void runDeadlineReminders(db, new Date()).catch(log);
  tick();
  const timer = setInterval(tick, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
