import { sql } from "kysely";
import type { Db } from "./database";

/**
 * Keys of the transaction-scoped advisory locks that serialise work across API processes sharing one
 * database (PostgreSQL; PGlite has one process but accepts the same call).
 */
export const ADVISORY_LOCKS = {
  /** Seeding the demo province into an empty database. */
  demoSeed: 284_2023_01,
  /** Filling the default focus fields of a register that has none, at start-up. */
  defaultUnitFields: 284_2023_02,
  /**
   * The periodic reminders: with a province's id as second key, one batch of that province's deadline
   * sweep at a time across processes; alone, one page of the report reminders at a time.
   */
  deadlineReminders: 284_2023_04,
} as const;

/** Waits for the lock; it is released when the transaction ends. */
export async function advisoryXactLock(trx: Db, key: number, subKey?: number): Promise<void> {
  // The two-key form keys a lock class by a second int (a province), apart from the one-key locks.
  if (subKey === undefined) await sql`select pg_advisory_xact_lock(${key})`.execute(trx);
  else await sql`select pg_advisory_xact_lock(${key}::int, ${subKey}::int)`.execute(trx);
}
