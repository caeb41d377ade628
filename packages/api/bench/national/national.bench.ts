/**
 * The national benchmark (issue 8 §4): generate the national data set in PostgreSQL, start the real
 * server on it, and load every dashboard read and list through HTTP at 1, 10 and 50 connections next
 * to its SQL equivalent (a pg Pool of the same size), in the same run; then the same at one province
 * to compare the server's memory. Prints markdown; `--out FILE` also puts it into FILE between the
 * national-bench markers (`pnpm bench:national --out docs/benchmarks.md` at the root).
 *
 *   pnpm bench:national                       # 63 provinces, then 1 province for memory
 *   pnpm bench:national --scale 0.02 --smoke  # one province, short levels: a ≤ 60 s check
 * Options: --scale F (provinces = round(63 F), ≥ 1) --baseline-scale F (0: none) --duration S
 * --baseline-duration S --timeout S --only TEXT (reads whose procedure contains it) --connections 1,10,50 --pg URL (a server, no database; default
 * $NATIONAL_BENCH_PG or postgres://postgres@127.0.0.1:55454) --port N --seed N --regenerate --out FILE
 */
import http from "node:http";
import { cpus, loadavg, totalmem } from "node:os";
import { parseArgs } from "node:util";
import pg from "pg";
import { type BenchCase, type BenchRole, benchCases } from "./cases";
import { type CountryProposal, countryProposal } from "./country-proposal";
import { BENCH_PASSWORD, generateNational } from "./generate";
import { BENCH_USERS } from "./generate-sql";
import { httpGetter, type LoadResult, runLoad } from "./load";
import { ensurePostgres } from "./pg-server";
import { memoryMiB, signIn, startServer } from "./server";
import { outPath, writeReport } from "./write-report";

const { values: args } = parseArgs({
  options: {
    scale: { type: "string", default: "1" },
    "baseline-scale": { type: "string" },
    duration: { type: "string" },
    "baseline-duration": { type: "string", default: "1" },
    timeout: { type: "string", default: "15" },
    connections: { type: "string" },
    pg: { type: "string", default: process.env.NATIONAL_BENCH_PG ?? "postgres://postgres@127.0.0.1:55454" },
    port: { type: "string", default: "3240" },
    seed: { type: "string", default: "1" },
    regenerate: { type: "boolean", default: false },
    smoke: { type: "boolean", default: false },
    out: { type: "string" },
    /** Only the reads whose procedure name contains this text (e.g. proposal.run). */
    only: { type: "string" },
  },
  allowPositionals: true,
});

const smoke = args.smoke;
const scale = Number(args.scale);
const LEVELS = (args.connections ?? (smoke ? "1,10" : "1,10,50")).split(",").map(Number);
const TIMEOUT_MS = Number(args.timeout) * 1000;
/** A level this slow (median) makes the higher levels of that read pointless: they are skipped. */
const SKIP_ABOVE_MS = 2000;
const ROLE_USER: Record<BenchRole, string> = {
  admin: "nb.admin",
  leader: "nb.leader",
  sector: "nb.sector",
  district: "nb.district",
};
const log = (line: string) => console.error(`[${new Date().toISOString().slice(11, 19)}] ${line}`);
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(" / ");

interface Row {
  c: BenchCase;
  level: number;
  http: LoadResult | string;
  sql: LoadResult;
  httpBytes: number | string;
  /** At the read's highest level: the same load with "Cache-Control: no-cache", past the read cache. */
  uncached?: LoadResult;
  sqlRows: number;
  sqlBytes: number;
}

interface ScaleResult {
  provinces: number;
  counts: Record<string, number>;
  generated: string;
  rows: Row[];
  memory: { afterStart: number; afterSignIn: number; afterLoad: number; peak: number };
  restarts: number;
  loadBefore: string;
  loadAfter: string;
  minutes: number;
  /** Every province's proposal in turn (no request proposes for the whole country: plans are per province). */
  country: CountryProposal | null;
}

