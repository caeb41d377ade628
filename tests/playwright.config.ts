import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defineConfig } from "@playwright/test";

// The suite runs against the real built server on a fresh, temporary data folder (embedded PGlite,
// demo data), never against a developer's own .data folder.
const port = Number(process.env.E2E_PORT ?? 3210);
const dataDir = process.env.E2E_DATA_DIR ?? mkdtempSync(join(tmpdir(), "par-e2e-"));
process.env.E2E_DATA_DIR = dataDir; // workers re-read the config: keep one folder per run

export default defineConfig({
  testDir: "e2e",
  outputDir: "artifacts/test-results",
  fullyParallel: false,
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: "vi-VN",
    viewport: { width: 1366, height: 768 },
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  webServer: {
    // Production runs the compiled bundle (pnpm run build), as `npm start` does.
    command: "node --enable-source-maps dist/server/main.js",
    cwd: "../packages/api",
    url: `http://127.0.0.1:${port}/healthz`,
    timeout: 60_000,
    reuseExistingServer: false,
    env: {
      PORT: String(port),
      PAR_DATA_DIR: dataDir,
      PAR_DEMO: "1",
      NODE_ENV: "production",
    },
  },
});
