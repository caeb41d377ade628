import { canonicalJson } from "../idempotency/idempotency";
import { sha256Hex } from "../idempotency/sha256";
import { utf8Bytes } from "../idempotency/utf8";
import type { SaveReviewInput } from "./camera-schemas";

/**
 * A review's content hash: what the reviewer recorded, without its client id. The browser makes the id
 * once, keeps the review in its outbox, and may send it many times over a bad network; the server
 * compares hashes to tell a replay (same content: already saved) from a reused id (other content: 409).
 */
export function reviewContentHash(review: SaveReviewInput): string {
  const { clientId: _id, ...content } = review;
  return sha256Hex(
    utf8Bytes(
      canonicalJson({
        ...content,
        watchedFrom: content.watchedFrom.toISOString(),
        watchedTo: content.watchedTo.toISOString(),
        sampleWindowId: content.sampleWindowId ?? null,
      }),
    ),
  );
}

export type ReviewReplay = "new" | "replay" | "conflict";

/** What a review sent with `clientId` gets, given the hash stored under that id (null: never seen). */
export function decideReviewReplay(storedHash: string | null, incomingHash: string): ReviewReplay {
  if (storedHash === null) return "new";
  return storedHash === incomingHash ? "replay" : "conflict";
}

export const REVIEW_ID_REUSED_MESSAGE =
  "Mã lượt xem đã dùng cho một nội dung khác / This review id was already used for other content";
