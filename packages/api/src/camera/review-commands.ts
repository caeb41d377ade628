import {
  decideReviewReplay,
  REVIEW_ID_REUSED_MESSAGE,
  type ReviewPageInput,
  reviewContentHash,
  type SaveReviewInput,
} from "@par/domain";
import type { Request } from "../access/request";
import { scopeOf } from "../access/unit-access";
import { audited, insertAudit } from "../db/audit.repository";
import {
  findReviewByClientId,
  insertReview,
  markReviewed,
  pageReviews,
  type ReviewRow,
} from "../db/camera.repository";
import { insertReminder } from "../db/camera-reminder.repository";
import { snapshotsOfCounter } from "../db/camera-snapshot.repository";
import { addToMonthlyStats } from "../db/camera-stats.repository";
import { decodeCursor, toPage } from "../db/keyset";
import { inTransaction } from "../db/transaction";
import { fail } from "../errors";
import { counterInScope } from "./counter-commands";
import { notifyUnitsOfReminders } from "./reminder-notifications";

export interface ReviewDto {
  id: number;
  clientId: string;
  counterId: number;
  unitId: number;
  watchedFrom: Date;
  watchedTo: Date;
  items: string[];
  severity: string;
  verdict: string;
  note: string;
  snapshotIds: string[];
  fromSample: boolean;
  createdAt: Date;
}

const toDto = (r: Omit<ReviewRow, "content_hash">): ReviewDto => ({
  id: r.id,
  clientId: r.client_id,
  counterId: r.counter_id,
  unitId: r.unit_id,
  watchedFrom: r.watched_from,
  watchedTo: r.watched_to,
  items: r.items,
  severity: r.severity,
  verdict: r.verdict,
  note: r.note,
  snapshotIds: r.snapshot_ids,
  fromSample: r.sample_window_id !== null,
  createdAt: r.created_at,
});

/**
 * Saves a review once per client id: the same review sent again (a retry from the browser's outbox)
 * is answered as already saved; the same id with other content is refused (409). A violation becomes a
 * reminder (nhắc nhở) to the unit in the same transaction, with the audit row.
 */
export async function saveReview(q: Request, input: SaveReviewInput) {
  const counter = await counterInScope(q, input.counterId, "camera.review");
  const hash = reviewContentHash(input);
  return inTransaction(q.db, async (trx) => {
    const stored = await findReviewByClientId(trx, input.clientId);
    const decision = decideReviewReplay(stored?.content_hash ?? null, hash);
    if (decision === "conflict") fail("CAMERA.REVIEW_ID_REUSED", REVIEW_ID_REUSED_MESSAGE, "clientId");
    if (decision === "replay" && stored) return { review: toDto(stored), alreadySaved: true };
    const snapshots = await snapshotsOfCounter(trx, counter.id, input.snapshotIds);
    if (snapshots.length !== new Set(input.snapshotIds).size)
      fail(
        "CAMERA.SNAPSHOT_UNKNOWN",
        "Ảnh chụp: có ảnh không thuộc quầy này hoặc chưa được tải lên / Snapshots: one is not of this counter or was not uploaded",
        "snapshotIds",
      );
    if (input.sampleWindowId) {
      const w = await trx
        .selectFrom("camera_sample_windows")
        .select("counter_id")
        .where("id", "=", input.sampleWindowId)
        .executeTakeFirst();
      if (!w || w.counter_id !== counter.id)
        fail(
          "CAMERA.COUNTER_NOT_FOUND",
          "Khung giờ mẫu: không thuộc quầy này / Sample window: not of this counter",
          "sampleWindowId",
        );
    }
    const review = await audited(trx, q.actor, async (t) => {
      const row = await insertReview(t, {
        client_id: input.clientId,
        content_hash: hash,
        counter_id: counter.id,
        unit_id: counter.shop_unit_id,
        reviewer_id: q.user.userId,
        watched_from: input.watchedFrom,
        watched_to: input.watchedTo,
        items: input.items,
        severity: input.severity,
        verdict: input.verdict,
        note: input.note,
        snapshot_ids: [...new Set(input.snapshotIds)],
        sample_window_id: input.sampleWindowId ?? null,
        created_at: q.now,
      });
      return {
        result: row,
        audit: {
          action: "camera.review.create",
          entity: "camera_review",
          entityId: row.id,
          unitId: row.unit_id,
          before: null,
          after: {
            counterId: row.counter_id,
            verdict: row.verdict,
            items: row.items,
            severity: row.severity,
          },
        },
      };
    });
    await addToMonthlyStats(trx, [
      {
        unitId: review.unit_id,
        watchedFrom: review.watched_from,
        fromSample: review.sample_window_id !== null,
        verdict: review.verdict,
        items: review.items,
      },
    ]);
    if (review.verdict === "violation") {
      const reminder = await insertReminder(trx, {
        review_id: review.id,
        unit_id: review.unit_id,
        counter_id: review.counter_id,
        items: review.items,
        note: review.note,
        snapshot_ids: review.snapshot_ids,
        created_at: q.now,
      });
      await insertAudit(trx, q.actor, {
        action: "camera.reminder.create",
        entity: "camera_reminder",
        entityId: reminder.id,
        unitId: reminder.unit_id,
        before: null,
        after: { reviewId: review.id, items: reminder.items },
      });
      await notifyUnitsOfReminders(trx, [reminder]);
    }
    return { review: toDto(review), alreadySaved: false };
  });
}

export async function listReviews(q: Request, input: ReviewPageInput) {
  const after = decodeCursor(input.cursor);
  const rows = await pageReviews(q.db, {
    scope: scopeOf(q.user, "camera.read"),
    viewerId: q.user.userId,
    counterId: input.counterId,
    unitId: input.unitId,
    reviewerId: input.mine ? q.user.userId : undefined,
    after: after ? { key: String(after.key), id: Number(after.id) } : null,
    limit: input.limit,
  });
  return toPage(
    rows,
    input.limit,
    (r) => [r.created_at.toISOString(), r.id],
    (r) => ({
      ...toDto(r),
      counterNumber: r.counter_number,
      counterName: r.counter_name,
      unitName: r.unit_name,
      reviewedByMe: r.marked_at !== null,
    }),
  );
}

export async function markReviewsReviewed(q: Request, reviewIds: readonly number[]) {
  return audited(q.db, q.actor, async (trx) => {
    const marked = await markReviewed(trx, scopeOf(q.user, "camera.review"), q.user.userId, reviewIds, q.now);
    return {
      result: { marked: marked.length },
      audit: {
        action: "camera.review.mark",
        entity: "camera_review",
        entityId: null,
        unitId: null,
        before: null,
        after: { reviewIds: marked },
      },
    };
  });
}
