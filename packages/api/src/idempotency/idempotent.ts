import {
  decideIdempotency,
  IDEMPOTENCY_KEY_INVALID_MESSAGE,
  IDEMPOTENCY_KEY_PATTERN,
  IDEMPOTENCY_KEY_TTL_HOURS,
  idempotencyFingerprint,
  idempotencyKeyReusedMessage,
} from "@par/domain";
import type { Transaction } from "kysely";
import superjson from "superjson";
import type { Database, Db } from "../db/database";
import {
  deleteIdempotencyKey,
  findIdempotencyKey,
  insertIdempotencyKey,
  lockIdempotencyKey,
  purgeIdempotencyKeys,
} from "../db/idempotency.repository";
import { inTransaction } from "../db/transaction";
import { fail } from "../errors";

/** The header a client names a create or upload with (a UUID it made), the same on every retry. */
export const IDEMPOTENCY_HEADER = "idempotency-key";
/** How errors name the header, as a field. */
export const IDEMPOTENCY_FIELD = "Idempotency-Key";

/** The header's value, as sent (null when absent); several values are taken as one text, so refused. */
export function idempotencyKeyOf(headers: Record<string, string | string[] | undefined>): string | null {
  const value = headers[IDEMPOTENCY_HEADER];
  if (value === undefined) return null;
  return Array.isArray(value) ? value.join(",") : value;
}

export interface IdempotentRequest {
  userId: number;
  key: string;
  /** The procedure path or route ("units.create", "POST /files/evidence"). */
  path: string;
  /** What was asked, as the client sent it; only its fingerprint is kept. */
  input: unknown;
  now: Date;
}

/**
 * Runs `work` at most once per (user, key): in one transaction it locks the key, looks it up, and
 * either answers the remembered result (same path and input), refuses (CONFLICT, other path or
 * input), or does the work and remembers its answer — so an effect and its key commit together.
 * A failed `work` rolls everything back and remembers nothing: the same key may then be retried.
 */
export async function runIdempotent<T>(
  db: Db,
  req: IdempotentRequest,
  work: (trx: Transaction<Database>) => Promise<T>,
): Promise<T> {
  if (!IDEMPOTENCY_KEY_PATTERN.test(req.key))
    fail("IDEMPOTENCY.KEY_INVALID", IDEMPOTENCY_KEY_INVALID_MESSAGE, IDEMPOTENCY_FIELD);
  const incoming = idempotencyFingerprint(req.path, req.input);
  return inTransaction(db, async (trx) => {
    await lockIdempotencyKey(trx, req.userId, req.key);
    const stored = await findIdempotencyKey(trx, req.userId, req.key);
    const decision = decideIdempotency(
      stored ? { path: stored.path, requestHash: stored.request_hash, createdAt: stored.created_at } : null,
      incoming,
      req.now,
    );
    if (decision === "conflict") {
      fail("IDEMPOTENCY.KEY_REUSED", idempotencyKeyReusedMessage(req.key), IDEMPOTENCY_FIELD);
    }
    if (decision === "replay" && stored) {
      return superjson.deserialize(stored.response as Parameters<typeof superjson.deserialize>[0]) as T;
    }
    if (stored) await deleteIdempotencyKey(trx, stored.id);
    await purgeIdempotencyKeys(trx, new Date(req.now.getTime() - IDEMPOTENCY_KEY_TTL_HOURS * 3_600_000));
    const result = await work(trx);
    await insertIdempotencyKey(trx, {
      userId: req.userId,
      key: req.key,
      path: incoming.path,
      requestHash: incoming.requestHash,
      responseJson: JSON.stringify(superjson.serialize(result)),
      now: req.now,
    });
    return result;
  });
}
