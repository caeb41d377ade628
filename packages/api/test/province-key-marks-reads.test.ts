import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { addBinhPhuoc } from "./helpers/second-province";
import { useTestDb } from "./helpers/test-db";
import { unitIdByCode } from "./helpers/units";

const t = useTestDb();

/** The per-user tables migration 2026_12_01_0301 keyed by province (issue 8 §3), with the row they hang from. */
const TABLES = [
  { table: "notification_reads", source: "notifications", column: "notification_id" },
  { table: "camera_review_marks", source: "camera_reviews", column: "review_id" },
] as const;

async function userId(username: string): Promise<number> {
  const row = await t.trx
    .selectFrom("users")
    .select("id")
    .where("username", "=", username)
    .executeTakeFirstOrThrow();
  return row.id;
}

async function notificationOf(unitId: number): Promise<number> {
  const row = await t.trx
    .insertInto("notifications")
    .values({ unit_id: unitId, kind: "notice", subject: "Thông báo thử", link: "/" })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

async function reviewOf(unitId: number, reviewerId: number): Promise<number> {
  const counter = await t.trx
    .selectFrom("camera_counters")
    .select("id")
    .where("shop_unit_id", "=", unitId)
    .orderBy("number")
    .executeTakeFirstOrThrow();
  const at = new Date(Date.UTC(2023, 5, 1, 1, 0));
  const row = await t.trx
    .insertInto("camera_reviews")
    .values({
      client_id: crypto.randomUUID(),
      content_hash: "0".repeat(64),
      counter_id: counter.id,
      unit_id: unitId,
      reviewer_id: reviewerId,
      watched_from: at,
      watched_to: new Date(at.getTime() + 600_000),
      items: ["personal_phone"],
      severity: "minor",
      verdict: "violation",
      note: "",
      snapshot_ids: [],
      sample_window_id: null,
      created_at: at,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

describe("notification reads and camera review marks carry province_id (issue 8 §3, docs/scaling.md)", () => {
  it("each has province_id NOT NULL, the filling trigger, and an index led by the province", async () => {
    for (const { table } of TABLES) {
      const column = await sql<{ is_nullable: string }>`select is_nullable from information_schema.columns
        where table_schema = current_schema() and table_name = ${table} and column_name = 'province_id'`.execute(
        t.trx,
      );
      expect(column.rows, table).toEqual([{ is_nullable: "NO" }]);
      const trigger = await sql<{ tgname: string }>`select tgname from pg_trigger
        where tgrelid = ${`${table}`}::regclass and tgname = ${`${table}_province_before`}`.execute(t.trx);
      expect(trigger.rows, table).toHaveLength(1);
      const indexes = await sql<{ indexdef: string }>`select indexdef from pg_indexes
        where schemaname = current_schema() and tablename = ${table}`.execute(t.trx);
      expect(
        indexes.rows.some((r) => /\(province_id,/.test(r.indexdef)),
        `${table} has an index led by province_id`,
      ).toBe(true);
    }
  });

  it("a read of a notification is filed under the notification's province, Đồng Nai's or Bình Phước's", async () => {
    const bp = await addBinhPhuoc(t.trx);
    const reader = await userId("snv.admin");
    const bpUnit = Object.values(bp.ids).find((id) => id !== bp.provinceId)!;
    for (const unitId of [await unitIdByCode(t.trx, "731"), bpUnit]) {
      const notification = await notificationOf(unitId);
      await t.trx
        .insertInto("notification_reads")
        .values({ notification_id: notification, user_id: reader })
        .execute();
      const row = await t.trx
        .selectFrom("notification_reads as r")
        .innerJoin("notifications as n", "n.id", "r.notification_id")
        .select(["r.province_id as copied", "n.province_id as source"])
        .where("r.notification_id", "=", notification)
        .executeTakeFirstOrThrow();
      expect(row.copied).toBe(row.source);
    }
    const bpReads = await t.trx
      .selectFrom("notification_reads")
      .select("notification_id")
      .where("province_id", "=", bp.provinceId)
      .execute();
    expect(bpReads).toHaveLength(1);
  });

  it("a reviewer's mark on a camera review is filed under the review's province", async () => {
    const bienHoa = await unitIdByCode(t.trx, "731");
    const reviewer = await userId("camera.1");
    const review = await reviewOf(bienHoa, reviewer);
    await t.trx
      .insertInto("camera_review_marks")
      .values({ review_id: review, user_id: reviewer, marked_at: new Date() })
      .execute();
    const row = await t.trx
      .selectFrom("camera_review_marks as m")
      .innerJoin("camera_reviews as r", "r.id", "m.review_id")
      .innerJoin("org_units as u", "u.id", "r.unit_id")
      // camera_reviews.province_id is not in the typed schema (the trigger of 0601 owns it).
      .select(["m.province_id as copied", sql<number>`r.province_id`.as("review"), "u.province_id as unit"])
      .where("m.review_id", "=", review)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ copied: row.unit, review: row.unit, unit: row.unit });
  });
});
