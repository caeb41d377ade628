import { describe, expect, it } from "vitest";
import { skipOlderThan } from "../src/db/email-outbox.repository";
import { useTestDb } from "./helpers/test-db";

const t = useTestDb();
const SINCE = new Date("2026-11-29T00:00:00Z");

describe("the e-mail sender's start leaves older notifications to the inbox, in batches", () => {
  it("marks every notification older than the start, a few per statement, and none newer", async () => {
    const unit = await t.trx
      .selectFrom("org_units")
      .select("id")
      .where("code", "=", "75")
      .executeTakeFirstOrThrow();
    const at = (iso: string) => ({
      unit_id: unit.id,
      kind: "notice" as const,
      subject: "Thông báo kiểm tra",
      link: "/portal",
      created_at: new Date(iso),
    });
    await t.trx
      .insertInto("notifications")
      .values([
        ...["2026-11-01", "2026-11-02", "2026-11-03", "2026-11-04", "2026-11-05"].map((d) =>
          at(`${d}T03:00:00Z`),
        ),
        at("2026-11-29T01:00:00Z"),
      ])
      .execute();
    const unmailedBefore = async () =>
      (
        await t.trx
          .selectFrom("notifications")
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .where("mailed_at", "is", null)
          .where("created_at", "<", SINCE)
          .executeTakeFirstOrThrow()
      ).n;
    const older = await unmailedBefore();
    expect(older).toBeGreaterThanOrEqual(5);
    expect(await skipOlderThan(t.trx, SINCE, 2)).toBe(older);
    expect(await unmailedBefore()).toBe(0);
    const newer = await t.trx
      .selectFrom("notifications")
      .select("mailed_at")
      .where("created_at", "=", new Date("2026-11-29T01:00:00Z"))
      .executeTakeFirstOrThrow();
    expect(newer.mailed_at).toBeNull();
    expect(await skipOlderThan(t.trx, SINCE, 2)).toBe(0);
  });
});
