import { join } from "node:path";
import { createDb } from "./db/create-db";
import { migrateToLatest } from "./db/migrate";
import { env } from "./env";
import { seedDemoIfEmpty } from "./seed/seed-demo";
import { buildServer } from "./server";
import { gracefulShutdown } from "./server/shutdown";
import { fillDefaultUnitFieldsIfEmpty } from "./units/default-unit-fields";

/** `pnpm --filter @par/api start`: migrate, seed the demo province on an empty database, serve. */
const config = env();
const handle = await createDb({
  databaseUrl: config.databaseUrl,
  dataDir: join(config.dataDir, "pglite"),
  poolSize: config.dbPoolSize,
});
await migrateToLatest(handle.db);
if (config.demo) {
  const seeded = await seedDemoIfEmpty(handle.db, { password: config.demoPassword, now: new Date() });
  if (seeded) console.log(`Demo data seeded: ${seeded.units} units, ${seeded.users} users`);
}
// R6: a register seeded before unit_fields existed gets the default fields once.
await fillDefaultUnitFieldsIfEmpty(handle.db, new Date());
const app = await buildServer({ handle, env: config });

const shutdown = gracefulShutdown(app, handle);
for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.on(signal, () => void shutdown(signal).then((code) => process.exit(code)));

await app.listen({ port: config.port, host: config.host });
const where = handle.kind === "pglite" ? join(config.dataDir, "pglite") : "PostgreSQL (DATABASE_URL)";
console.log(
  `PAR Inspect on http://localhost:${config.port}/ · database: ${where}${config.demo ? " · demo mode" : ""}`,
);
