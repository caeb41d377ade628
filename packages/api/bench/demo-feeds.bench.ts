/**
 * CPU of the demo feeds (issue 10 §3): every demo counter's ffmpeg, with exactly the arguments the
 * server uses (`demoArgs`), run for a while; CPU time read from /proc/<pid>/stat (user + system) and
 * given as a share of one core, with how many HLS segments each wrote (real time keeps up when it is
 * about the seconds run). `pnpm --filter @par/api exec tsx bench/demo-feeds.bench.ts [feeds] [seconds]`.
 */
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { demoArgs } from "../src/camera/ffmpeg-args";
import { findFfmpeg } from "../src/camera/ffmpeg-binary";

const FEEDS = Number(process.argv[2] ?? 8);
const SECONDS = Number(process.argv[3] ?? 30);
const WARMUP_MS = 5_000;
const TICKS_PER_SECOND = 100; // Linux USER_HZ

const cpuTicks = (pid: number) => {
  // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const rest = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return Number(rest[11]) + Number(rest[12]);
};

const ffmpeg = findFfmpeg();
if (!ffmpeg) {
  console.log("demo feeds: no ffmpeg on this machine, nothing to measure");
  process.exit(0);
}
const root = mkdtempSync(join(tmpdir(), "par-demo-cpu-"));
const children = Array.from({ length: FEEDS }, (_, i) => {
  const dir = join(root, String(i + 1));
  mkdirSync(dir);
  writeFileSync(join(dir, "name.txt"), `Bộ phận Một cửa · Quầy ${i + 1}`);
  return spawn(ffmpeg.path, demoArgs(dir, join(dir, "name.txt")), { stdio: "ignore" });
});
try {
  await new Promise((r) => setTimeout(r, WARMUP_MS));
  const before = children.map((c) => cpuTicks(c.pid!));
  const load = loadavg()[0]!;
  const t0 = performance.now();
  await new Promise((r) => setTimeout(r, SECONDS * 1000));
  const elapsed = (performance.now() - t0) / 1000;
  const used = children.map((c, i) => (cpuTicks(c.pid!) - before[i]!) / TICKS_PER_SECOND);
  const total = used.reduce((a, b) => a + b, 0);
  const segments = readdirSync(join(root, "1")).filter((f) => f.endsWith(".ts"));
  const last = Math.max(...segments.map((f) => Number(f.match(/\d+/)?.[0] ?? 0)));
  console.log(
    `demo feeds: ${FEEDS} × ffmpeg (${ffmpeg.source}), ${elapsed.toFixed(0)} s measured after ${WARMUP_MS / 1000} s: ` +
      `${((total / elapsed) * 100).toFixed(1)} % of one core in all, ${((total / elapsed / FEEDS) * 100).toFixed(1)} % per feed; ` +
      `feed 1 wrote segment #${last} after ${(WARMUP_MS / 1000 + elapsed).toFixed(0)} s (1 s segments); load average ${load.toFixed(1)}`,
  );
} finally {
  for (const c of children) c.kill("SIGTERM");
  await new Promise((r) => setTimeout(r, 500));
  rmSync(root, { recursive: true, force: true });
}
