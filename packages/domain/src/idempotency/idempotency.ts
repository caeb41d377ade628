import { sha256Hex } from "./sha256";
import { utf8Bytes } from "./utf8";

/**
 * Idempotency keys (khóa chống trùng): a client names each create or upload with a UUID of its own
 * and sends the same one when it retries. The server keeps, per user and key, which procedure ran
 * and a fingerprint of what was asked, and decides here what a request carrying that key gets.
 */

/** Keys are UUIDs made by the client (crypto.randomUUID()); anything else is refused as bad input. */
export const IDEMPOTENCY_KEY_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** How long a key is remembered; an older one may be purged and then counts as new. */
export const IDEMPOTENCY_KEY_TTL_HOURS = 24;

/**
 * One text per value whatever the order of object keys: keys sorted, `undefined` members dropped
 * (as JSON drops them), Dates as tagged ISO instants (so a Date and its ISO string differ, as they do
 * to the procedure), -0 as 0. Anything JSON cannot say (functions, symbols, bigint, Map) is tagged by
 * its kind and text so that it still changes the fingerprint when it changes.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (value instanceof Date) {
    return JSON.stringify({ $date: Number.isNaN(value.getTime()) ? null : value.toISOString() });
  }
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v)).join(",")}]`;
  switch (typeof value) {
    case "string":
    case "boolean":
      return JSON.stringify(value);
    case "number":
      return Number.isFinite(value)
        ? JSON.stringify(value === 0 ? 0 : value)
        : JSON.stringify({ $num: String(value) });
    case "object": {
      const record = value as Record<string, unknown>;
      const keys = Object.keys(record)
        .filter((k) => record[k] !== undefined)
        .sort();
      return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`).join(",")}}`;
    }
    default:
      return JSON.stringify({ [`$${typeof value}`]: String(value) });
  }
}

/** What a key is bound to: the procedure (or route) and the SHA-256 of its canonical input. */
export interface IdempotencyFingerprint {
  path: string;
  requestHash: string;
}

export function idempotencyFingerprint(path: string, input: unknown): IdempotencyFingerprint {
  return { path, requestHash: sha256Hex(utf8Bytes(canonicalJson(input))) };
}

/**
 * new: the key is unknown (or expired): do the work and remember it with its answer.
 * replay: the same request again: answer what was answered, do nothing.
 * conflict: the key names another request (other procedure or other content): refuse, 409.
 */
export type IdempotencyDecision = "new" | "replay" | "conflict";

export function decideIdempotency(
  stored: (IdempotencyFingerprint & { createdAt: Date }) | null,
  incoming: IdempotencyFingerprint,
  now: Date,
): IdempotencyDecision {
  if (!stored || isIdempotencyKeyExpired(stored.createdAt, now)) return "new";
  return stored.path === incoming.path && stored.requestHash === incoming.requestHash ? "replay" : "conflict";
}

export function isIdempotencyKeyExpired(createdAt: Date, now: Date): boolean {
  return now.getTime() - createdAt.getTime() >= IDEMPOTENCY_KEY_TTL_HOURS * 3_600_000;
}

/** The refusal of a reused key, naming it (Vietnamese first). */
export function idempotencyKeyReusedMessage(key: string): string {
  return (
    `Khóa chống trùng (Idempotency-Key) ${key} đã được dùng cho một yêu cầu khác; hãy tạo khóa mới cho thao tác mới` +
    ` / Idempotency key ${key} was already used for a different request; make a new key for a new action`
  );
}

export const IDEMPOTENCY_KEY_INVALID_MESSAGE =
  "Khóa chống trùng (Idempotency-Key) phải là một UUID / The Idempotency-Key header must be a UUID";
