import {
  canOnUnit,
  decideReviewReplay,
  REVIEW_ID_REUSED_MESSAGE,
  reviewContentHash,
  type SaveReviewInput,
} from "@par/domain";
import type { Request } from "../access/request";
import { auditProvince } from "../db/audit.repository";
import type { ReviewRow } from "../db/camera.repository";
import { addToMonthlyStats } from "../db/camera-stats.repository";
import { inTransaction } from "../db/transaction";
import { fail } from "../errors";
import { COUNTER_NOT_FOUND } from "./counter-commands";
import { notifyUnitsOfReminders } from "./reminder-notifications";

export type BatchOutcome =
  | { clientId: string; status: "saved" | "alreadySaved"; reviewId: number }
  | { clientId: string; status: "refused"; field: string; message: string };

const SNAPSHOT_UNKNOWN =
  "Ảnh chụp: có ảnh không thuộc quầy này hoặc chưa được tải lên / Snapshots: one is not of this counter or was not uploaded";
const WINDOW_UNKNOWN = "Khung giờ mẫu: không thuộc quầy này / Sample window: not of this counter";

/**
 * camera.saveReviews: up to 100 reviews in one transaction and a fixed number of statements, whatever
 * their number — the same rules as camera.saveReview, review by review: a replay (same id and content)
 * is "alreadySaved", another content under a known id is "refused" with the 409's message, a review of
 * a counter outside the caller's scope or with a foreign snapshot is "refused" naming the field. Every
 * new review gets its audit row, its monthly figures and, for a violation, its reminder to the unit.
 */
