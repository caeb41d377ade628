import { ControlledTransaction, type Transaction } from "kysely";
import type { Database, Db } from "./database";

let savepoints = 0;

/**
 * Runs `work` all-or-nothing. On the database: a transaction. Inside a transaction: joins it.
 * Inside a test's controlled transaction (rolled back after each test): a savepoint, so a failed
 * mutation still undoes its own half-written rows exactly as it would in production.
 */
export async function inTransaction<T>(db: Db, work: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
  if (db instanceof ControlledTransaction) {
    const name = `par_sp_${++savepoints}`;
    // Savepoint names are typed as literals; ours is generated, so the outer list is typed empty.
    const outer = db as ControlledTransaction<Database, []>;
    const inner = await outer.savepoint(name).execute();
    try {
      const result = await work(inner);
      await inner.releaseSavepoint(name).execute();
      return result;
    } catch (error) {
      await inner.rollbackToSavepoint(name).execute();
      throw error;
    }
  }
  if (db.isTransaction) return work(db as Transaction<Database>);
  return db.transaction().execute(work);
}
