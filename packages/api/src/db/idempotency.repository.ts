import { sql } from "kysely";
import type { Db } from "./database";

/** Namespace of the two-number advisory locks taken per (user, key); the one-number locks are elsewhere. */
const KEY_LOCK_NAMESPACE = 2842023;

/**
 * Waits until no other transaction holds the same user's key, until this transaction ends. This is
 * what makes a retry racing its original wait for it and then find its answer, on every process
 * sharing the database. A hash collision only makes two unrelated requests wait for each other.
 */
export async function lockIdempotencyKey(trx: Db, userId: number, key: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(${KEY_LOCK_NAMESPACE}::int, hashtext(${`${userId}:${key.toLowerCase()}`}))`.execute(
    trx,
  );
}

export async function findIdempotencyKey(db: Db, userId: number, key: string) {
  return db
    .selectFrom("idempotency_keys")
    .select(["id", "path", "request_hash", "response", "created_at"])
    .where("user_id", "=", userId)
    .where("key", "=", key.toLowerCase())
    .executeTakeFirst();
}

export async function deleteIdempotencyKey(db: Db, id: number): Promise<void> {
  await db.deleteFrom("idempotency_keys").where("id", "=", id).execute();
}

export async function insertIdempotencyKey(
  db: Db,
  row: { userId: number; key: string; path: string; requestHash: string; responseJson: string; now: Date },
): Promise<void> {
  await db
    .insertInto("idempotency_keys")
    .values({
      user_id: row.userId,
      key: row.key.toLowerCase(),
      path: row.path,
      request_hash: row.requestHash,
      response: row.responseJson,
      created_at: row.now,
    })
    .execute();
}

/**
 * Forgets up to `limit` keys older than `cutoff`. Rows another transaction is deleting are skipped
 * (not waited for), so purges running side by side never block or deadlock each other.
 */
export async function purgeIdempotencyKeys(db: Db, cutoff: Date, limit = 100): Promise<void> {
  await sql`delete from idempotency_keys where id in (
      select id from idempotency_keys where created_at < ${cutoff} order by created_at limit ${limit}
      for update skip locked)`.execute(db);
}