async function runScale(s: number, durationMs: number): Promise<ScaleResult> {
  const t0 = performance.now();
  const provinces = Math.max(1, Math.round(63 * s));
  const gen = await generateNational({
    serverUrl: args.pg,
    provinces,
    seed: Number(args.seed),
    force: args.regenerate,
    log,
  });
  const db = new pg.Pool({ connectionString: gen.databaseUrl, max: Math.max(...LEVELS) });
  const idOf = async (code: string) =>
    Number((await db.query("select id from org_units where code = $1", [code])).rows[0]?.id);
  let server = await startServer(gen.databaseUrl, Number(args.port));
  let restarts = 0;
  let needRestart = false;
  /** The highest resident memory of any server process of this scale. */
  let peak = 0;
  const afterStart = memoryMiB(server.child.pid!).rss;
  const cookies = {} as Record<BenchRole, string>;
  const signInAll = async () => {
    for (const role of Object.keys(ROLE_USER) as BenchRole[])
      cookies[role] = await signIn(server.base, ROLE_USER[role], BENCH_PASSWORD);
  };
  await signInAll();
  const afterSignIn = memoryMiB(server.child.pid!).rss;
  const { createHash } = await import("node:crypto");
  const hashOf = (cookie: string) => createHash("sha256").update(cookie.split("=")[1]!).digest("hex");
  const cases = benchCases({
    provinceId: await idOf("P01"),
    districtId: await idOf("P01-D01"),
    sectorUnitId: await idOf(BENCH_USERS.find((u) => u.role === "sector_inspector")!.unitCode!),
    communeId: await idOf("P01-D01-C001"),
    year: 2026,
    month: 11,
    sessionHashes: {
      admin: hashOf(cookies.admin),
      leader: hashOf(cookies.leader),
      sector: hashOf(cookies.sector),
      district: hashOf(cookies.district),
    },
  });
  const loadBefore = load();
  log(`${provinces} province(s): server up, ${cases.length} reads, load ${loadBefore}`);
  const rows: Row[] = [];
  for (const c of cases.filter((x) => !args.only || x.procedure.includes(args.only))) {
    const path =
      c.procedure === "/healthz"
        ? "/healthz"
        : `/trpc/${c.procedure}${c.input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify({ json: c.input }))}`}`;
    let skipReason: string | null = null;
    const levels = c.singleOnly ? [1] : LEVELS;
    for (const level of levels) {
      if (!server.alive() || needRestart) {
        restarts++;
        if (server.alive()) peak = Math.max(peak, memoryMiB(server.child.pid!).hwm);
        else log(`server had exited: ${server.output().slice(-300)}`);
        log("starting a fresh server process");
        await server.stop(true);
        server = await startServer(gen.databaseUrl, Number(args.port));
        await signInAll();
        needRestart = false;
      }
      const headers: Record<string, string> = c.role ? { cookie: cookies[c.role] } : {};
      const agent = new http.Agent({ keepAlive: true, maxSockets: level });
      const get = httpGetter(server.base, agent);
      let httpBytes: number | string = "–";
      let httpResult: LoadResult | string;
      if (skipReason) httpResult = skipReason;
      else {
        try {
          httpBytes = (await get(path, headers, AbortSignal.timeout(TIMEOUT_MS))).length;
        } catch (error) {
          httpBytes = error instanceof Error ? error.message.slice(0, 60) : "error";
        }
        httpResult = await runLoad(
          async (signal) => {
            await get(path, headers, signal);
          },
          { connections: level, durationMs, timeoutMs: TIMEOUT_MS },
        );
        if (httpResult.timeouts > 0 || httpResult.p50 > SKIP_ABOVE_MS || httpResult.requests === 0)
          skipReason = `skipped: at ${level} conn. p50 ${httpResult.p50.toFixed(0)} ms, ${httpResult.timeouts} timeouts`;
        // A request the client gave up on still runs in the server (and holds its memory): the next
        // reads get a fresh process, so that one slow read does not spoil the figures of the others.
        if (httpResult.timeouts > 0) needRestart = true;
      }
      let uncached: LoadResult | undefined;
      if (!skipReason && level === levels.at(-1) && c.procedure.includes(".")) {
        const fresh = { ...headers, "cache-control": "no-cache" };
        uncached = await runLoad(
          async (signal) => {
            await get(path, fresh, signal);
          },
          { connections: level, durationMs, timeoutMs: TIMEOUT_MS },
        );
      }
      agent.destroy();
      const first = await db.query(c.sql, c.params);
      const sqlResult = await runLoad(
        async () => {
          await db.query(c.sql, c.params);
        },
        { connections: level, durationMs, timeoutMs: TIMEOUT_MS },
      );
      const row: Row = {
        c,
        level,
        http: httpResult,
        sql: sqlResult,
        httpBytes,
        ...(uncached ? { uncached } : {}),
        sqlRows: first.rowCount ?? 0,
        sqlBytes: JSON.stringify(first.rows).length,
      };
      rows.push(row);
      log(`  ${caseLabel(c)} ×${level}: ${cells(row).slice(1, 6).join(" | ")}`);
    }
  }
  let country: CountryProposal | null = null;
  if (provinces > 1 && (!args.only || "proposal.run".includes(args.only))) {
    country = await countryProposal(db, server.base, BENCH_PASSWORD, 2026);
    log(
      `  proposal.run, every province in turn: ${country.totalMs.toFixed(0)} ms (p50 ${country.p50.toFixed(0)} ms)`,
    );
  }
  const mem = memoryMiB(server.child.pid!);
  const loadAfter = load();
  await server.stop();
  await db.end();
  return {
    provinces,
    counts: gen.counts,
    generated: gen.reused ? "reused (same seed and version)" : `generated in ${gen.seconds.toFixed(0)} s`,
    rows,
    memory: { afterStart, afterSignIn, afterLoad: mem.rss, peak: Math.max(peak, mem.hwm) },
    restarts,
    loadBefore,
    loadAfter,
    minutes: (performance.now() - t0) / 60_000,
    country,
  };
}

const caseLabel = (c: BenchCase) => `${c.name}${c.role ? ` (${c.role})` : ""}`;
const ms = (x: number) => (Number.isNaN(x) ? "–" : x < 10 ? x.toFixed(1) : x.toFixed(0));
const size = (b: number | string) =>
  typeof b === "string"
    ? b
    : b < 1024
      ? `${b} B`
      : b < 1048576
        ? `${(b / 1024).toFixed(1)} kB`
        : `${(b / 1048576).toFixed(1)} MB`;

function cells(r: Row): string[] {
  const h = r.http;
  const ratio = typeof h === "string" ? "–" : (h.rps / r.sql.rps).toFixed(2);
  const httpCells =
    typeof h === "string"
      ? [h, "", "", ""]
      : [
          h.rps.toFixed(h.rps < 10 ? 2 : 0),
          ms(h.p50),
          ms(h.p95),
          `${h.errors}/${h.timeouts}${h.firstError ? ` (${h.firstError.slice(0, 40)})` : ""}`,
        ];
  let verdict = "";
  if (r.c.singleOnly && typeof h !== "string") verdict = `p50 ${ms(h.p50)} ms`;
  // Not a read of the product: the floor of the HTTP stack (a request, `select 1`, an answer).
  else if (r.c.procedure === "/healthz") verdict = r.level === 50 ? "reference" : "";
  else if (r.level === 50)
    verdict =
      typeof h !== "string" && h.errors + h.timeouts === 0 && h.rps / r.sql.rps >= 0.5 && h.p95 <= 20
        ? "✓"
        : "✗";
  const u = r.uncached;
  return [
    caseLabel(r.c),
    String(r.level),
    ...httpCells,
    u
      ? `${u.rps.toFixed(0)} · ${ms(u.p95)}${u.errors + u.timeouts ? ` (${u.errors}/${u.timeouts})` : ""}`
      : "",
    size(r.httpBytes),
    r.sql.rps.toFixed(0),
    ms(r.sql.p50),
    ms(r.sql.p95),
    `${r.sqlRows} rows, ${size(r.sqlBytes)}`,
    ratio,
    verdict,
  ];
}

function markdown(results: ScaleResult[], durations: number[]): string {
  const out: string[] = [];
  out.push(
    `Run ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC · Node ${process.version} · ${cpus().length} cores · ` +
      `${(totalmem() / 2 ** 30).toFixed(0)} GiB · PostgreSQL at ${args.pg.replace(/\/\/[^@]*@/, "//")} · timeout ${args.timeout} s per request`,
    "",
  );
  results.forEach((r, i) => {
    const c = r.counts;
    out.push(
      `#### ${r.provinces} province${r.provinces > 1 ? "s" : ""}: ${c.org_units} units (${(c["units.department"] ?? 0) + (c["units.agency"] ?? 0) + (c["units.office"] ?? 0)} departments and agencies, ` +
        `${c["units.district"] ?? 0} districts, ${c["units.commune"] ?? 0} communes, ${c["units.division"] ?? 0} divisions), ` +
        `${c.inspections} inspections, ${c.recommendations} recommendations, ${c.internal_inspections} internal inspections, ` +
        `${c.audit_log} audit rows`,
      "",
      `Data set ${r.generated}. ${durations[i]! / 1000} s per level; load average (1/5/15 min) ${r.loadBefore} before, ` +
        `${r.loadAfter} after; ${r.minutes.toFixed(1)} min in all. Server RSS: ${r.memory.afterStart.toFixed(0)} MiB after start, ` +
        `${r.memory.afterSignIn.toFixed(0)} MiB after sign-in, ${r.memory.afterLoad.toFixed(0)} MiB after the load, peak ${r.memory.peak.toFixed(0)} MiB` +
        `${r.restarts ? `; a fresh server process was started ${r.restarts}× after a timeout or an exit ("after the load" is the last one's)` : ""}.`,
      "",
      "| read (role) | conn. | HTTP req/s | p50 ms | p95 ms | errors/timeouts | no read cache: req/s · p95 ms | answer | SQL req/s | p50 ms | p95 ms | SQL answer | HTTP/SQL | target at 50 |",
      "|---|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|:-:|",
      ...r.rows.map((row) => `| ${cells(row).join(" | ")} |`),
      "",
    );
    if (r.country)
      out.push(
        `The whole country's proposal — every province's proposal.run by its own Sở Nội vụ, one after another: ` +
          `${r.country.provinces} provinces in ${(r.country.totalMs / 1000).toFixed(2)} s ` +
          `(per province p50 ${ms(r.country.p50)} ms, slowest ${ms(r.country.max)} ms; target ≤ 2 s: ${r.country.totalMs <= 2000 ? "✓" : "✗"}).`,
        "",
      );
  });
  if (results.length > 1) {
    const [big, small] = results as [ScaleResult, ScaleResult];
    out.push(
      `Memory as the register grows: after the load ${small.memory.afterLoad.toFixed(0)} MiB at ${small.provinces} province(s), ` +
        `${big.memory.afterLoad.toFixed(0)} MiB at ${big.provinces} (×${(big.memory.afterLoad / small.memory.afterLoad).toFixed(2)}); ` +
        `peak ${small.memory.peak.toFixed(0)} → ${big.memory.peak.toFixed(0)} MiB.`,
      "",
    );
  }
  return out.join("\n");
}

