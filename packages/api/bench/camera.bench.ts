/**
 * Camera monitor (issue 10) on PostgreSQL: review ingest through camera.saveReview with an
 * Idempotency-Key and a client id (≥ 1,000 reviews/s wanted), then the review list and the monthly
 * report over 1,000,000 reviews (p95 ≤ 50 ms wanted). Needs BENCH_DATABASE_URL (a database it may
 * fill: it creates and drops its own schema). `pnpm bench` runs it when the variable is set.
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5445/par_test pnpm exec tsx bench/camera.bench.ts
 */
import { randomUUID } from "node:crypto";
import { loadavg } from "node:os";
import { sql } from "kysely";
import pg from "pg";
import { createContextInner } from "../src/context";
import { rebuildMonthlyStats } from "../src/db/camera-stats.repository";
import { createDb } from "../src/db/create-db";
import { migrateToLatest } from "../src/db/migrate";
import { createCaller } from "../src/root";
import { seedDemoIfEmpty } from "../src/seed/seed-demo";

const url = process.env.BENCH_DATABASE_URL;
if (!url) {
  console.log("camera bench: BENCH_DATABASE_URL not set, skipped (it needs PostgreSQL)");
  process.exit(0);
}
const INGEST = Number(process.env.CAMERA_BENCH_INGEST ?? 20_000);
const CONCURRENCY = Number(process.env.CAMERA_BENCH_CONCURRENCY ?? 4);
const BULK = Number(process.env.CAMERA_BENCH_REVIEWS ?? 1_000_000);
const RUNS = Number(process.env.CAMERA_BENCH_RUNS ?? 200);
const PASSWORD = "Bench@2023!";
const NOW = new Date("2023-06-30T03:00:00Z");

const schema = `camera_bench_${process.pid}`;
const admin = new pg.Client({ connectionString: url });
await admin.connect();
await admin.query(`create schema ${schema}`);
const handle = await createDb({ databaseUrl: url, schema });
const db = handle.db;

const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)] ?? 0;
const ms = (n: number) => `${n.toFixed(1)} ms`;

