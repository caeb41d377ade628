import { join } from "node:path";
import { createTransport } from "nodemailer";
import { seedDemoCountersIfEmpty, startFeeds } from "./camera/demo-counters";
import { createDb } from "./db/create-db";
import { migrateToLatest } from "./db/migrate";
import { env } from "./env";
import { startEmailOutbox } from "./notifications/email-outbox";
import { startReminderJob } from "./notifications/reminder-job";
import { seedDemoIfEmpty } from "./seed/seed-demo";
import { buildServer } from "./server";
import { gracefulShutdown } from "./server/shutdown";
import { fillDefaultUnitFieldsIfEmpty } from "./units/default-unit-fields";

/** `pnpm --filter @par/api start`: migrate, seed the demo province on an empty database, serve. */
const config = env();
const handle = await createDb({
  databaseUrl: config.databaseUrl,
  dataDir: join(config.dataDir, "pglite"),
  poolSize: config.dbPoolSize,
});
await migrateToLatest(handle.db);
if (config.demo) {
  const seeded = await seedDemoIfEmpty(handle.db, { password: config.demoPassword, now: new Date() });
  if (seeded) console.log(`Demo data seeded: ${seeded.units} units, ${seeded.users} users`);
}
// R6: a register seeded before unit_fields existed gets the default fields once.
await fillDefaultUnitFieldsIfEmpty(handle.db, new Date());
if (config.demo) await seedDemoCountersIfEmpty(handle.db);
const app = await buildServer({ handle, env: config });
// Live camera feeds (demo test pictures, restreamed cameras): stopped and their temp folder removed on close.
const cameraFeeds = await startFeeds(handle.db, config.demo, (line) => app.log.warn(line));
app.addHook("onClose", () => cameraFeeds.stop());

// Deadline reminders (issue 9 §8): hourly, idempotent, one process at a time (advisory lock).
const stopReminders = startReminderJob(handle.db, 60 * 60_000, (e) => app.log.error(e));
// Optional e-mail (PAR_SMTP_URL): a background outbox, never on a request's path; off by default.
const stopEmail = config.smtp
  ? await startEmailOutbox(
      handle.db,
      createTransport(config.smtp.url),
      { from: config.smtp.from, baseUrl: config.publicUrl },
      15_000,
      (e) => app.log.error(e),
    )
  : () => {};

const shutdown = gracefulShutdown(app, handle);
for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.on(signal, () => {
    stopReminders();
    stopEmail();
    void shutdown(signal).then((code) => process.exit(code));
  });

await app.listen({ port: config.port, host: config.host });
const where = handle.kind === "pglite" ? join(config.dataDir, "pglite") : "PostgreSQL (DATABASE_URL)";
console.log(
  `PAR Inspect on http://localhost:${config.port}/ · database: ${where}${config.demo ? " · demo mode" : ""}`,
);
