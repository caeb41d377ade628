import type { PGlite } from "@electric-sql/pglite";
import { createPgConfig } from "@electric-sql/pglite/node-postgres";
import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import type { Database } from "../../src/db/database";
import { migrateToLatest } from "../../src/db/migrate";
import { loadEnv } from "../../src/env";
import { seedDemoIfEmpty } from "../../src/seed/seed-demo";

export const SEED_NOW = new Date("2023-01-02T01:00:00Z");

/** Migrates and seeds an open PGlite (for the template dump) through the same code the server runs. */
export async function prepareDatabase(pglite: PGlite): Promise<void> {
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool: new pg.Pool(createPgConfig(pglite)) }),
  });
  await migrateToLatest(db);
  await seedDemoIfEmpty(db, { password: loadEnv().demoPassword, now: SEED_NOW });
  await db.destroy();
}
