import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    globalSetup: ["test/global-setup.ts"],
    // PGlite loads in ~1 s per file; PostgreSQL schemas are seeded per file (argon2 hashes included).
    hookTimeout: 60_000,
    testTimeout: 30_000,
  },
});