try {
  await migrateToLatest(db);
  await seedDemoIfEmpty(db, { password: PASSWORD, now: NOW });
  const jar = { token: null as string | null };
  const anon = createCaller(
    await createContextInner({
      db,
      now: NOW,
      ip: "10.0.0.1",
      cookies: { set: (t) => (jar.token = t), clear: () => {} },
    }),
  );
  await anon.auth.login({ username: "camera.1", password: PASSWORD });
  const callerWith = async (key: string | null) =>
    createCaller(
      await createContextInner({
        db,
        sessionToken: jar.token,
        now: NOW,
        ip: "10.0.0.1",
        idempotencyKey: key,
      }),
    );
  const counters = (await (await callerWith(null)).camera.counters({ limit: 200 })).items.map((c) => c.id);

  // 1. Ingest: every review through the procedure, each with its own Idempotency-Key and client id.
  const review = (i: number) => ({
    clientId: randomUUID(),
    counterId: counters[i % counters.length]!,
    watchedFrom: new Date(NOW.getTime() - 3_600_000 + i * 1000),
    watchedTo: new Date(NOW.getTime() - 3_000_000 + i * 1000),
    items: i % 5 === 0 ? (["personal_phone"] as const) : [],
    severity: i % 5 === 0 ? ("minor" as const) : ("none" as const),
    verdict: i % 5 === 0 ? ("violation" as const) : ("ok" as const),
    note: "",
    snapshotIds: [],
  });
  // Batches of 100 through camera.saveReviews (what the outbox sends after a cut), each call with its
  // own Idempotency-Key; then the same ingest one review per call (camera.saveReview).
  const BATCH = 100;
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < INGEST) {
        const start = next;
        next += BATCH;
        const reviews = Array.from({ length: Math.min(BATCH, INGEST - start) }, (_, k) => {
          const r = review(start + k);
          return { ...r, items: [...r.items] };
        });
        await (await callerWith(randomUUID())).camera.saveReviews({ reviews });
      }
    }),
  );
  const ingestSeconds = (performance.now() - t0) / 1000;
  const SINGLE = 1000;
  let nextSingle = 0;
  const s0 = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (nextSingle < SINGLE) {
        const r = review(INGEST + nextSingle++);
        await (await callerWith(randomUUID())).camera.saveReview({ ...r, items: [...r.items] });
      }
    }),
  );
  const singleSeconds = (performance.now() - s0) / 1000;
  // Replays (the outbox resending): answered from the stored review, nothing written.
  const replay = review(0);
  const first = await (await callerWith(null)).camera.saveReview({ ...replay, items: [...replay.items] });
  const r0 = performance.now();
  for (let i = 0; i < 500; i++)
    await (await callerWith(null)).camera.saveReview({ ...replay, items: [...replay.items] });
  const replayPerSecond = 500 / ((performance.now() - r0) / 1000);
  if (!first.review.id) throw new Error("no review");

  // 2. A million reviews over a year, spread over every counter (generated in SQL).
  const g0 = performance.now();
  await sql`insert into camera_reviews (client_id, content_hash, counter_id, unit_id, reviewer_id, watched_from, watched_to,
            items, severity, verdict, note, snapshot_ids, created_at)
          select gen_random_uuid(), repeat('0', 64), c.id, c.shop_unit_id, u.id,
            timestamptz '2023-01-01 00:00+07' + (g * interval '31 seconds'),
            timestamptz '2023-01-01 00:10+07' + (g * interval '31 seconds'),
            case when g % 7 = 0 then array['personal_phone', 'queue_waiting'] else '{}'::text[] end,
            case when g % 7 = 0 then 'minor' else 'none' end,
            case when g % 7 = 0 then 'violation' else 'ok' end,
            '', '{}', timestamptz '2023-01-01 00:10+07' + (g * interval '31 seconds')
          from generate_series(1, ${BULK}::int) g
          join lateral (select id, shop_unit_id from camera_counters order by id offset (g % (select count(*) from camera_counters)) limit 1) c on true
          cross join (select id from users where username = 'camera.1') u`.execute(db);
  await rebuildMonthlyStats(db);
  // vacuum as well as analyze: the visibility map is set and autovacuum does not start on the fresh
  // million rows in the middle of the timed runs.
  await sql`vacuum analyze camera_reviews`.execute(db);
  await sql`analyze`.execute(db);
  const generateSeconds = (performance.now() - g0) / 1000;

  const caller = await callerWith(null);
  const time = async (f: () => Promise<unknown>, runs = RUNS) => {
    const out: number[] = [];
    for (let i = 0; i < runs; i++) {
      const s = performance.now();
      await f();
      out.push(performance.now() - s);
    }
    return out;
  };
  // The list's own statement (what pageReviews sends for a province-wide reader), its plan and its
  // time in the database alone: tells the query's cost from the procedure's (session, DTOs, superjson).
  const listSql = (after: string) => sql`
    select r.id, r.client_id, r.counter_id, r.unit_id, r.reviewer_id, r.watched_from, r.watched_to, r.items,
      r.severity, r.verdict, r.note, r.snapshot_ids, r.sample_window_id, r.created_at,
      c.number as counter_number, c.name as counter_name, u.name as unit_name, m.marked_at
    from camera_reviews as r
    inner join camera_counters as c on c.id = r.counter_id
    inner join org_units as u on u.id = r.unit_id
    left join camera_review_marks as m on m.review_id = r.id and m.user_id = 1
    ${sql.raw(after)}
    order by r.created_at desc, r.id desc limit 51`;
  const plan = await sql<{ "QUERY PLAN": string }>`explain (analyze, buffers) ${listSql("")}`.execute(db);
  console.log(plan.rows.map((r) => r["QUERY PLAN"]).join("\n"));
  const sqlOnly = await time(() => listSql("").execute(db));
  console.log(`list statement alone (first page): p95 ${ms(p95(sqlOnly))}`);
  const firstPage = await caller.camera.reviews({ limit: 50 });
  const listFirst = await time(() => caller.camera.reviews({ limit: 50 }));
  const listDeep = await time(() => caller.camera.reviews({ limit: 50, cursor: firstPage.nextCursor }));
  const unitId = (await caller.camera.counters({ limit: 1 })).items[0]!.shopUnitId;
  const listUnit = await time(() => caller.camera.reviews({ limit: 50, unitId }));
  // The worst case of a filtered list: a one-stop shop with no review at all among the million (a
  // backward walk of the sort index would read every row before answering "nothing").
  const quiet = await sql<{ id: number }>`
    select id from org_units u where u.kind in ('district', 'commune', 'department')
      and not exists (select 1 from camera_reviews r where r.unit_id = u.id) order by id limit 1`.execute(db);
  const quietUnit = quiet.rows[0]!.id;
  const listQuiet = await time(() => caller.camera.reviews({ limit: 50, unitId: quietUnit }));
  const quietPlan = await sql<{
    "QUERY PLAN": string;
  }>`explain (analyze, buffers) ${listSql(`where r.unit_id = ${quietUnit}`)}`.execute(db);
  console.log(quietPlan.rows.map((r) => r["QUERY PLAN"]).join("\n"));
  // The same without the unit's index (migration 2026_11_30_0202), for the record: what it fixed.
  await sql`drop index camera_reviews_unit_created`.execute(db);
  const quietBefore = await time(() => caller.camera.reviews({ limit: 50, unitId: quietUnit }), 5);
  await sql`create index camera_reviews_unit_created on camera_reviews (unit_id, created_at, id)`.execute(db);
  const report = await time(() => caller.camera.report({ year: 2023, month: 6 }));
  const count = await db
    .selectFrom("camera_reviews")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .executeTakeFirstOrThrow();

  console.log(
    `camera bench on PostgreSQL (${counters.length} counters, ${Number(count.n).toLocaleString("en")} reviews)`,
  );
  console.log(
    `ingest in batches of ${BATCH}: ${INGEST} reviews in ${ingestSeconds.toFixed(2)} s = ${Math.round(INGEST / ingestSeconds)} reviews/s (concurrency ${CONCURRENCY}, each with Idempotency-Key + client id + audit row)`,
  );
  console.log(
    `one review per call: ${SINGLE} in ${singleSeconds.toFixed(2)} s = ${Math.round(SINGLE / singleSeconds)} reviews/s`,
  );
  console.log(`replays of a saved review: ${Math.round(replayPerSecond)} /s (sequential)`);
  console.log(`generated ${BULK.toLocaleString("en")} reviews in ${generateSeconds.toFixed(1)} s`);
  console.log(`camera.reviews first page:        p95 ${ms(p95(listFirst))}`);
  console.log(`camera.reviews second page:       p95 ${ms(p95(listDeep))}`);
  console.log(`camera.reviews one unit:          p95 ${ms(p95(listUnit))}`);
  console.log(
    `camera.reviews unit with none:    p95 ${ms(p95(listQuiet))} (without its index: max of 5 ${ms(Math.max(...quietBefore))})`,
  );
  console.log(`camera.report June (per unit):    p95 ${ms(p95(report))}`);
  console.log(
    `load average during the run: ${loadavg()
      .map((x) => x.toFixed(1))
      .join(", ")}`,
  );
} finally {
  await handle.close();
  await admin.query(`drop schema ${schema} cascade`);
  await admin.end();
}