export async function saveReviews(q: Request, inputs: readonly SaveReviewInput[]): Promise<BatchOutcome[]> {
  // Distinct ids: the input schema refuses a batch naming one id twice.
  const ids = inputs.map((r) => r.clientId.toLowerCase());
  return inTransaction(q.db, async (trx) => {
    const counterIds = [...new Set(inputs.map((r) => r.counterId))];
    const counters = new Map(
      (
        await trx
          .selectFrom("camera_counters as c")
          .innerJoin("org_units as u", "u.id", "c.shop_unit_id")
          .select(["c.id", "c.shop_unit_id", "u.path"])
          .where("c.id", "in", counterIds)
          .execute()
      ).map((c) => [c.id, c]),
    );
    const stored = new Map(
      (
        await trx
          .selectFrom("camera_reviews")
          .select(["id", "client_id", "content_hash"])
          .where("client_id", "in", ids)
          .execute()
      ).map((r) => [r.client_id.toLowerCase(), r]),
    );
    const snapshotIds = [...new Set(inputs.flatMap((r) => r.snapshotIds))];
    const snapshotCounter = new Map(
      snapshotIds.length === 0
        ? []
        : (
            await trx
              .selectFrom("camera_snapshots")
              .select(["id", "counter_id"])
              .where("id", "in", snapshotIds)
              .execute()
          ).map((s) => [s.id, s.counter_id]),
    );
    const windowIds = [...new Set(inputs.flatMap((r) => (r.sampleWindowId ? [r.sampleWindowId] : [])))];
    const windowCounter = new Map(
      windowIds.length === 0
        ? []
        : (
            await trx
              .selectFrom("camera_sample_windows")
              .select(["id", "counter_id"])
              .where("id", "in", windowIds)
              .execute()
          ).map((w) => [w.id, w.counter_id]),
    );

    const outcomes: BatchOutcome[] = [];
    const fresh: { input: SaveReviewInput; hash: string; unitId: number }[] = [];
    for (const r of inputs) {
      const counter = counters.get(r.counterId);
      const refuse = (field: string, message: string) =>
        outcomes.push({ clientId: r.clientId, status: "refused", field, message });
      if (!counter || !canOnUnit(q.user.assignments, "camera.review", counter.path)) {
        refuse("counterId", COUNTER_NOT_FOUND);
        continue;
      }
      const hash = reviewContentHash(r);
      const before = stored.get(r.clientId.toLowerCase());
      const decision = decideReviewReplay(before?.content_hash ?? null, hash);
      if (decision === "conflict") refuse("clientId", REVIEW_ID_REUSED_MESSAGE);
      else if (decision === "replay" && before)
        outcomes.push({ clientId: r.clientId, status: "alreadySaved", reviewId: before.id });
      else if (r.snapshotIds.some((s) => snapshotCounter.get(s) !== r.counterId))
        refuse("snapshotIds", SNAPSHOT_UNKNOWN);
      else if (r.sampleWindowId && windowCounter.get(r.sampleWindowId) !== r.counterId)
        refuse("sampleWindowId", WINDOW_UNKNOWN);
      else {
        outcomes.push({ clientId: r.clientId, status: "saved", reviewId: 0 });
        fresh.push({ input: r, hash, unitId: counter.shop_unit_id });
      }
    }
    if (fresh.length === 0) return outcomes;

    const inserted: ReviewRow[] = await trx
      .insertInto("camera_reviews")
      .values(
        fresh.map(({ input: r, hash, unitId }) => ({
          client_id: r.clientId,
          content_hash: hash,
          counter_id: r.counterId,
          unit_id: unitId,
          reviewer_id: q.user.userId,
          watched_from: r.watchedFrom,
          watched_to: r.watchedTo,
          items: r.items,
          severity: r.severity,
          verdict: r.verdict,
          note: r.note,
          snapshot_ids: [...new Set(r.snapshotIds)],
          sample_window_id: r.sampleWindowId ?? null,
          created_at: q.now,
        })),
      )
      // Another request saved one of these ids meanwhile: the unique index keeps one row; ask again.
      .onConflict((oc) => oc.column("client_id").doNothing())
      .returningAll()
      .execute();
    const byClient = new Map(inserted.map((r) => [r.client_id.toLowerCase(), r]));
    for (const o of outcomes) {
      if (o.status !== "saved") continue;
      const row = byClient.get(o.clientId.toLowerCase());
      if (row) o.reviewId = row.id;
      else
        fail(
          "CAMERA.REVIEW_ID_REUSED",
          "Lượt xem đang được lưu từ nơi khác, vui lòng gửi lại / The review is being saved elsewhere, send it again",
          "reviews",
        );
    }
    const violations = inserted.filter((r) => r.verdict === "violation");
    const reminders =
      violations.length === 0
        ? []
        : await trx
            .insertInto("camera_reminders")
            .values(
              violations.map((r) => ({
                review_id: r.id,
                unit_id: r.unit_id,
                counter_id: r.counter_id,
                items: r.items,
                note: r.note,
                snapshot_ids: r.snapshot_ids,
                created_at: q.now,
              })),
            )
            .returning(["id", "review_id", "unit_id", "items"])
            .execute();
    const audit = (action: string, entity: string, entityId: number, unitId: number, after: unknown) => ({
      at: q.now,
      user_id: q.user.userId,
      action,
      entity,
      entity_id: String(entityId),
      unit_id: unitId,
      before: null,
      after: JSON.stringify(after),
      ip: q.actor.ip,
      province_id: auditProvince(unitId, q.user.userId),
    });
    await trx
      .insertInto("audit_log")
      .values([
        ...inserted.map((r) =>
          audit("camera.review.create", "camera_review", r.id, r.unit_id, {
            counterId: r.counter_id,
            verdict: r.verdict,
            items: r.items,
            severity: r.severity,
          }),
        ),
        ...reminders.map((n) =>
          audit("camera.reminder.create", "camera_reminder", n.id, n.unit_id, {
            reviewId: n.review_id,
            items: n.items,
          }),
        ),
      ])
      .execute();
    await notifyUnitsOfReminders(trx, reminders);
    await addToMonthlyStats(
      trx,
      inserted.map((r) => ({
        unitId: r.unit_id,
        watchedFrom: r.watched_from,
        fromSample: r.sample_window_id !== null,
        verdict: r.verdict,
        items: r.items,
      })),
    );
    return outcomes;
  });
}
