import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type DbHandle } from "../src/db/create-db";
import { loadEnv } from "../src/env";
import { runDeadlineReminders } from "../src/notifications/reminder-job";
import { openTestDb } from "./helpers/test-db";

/**
 * Two API processes run the hourly reminders at the same moment on one PostgreSQL database (two pools
 * on one committed schema): the per-province and per-page advisory locks make them take turns, the
 * dedupe keys make the second insert nothing — together they queue exactly what one run queues.
 */
const url = loadEnv().databaseUrl;
const NOW = new Date("2023-10-01T03:00:00Z");

describe.skipIf(!url)("the reminder job in two processes at once (PostgreSQL)", () => {
  let first: DbHandle & { dropSchema?: () => Promise<void> };
  let second: DbHandle;
  beforeAll(async () => {
    first = await openTestDb();
    const schema = await first.db
      .selectNoFrom((eb) => eb.fn<string>("current_schema").as("s"))
      .executeTakeFirstOrThrow();
    second = await createDb({ databaseUrl: url, schema: schema.s, poolSize: 2 });
  });
  afterAll(async () => {
    await second?.close();
    await first?.close();
    await first?.dropSchema?.();
  });

  it("both runs together queue each reminder once, without an error; a third run queues nothing", async () => {
    const [a, b] = await Promise.all([
      runDeadlineReminders(first.db, NOW),
      runDeadlineReminders(second.db, NOW),
    ]);
    const rows = await first.db
      .selectFrom("notifications")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where((eb) => eb.or([eb("dedupe_key", "like", "rec:%"), eb("dedupe_key", "like", "report:%")]))
      .executeTakeFirstOrThrow();
    expect(rows.n).toBeGreaterThan(0);
    expect(a + b).toBe(rows.n);
    expect(await runDeadlineReminders(second.db, NOW)).toBe(0);
  });
});
