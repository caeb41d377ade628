import { readFileSync } from "node:fs";
import type { ControlledTransaction, Kysely } from "kysely";
import pg from "pg";
import { afterAll, afterEach, beforeAll, beforeEach, inject } from "vitest";
import { createDb, type DbHandle } from "../../src/db/create-db";
import type { Database } from "../../src/db/database";
import { migrateToLatest } from "../../src/db/migrate";
import { loadEnv } from "../../src/env";
import { seedDemoIfEmpty } from "../../src/seed/seed-demo";
import { SEED_NOW } from "./prepare-database";

/**
 * One database per test file: a copy of the seeded PGlite template, or with DATABASE_URL a fresh
 * schema on that server. `seeded: false` gives an empty, unmigrated database.
 */
export async function openTestDb(
  opts: { seeded?: boolean } = {},
): Promise<DbHandle & { dropSchema?: () => Promise<void> }> {
  const seeded = opts.seeded ?? true;
  const databaseUrl = loadEnv().databaseUrl;
  if (databaseUrl) {
    const schema = `par_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    const admin = new pg.Client({ connectionString: databaseUrl });
    await admin.connect();
    await admin.query(`create schema ${schema}`);
    await admin.end();
    const handle = await createDb({ databaseUrl, schema });
    if (seeded) {
      await migrateToLatest(handle.db);
      await seedDemoIfEmpty(handle.db, { password: loadEnv().demoPassword, now: SEED_NOW });
    }
    const dropSchema = async () => {
      const c = new pg.Client({ connectionString: databaseUrl });
      await c.connect();
      await c.query(`drop schema ${schema} cascade`);
      await c.end();
    };
    return { ...handle, dropSchema };
  }
  const template = seeded ? inject("pgliteTemplate") : null;
  return createDb({
    dataDir: "memory://",
    ...(template ? { loadDataDir: new Blob([readFileSync(template)]) } : {}),
  });
}

export interface TestDb {
  handle: DbHandle;
  /** This test's transaction, rolled back after it: pass it as `db` to contexts. */
  readonly trx: ControlledTransaction<Database>;
  readonly root: Kysely<Database>;
}

/** Opens the file's database once and wraps every test in a transaction that is rolled back. */
export function useTestDb(opts: { seeded?: boolean } = {}): TestDb {
  let handle: (DbHandle & { dropSchema?: () => Promise<void> }) | undefined;
  let trx: ControlledTransaction<Database> | undefined;
  beforeAll(async () => {
    handle = await openTestDb(opts);
  });
  afterAll(async () => {
    await handle?.close();
    await handle?.dropSchema?.();
  });
  beforeEach(async () => {
    trx = await handle!.db.startTransaction().execute();
  });
  afterEach(async () => {
    await trx?.rollback().execute();
    trx = undefined;
  });
  return {
    get handle() {
      return handle!;
    },
    get trx() {
      if (!trx) throw new Error("No test transaction: use inside a test");
      return trx;
    },
    get root() {
      return handle!.db;
    },
  };
}
