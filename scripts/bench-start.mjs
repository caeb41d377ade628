// The user's own command: `pnpm start` on an already built checkout, timed from launch to the first
// 200 from /healthz, on a fresh data folder (demo seed) and again on that folder; then the server's
// resident memory. `node scripts/bench-start.mjs` (part of `pnpm bench`).
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const port = 3900 + Math.floor(Math.random() * 90);

/** The pid of the server (node … dist/server/main.js) started under the pnpm process group. */
function serverPid() {
  for (const pid of readdirSync("/proc").filter((p) => /^\d+$/.test(p))) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").join(" ");
      const env = readFileSync(`/proc/${pid}/environ`, "utf8");
      if (cmd.includes("dist/server/main.js") && env.includes(`PORT=${port}\0`) && /^\S*node /.test(cmd))
        return Number(pid);
    } catch {
      // process gone or not ours
    }
  }
  return null;
}

const rssMiB = (pid) =>
  Number(readFileSync(`/proc/${pid}/status`, "utf8").match(/VmRSS:\s+(\d+)/)?.[1] ?? 0) / 1024;

async function startOnce(dataDir) {
  const started = performance.now();
  const child = spawn("pnpm", ["start"], {
    cwd: root,
    detached: true,
    stdio: "ignore",
    env: { ...process.env, PORT: String(port), PAR_DATA_DIR: dataDir, DATABASE_URL: "" },
  });
  let ms = null;
  while (performance.now() - started < 120_000) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).status === 200) {
        ms = performance.now() - started;
        break;
      }
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  await new Promise((r) => setTimeout(r, 300));
  const pid = serverPid();
  const rss = pid ? rssMiB(pid) : Number.NaN;
  process.kill(-child.pid, "SIGTERM");
  await new Promise((r) => setTimeout(r, 1000));
  if (ms === null) throw new Error("no 200 from /healthz within 120 s");
  return { ms, rss };
}

const rounds = 3;
const fresh = [];
const existing = [];
for (let i = 0; i < rounds; i++) {
  const dir = mkdtempSync(join(tmpdir(), "par-bench-start-"));
  fresh.push(await startOnce(dir));
  existing.push(await startOnce(dir));
  rmSync(dir, { recursive: true, force: true });
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const row = (label, runs) =>
  `${label.padEnd(28)}${(median(runs.map((r) => r.ms)) / 1000).toFixed(2).padStart(8)} s` +
  `   (${runs.map((r) => (r.ms / 1000).toFixed(2)).join(", ")})   RSS ${median(runs.map((r) => r.rss)).toFixed(0)} MiB`;
console.log(`pnpm start (already built) → first 200 from /healthz, ${rounds} rounds, median (runs)`);
console.log(row("fresh data folder", fresh));
console.log(row("existing data folder", existing));
