import { join } from "node:path";
import { createDb, type DbHandle } from "../db/create-db";
import { migrateToLatest } from "../db/migrate";
import { env } from "../env";

/** The database the server would use (same env), migrated: command-line tools start here. */
export async function openMigratedDatabase(): Promise<DbHandle> {
  const config = env();
  const handle = await createDb({ databaseUrl: config.databaseUrl, dataDir: join(config.dataDir, "pglite") });
  await migrateToLatest(handle.db);
  return handle;
}
