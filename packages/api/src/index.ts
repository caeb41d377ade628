export { type Context, createContextInner, type SessionCookieJar } from "./context";
export { createDb, type DbHandle, type DbKind } from "./db/create-db";
export { migrateToEmpty, migrateToLatest } from "./db/migrate";
export { type Env, env, loadEnv } from "./env";
export { type AppRouter, appRouter, createCaller, type RouterInputs, type RouterOutputs } from "./root";
export { importTwoTier2025 } from "./seed/import-2025";
export { seedDemoIfEmpty } from "./seed/seed-demo";
export { buildServer } from "./server";
