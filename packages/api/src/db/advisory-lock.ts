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
  /** The periodic deadline reminders (one run at a time across processes). */
  deadlineReminders: 284_2023_04,
} as const;

/** Waits for the lock; it is released when the transaction ends. */
export async function advisoryXactLock(trx: Db, key: number): Promise<void> {
  await sql`select pg_advisory_xact_lock(${key})`.execute(trx);
}
