/**
 * The background reminder jobs at national scale (issue 8, session 6): `tsx bench/national/reminder-jobs.ts
 * --url postgres://…/a_copy_of_the_national_data_set`. It DELETES the reminders already queued in that
 * database (to time a first run), so never point it at a database someone else benchmarks on.
 * Prints: the first run (everything to insert), a rerun (the hourly steady state, nothing new), the
 * statements each ran and the longest one, and how long a concurrent `select 1` waited at worst.
 */
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import type { Database } from "../../src/db/database";
import { produceDeadlineReminders } from "../../src/notifications/deadline-sweep";
import { runDeadlineReminders } from "../../src/notifications/reminder-job";
import { produceReportReminders } from "../../src/reports/report-reminders";
import { vietnamDate } from "../../src/time";

const { values: args } = parseArgs({
  options: { url: { type: "string" }, today: { type: "string" } },
});
if (!args.url) throw new Error("--url postgres://… (a copy of the national data set) is required");
// As the server reads them (create-db.ts): dates stay strings, bigint becomes a number.
pg.types.setTypeParser(1082, (v) => v);
pg.types.setTypeParser(20, (v) => Number(v));

const stats = { statements: 0, longestMs: 0, longestSql: "" };
const pool = new pg.Pool({ connectionString: args.url, max: 4 });
const db = new Kysely<Database>({
  dialect: new PostgresDialect({ pool }),
  log: (e) => {
    stats.statements++;
    if (e.queryDurationMillis <= stats.longestMs) return;
    stats.longestMs = e.queryDurationMillis;
    stats.longestSql = e.query.sql.replace(/\s+/g, " ").slice(0, 60);
  },
});
const now = args.today ? new Date(`${args.today}T03:00:00Z`) : new Date();
const today = vietnamDate(now);

/** A request's stand-in: `select 1` every 20 ms on its own connection; the worst wait while `work` runs. */
async function probed<T>(work: () => Promise<T>) {
  const probe = new pg.Client({ connectionString: args.url });
  await probe.connect();
  let worst = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      const t0 = performance.now();
      await probe.query("select 1");
      worst = Math.max(worst, performance.now() - t0);
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  stats.statements = 0;
  stats.longestMs = 0;
  stats.longestSql = "";
  const t0 = performance.now();
  const result = await work();
  const ms = performance.now() - t0;
  running = false;
  await loop;
  await probe.end();
  return { result, ms, ...stats, probeWorstMs: worst };
}

const line = (label: string, r: Awaited<ReturnType<typeof probed<number>>>) =>
  console.log(
    `${label}: ${r.result} inserted in ${(r.ms / 1000).toFixed(2)} s · ${r.statements} statements, longest ${r.longestMs.toFixed(0)} ms (${r.longestSql}…) · concurrent select 1 waited ≤ ${r.probeWorstMs.toFixed(0)} ms`,
  );

const open = await db
  .selectFrom("recommendations")
  .select(db.fn.countAll<number>().as("n"))
  .where("status", "<>", "resolved")
  .executeTakeFirstOrThrow();
console.log(`today ${today} · open recommendations ${open.n}`);
try {
  await db.deleteFrom("notifications").where("dedupe_key", "like", "rec:%").execute();
  line("deadline reminders, first run", await probed(() => produceDeadlineReminders(db, today)));
  line("deadline reminders, rerun", await probed(() => produceDeadlineReminders(db, today)));
  await db.deleteFrom("notifications").where("dedupe_key", "like", "report:%").execute();
  line("report reminders, first run", await probed(() => produceReportReminders(db, today)));
  line("report reminders, rerun", await probed(() => produceReportReminders(db, today)));
  line("the whole job (the hourly tick), rerun", await probed(() => runDeadlineReminders(db, now)));
} finally {
  await db.destroy();
}
