/**
 * Startup of the real server (the compiled `dist/server/main.js`, as `npm start` runs it): time to the first 200 from /healthz
 * on a fresh PGlite data folder (initdb or template, migrations, demo seed) and on the existing
 * folder, and the server's resident memory after start. `pnpm --filter @par/api run bench`.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildPgliteTemplate } from "../src/db/pglite-template";

const API_DIR = fileURLToPath(new URL("..", import.meta.url));
const TIMEOUT_MS = 60_000;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const address = srv.address();
      const port = typeof address === "object" && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

function rssMiB(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, "utf8")
    .split("\n")
    .find((l) => l.startsWith("VmRSS:"));
  return Number(line?.match(/(\d+)/)?.[1] ?? 0) / 1024;
}

async function firstHealthy(port: number, child: ChildProcess, started: number): Promise<number> {
  while (performance.now() - started < TIMEOUT_MS) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (res.status === 200) return performance.now() - started;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error("no 200 from /healthz within 60 s");
}

async function startOnce(dataDir: string) {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, ["dist/server/main.js"], {
    cwd: API_DIR,
    // A PGlite run in demo mode whatever the caller's shell says.
    env: { PATH: process.env.PATH ?? "", PORT: String(port), PAR_DATA_DIR: dataDir, NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (d) => (output += d));
  child.stderr?.on("data", (d) => (output += d));
  try {
    const ms = await firstHealthy(port, child, started);
    await new Promise((r) => setTimeout(r, 300)); // let the heap settle before reading RSS
    const rss = rssMiB(child.pid!);
    const exited = new Promise<number | null>((r) => child.once("exit", (code) => r(code)));
    const stopAt = performance.now();
    child.kill("SIGTERM");
    const code = await exited;
    return { ms, rss, shutdownMs: performance.now() - stopAt, exitCode: code };
  } catch (error) {
    child.kill("SIGKILL");
    console.error(output);
    throw error;
  }
}

// `pnpm start` builds first, which dumps the empty PGlite cluster a new data folder starts from.
await buildPgliteTemplate();
const ROUNDS = 3;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fresh: Awaited<ReturnType<typeof startOnce>>[] = [];
const again: typeof fresh = [];
for (let i = 0; i < ROUNDS; i++) {
  const dir = mkdtempSync(join(tmpdir(), "par-bench-"));
  try {
    fresh.push(await startOnce(join(dir, "data")));
    again.push(await startOnce(join(dir, "data")));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const line = (runs: typeof fresh) => {
  const ms = runs.map((r) => r.ms);
  return (
    `median ${(median(ms) / 1000).toFixed(2)} s to first 200 (min ${(Math.min(...ms) / 1000).toFixed(2)}, max ${(Math.max(...ms) / 1000).toFixed(2)}), ` +
    `RSS median ${median(runs.map((r) => r.rss)).toFixed(0)} MiB, SIGTERM → exit ${runs.map((r) => r.exitCode).join("/")} ` +
    `in ≤ ${Math.max(...runs.map((r) => r.shutdownMs)).toFixed(0)} ms`
  );
};
console.log(`${ROUNDS} rounds, Node ${process.version}`);
console.log(`fresh data folder (template + migrate + seed): ${line(fresh)}`);
console.log(`existing data folder:                         ${line(again)}`);
const worst = Math.max(median(fresh.map((r) => r.ms)), median(again.map((r) => r.ms)));
console.log(`target ≤ 5 s to first 200 (medians): ${worst <= 5000 ? "met" : "NOT met"}`);
