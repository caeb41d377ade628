import type { Db } from "../db/database";
import { produceReportReminders } from "../reports/report-reminders";
import { vietnamDate } from "../time";
import { produceDeadlineReminders } from "./deadline-sweep";

/**
 * One run of the reminders: the recommendations' deadlines, then the reports due. No transaction spans
 * the run: each step is a short transaction under its advisory lock (see deadline-sweep.ts and
 * report-reminders.ts), so the requests keep being served while it runs; the dedupe keys make a rerun,
 * or a second API process running at the same time, insert nothing.
 */
export async function runDeadlineReminders(db: Db, now: Date): Promise<number> {
  const today = vietnamDate(now);
  return (await produceDeadlineReminders(db, today)) + (await produceReportReminders(db, today));
}

/** Runs the reminders at start and then every `everyMs`; the timer never keeps the process alive. */
export function startReminderJob(db: Db, everyMs: number, log: (e: unknown) => void): () => void {
  // A run longer than the interval is never overlapped by the next one in this process.
  let running = false;
  const tick = () => {
    if (running) return;
    running = true;
    void runDeadlineReminders(db, new Date())
      .catch(log)
      .finally(() => {
        running = false;
      });
  };
  tick();
  const timer = setInterval(tick, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
