/**
 * EXPLAIN ANALYZE of the SQL reads of issue 8 §1 on a generated register (≈3,000 units, 40,000
 * inspections over five years). Needs a PostgreSQL server: BENCH_DATABASE_URL=postgres://… (a
 * database it may fill: it creates and drops its own schema). Prints each plan's key lines and time.
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:55451/par_test pnpm exec tsx bench/sql-reads-explain.ts
 */
import { TEMPLATE_IDS, type Viewer, visibilitySpec } from "@par/domain";
import { type CompiledQuery, Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import type { Database } from "../src/db/database";
import { coverageFacts, listInspectionRows } from "../src/db/inspection.repository";
import { internalDoneTargets, listInternalRows } from "../src/db/internal.repository";
import { migrateToLatest } from "../src/db/migrate";
import { countByTier } from "../src/db/unit.repository";
import { childrenOfMany } from "../src/db/unit-tree.repository";

const url = process.env.BENCH_DATABASE_URL;
if (!url) throw new Error("BENCH_DATABASE_URL is required");
const schema = `sql_reads_bench_${process.pid}`;
const admin = new pg.Client({ connectionString: url });
await admin.connect();
await admin.query(`create schema ${schema}`);
const pool = new pg.Pool({ connectionString: url, max: 2, options: `-c search_path=${schema}` });
let captured: CompiledQuery | null = null;
const db = new Kysely<Database>({
  dialect: new PostgresDialect({ pool }),
  log: (e) => {
    if (e.level === "query") captured = e.query;
  },
});

try {
  await migrateToLatest(db);
  const t0 = Date.now();
  await pool.query(`
    insert into org_units (code, name, search_name, kind, tier, parent_id, valid_from)
      values ('P', 'Tỉnh', 'tinh', 'province', null, null, '2000-01-01');
    insert into org_units (code, name, search_name, kind, tier, parent_id, valid_from)
      select 'D' || g, 'Sở ' || g, 'so ' || g, 'department', 'agency', 1, '2000-01-01' from generate_series(1, 30) g;
    insert into org_units (code, name, search_name, kind, tier, parent_id, valid_from)
      select 'H' || g, 'Huyện ' || g, 'huyen ' || g, 'district', 'district', 1, '2000-01-01' from generate_series(1, 40) g;
    insert into org_units (code, name, search_name, kind, tier, parent_id, valid_from)
      select 'X' || h.id || '-' || g, 'Xã ' || g, 'xa ' || g, 'commune', 'commune', h.id, '2000-01-01'
      from org_units h, generate_series(1, 55) g where h.kind = 'district';
    insert into org_units (code, name, search_name, kind, tier, parent_id, valid_from)
      select 'V' || p.id || '-' || g, 'Phòng ' || g, 'phong ' || g, 'division', null, p.id, '2000-01-01'
      from org_units p, generate_series(1, 12) g where p.kind in ('department', 'district');
    insert into plans (year, template_id, status, quotas, created_at, updated_at)
      select y, 'dong-nai-2023', 'approved', '{}', now(), now() from generate_series(2019, 2023) y;
    insert into inspections (plan_id, target_unit_id, form, status, lead_body, areas, fields,
                             start_date, end_date, created_at, updated_at)
      select p.id, u.id,
        (array['announced', 'surprise', 'remote'])[1 + (g % 3)],
        (array['draft', 'scheduled', 'notified', 'in_progress', 'concluded', 'closed', 'cancelled'])[1 + (g % 7)],
        (array['so_noi_vu', 'so_tu_phap', 'so_xay_dung'])[1 + (g % 3)], '[]', '[]',
        make_date(p.year, 1, 2) + (g::bigint * 7919 % 350)::int, make_date(p.year, 1, 2) + (g::bigint * 7919 % 350)::int + (g % 3),
        now(), now()
      from generate_series(1, 40000) g
      join plans p on p.year = 2019 + g % 5
      join org_units u on u.id = 2 + (g::bigint * 104729 % (select count(*) - 1 from org_units))::int;
    insert into internal_inspections (parent_unit_id, target_unit_id, year, start_date, end_date, status)
      select c.parent_id, c.id, 2023, '2023-05-02', '2023-05-02', case when c.id % 3 = 0 then 'planned' else 'done' end
      from org_units c where c.parent_id in (select id from org_units where kind in ('department', 'district'));
    analyze;`);
  const counts = await pool.query(
    "select (select count(*) from org_units) units, (select count(*) from inspections) inspections, (select count(*) from internal_inspections) internal",
  );
  console.log("register", counts.rows[0], `generated in ${Date.now() - t0} ms`);

  const district = (await pool.query("select id, path from org_units where code = 'H7'")).rows[0];
  const viewers: Record<string, Viewer> = {
    "province admin": { assignments: [{ role: "province_admin", unitId: null }] },
    "district officer": {
      assignments: [{ role: "unit_officer", unitId: district.id, unitPath: [...district.path].reverse() }],
    },
  };
  const specsOf = (v: Viewer) =>
    TEMPLATE_IDS.map((templateId) => ({ templateId, spec: visibilitySpec(v, "2023-06-15") }));
  const plan2023 = (await pool.query("select id from plans where year = 2023")).rows[0].id as number;
  const departments = await db
    .selectFrom("org_units")
    .selectAll()
    .where("kind", "in", ["department", "district"])
    .execute();
  const ids = departments.map((u) => u.id);

  const cases: [string, () => Promise<unknown>][] = [];
  for (const [who, v] of Object.entries(viewers)) {
    cases.push([`plans.coverage facts, ${who}`, () => coverageFacts(db, plan2023, specsOf(v))]);
    cases.push([
      `inspections.list first page of 2023, ${who}`,
      () => listInspectionRows(db, { year: 2023, visibleTo: specsOf(v), limit: 51 }),
    ]);
    cases.push([
      `inspections.calendar June 2023, ${who}`,
      () => listInspectionRows(db, { from: "2023-06-01", to: "2023-06-30", visibleTo: specsOf(v) }),
    ]);
  }
  cases.push(["units.tierCounts, province", () => countByTier(db, "all", "2023-06-15")]);
  cases.push(["units.tierCounts, one district", () => countByTier(db, [district.id], "2023-06-15")]);
  cases.push(["internal.overview 1/3 children", () => childrenOfMany(db, ids)]);
  cases.push(["internal.overview 2/3 done targets", () => internalDoneTargets(db, 2023, ids)]);
  cases.push([
    "internal.overview 3/3 internal rows",
    () => listInternalRows(db, { parentIds: ids, year: 2023 }),
  ]);

  for (const [name, run] of cases) {
    await run(); // warm, and capture the statement
    const q = captured as CompiledQuery | null;
    if (!q) throw new Error(`no statement for ${name}`);
    const plan = await pool.query(`explain (analyze, buffers off) ${q.sql}`, q.parameters as unknown[]);
    const lines = plan.rows.map((r) => r["QUERY PLAN"] as string);
    const key = lines.filter((l) => /Scan|Join|Aggregate|Sort|Limit|Execution Time/.test(l));
    console.log(`\n### ${name}\n${key.map((l) => l.replace(/\s+\(cost=[^)]*\)/, "")).join("\n")}`);
  }
} finally {
  await db.destroy();
  await admin.query(`drop schema ${schema} cascade`);
  await admin.end();
}
