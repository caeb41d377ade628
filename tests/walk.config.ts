import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defineConfig } from "@playwright/test";

// The walk of the three apps (tests/walk/walk-apps.spec.ts, docs/benchmarks.md "Apps on the national
// data set"): the built server on WALK_DATABASE_URL (the national data set in PostgreSQL), or without
// it on a fresh PGlite folder with the Đồng Nai demo, so the two walks compare like with like.
const port = Number(process.env.E2E_PORT ?? 3210);
const databaseUrl = process.env.WALK_DATABASE_URL;
const dataDir = process.env.E2E_DATA_DIR ?? mkdtempSync(join(tmpdir(), "par-walk-"));
process.env.E2E_DATA_DIR = dataDir;

export default defineConfig({
  testDir: "walk",
  outputDir: "artifacts/test-results",
  fullyParallel: false,
  workers: 1,
  timeout: 600_000,
  expect: { timeout: 30_000 },
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: "vi-VN",
    viewport: { width: 1366, height: 768 },
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
    },
  },
  webServer: {
    command: "node --enable-source-maps dist/server/main.js",
    cwd: "../packages/api",
    url: `http://127.0.0.1:${port}/healthz`,
    timeout: 180_000,
    reuseExistingServer: false,
    env: {
      PORT: String(port),
      NODE_ENV: "production",
      ...(databaseUrl
        ? { DATABASE_URL: databaseUrl, PAR_DEMO: "0" }
        : { PAR_DATA_DIR: dataDir, PAR_DEMO: "1" }),
    },
  },
});