const baselineScale = Number(args["baseline-scale"] ?? (smoke ? 0 : 1 / 63));
const duration = Number(args.duration ?? (smoke ? 0.3 : 3)) * 1000;
const baselineDuration = Number(args["baseline-duration"]) * 1000;
const startedAt = performance.now();
log(
  `national bench: scale ${scale}, baseline ${baselineScale || "none"}, ${duration / 1000} s per level, load ${load()}`,
);
const stopPostgres = await ensurePostgres(args.pg, log);
// A throwaway PostgreSQL is stopped when the process exits, after the last pg client has let go
// (stopped earlier, its shutdown reached a still-open idle connection as an unhandled error).
process.once("exit", stopPostgres);
for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => process.exit(130));
const results: ScaleResult[] = [];
const durations: number[] = [];
results.push(await runScale(scale, duration));
durations.push(duration);
// The first scale's figures, before the baseline (a run that fails later keeps them in the log).
log(`figures so far:\n${markdown(results, durations)}`);
if (baselineScale > 0 && Math.round(63 * baselineScale) !== results[0]!.provinces) {
  results.push(await runScale(baselineScale, baselineDuration));
  durations.push(baselineDuration);
}
const text = markdown(results, durations);
console.log(text);
if (args.out) {
  const path = outPath(args.out);
  writeReport(path, text);
  log(`figures written to ${path}`);
}
log(`done in ${((performance.now() - startedAt) / 60_000).toFixed(1)} min`);
// The smoke run is a test of the bench itself: every read must have answered, fast or slow.
const failed = results.flatMap((r) =>
  r.rows.filter((row) => typeof row.http !== "string" && (row.http.errors > 0 || row.http.requests === 0)),
);
if (smoke && failed.length > 0) {
  log(
    `smoke: ${failed.length} level(s) with errors or no answer: ${failed.map((f) => caseLabel(f.c)).join(", ")}`,
  );
  process.exitCode = 1;
}
