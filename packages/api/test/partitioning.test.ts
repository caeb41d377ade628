import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { signIn } from "./helpers/callers";
import { addBinhPhuoc } from "./helpers/second-province";
import { useTestDb } from "./helpers/test-db";
import { unitIdByCode } from "./helpers/units";

const t = useTestDb();

/** The leaf tables a plan reads (Seq Scan, Index Scan, … on audit_log_pN). */
async function partitionsRead(query: ReturnType<typeof sql>): Promise<string[]> {
  const { rows } = await sql<{ "QUERY PLAN": unknown }>`explain (format json) ${query}`.execute(t.trx);
  const found = new Set<string>();
  const walk = (node: unknown) => {
    if (!node || typeof node !== "object") return;
    const rel = (node as Record<string, unknown>)["Relation Name"];
    if (typeof rel === "string" && rel.startsWith("audit_log_p")) found.add(rel);
    for (const v of Object.values(node)) walk(v);
  };
  walk(rows[0]!["QUERY PLAN"]);
  return [...found].sort();
}

describe("the audit log is partitioned by province (issue 8 §3)", () => {
  it("is a hash-partitioned table of 8 leaves keyed by province_id, on this database", async () => {
    const { rows } = await sql<{ leaves: number; strategy: string }>`
      select count(i.inhrelid)::int as leaves, max(p.partstrat) as strategy
      from pg_partitioned_table p join pg_class c on c.oid = p.partrelid
      join pg_inherits i on i.inhparent = c.oid
      where c.relname = 'audit_log' and c.relnamespace = current_schema()::regnamespace`.execute(t.trx);
    expect(rows[0]).toEqual({ leaves: 8, strategy: "h" });
  });

  it("every row lands with its province; a read of one province scans one partition (EXPLAIN)", async () => {
    const bp = await addBinhPhuoc(t.trx);
    const dongNai = await unitIdByCode(t.trx, "75");
    const { caller: dn } = await signIn(t.trx, "snv.admin");
    const { caller: bpAdmin } = await signIn(t.trx, bp.admin);
    await dn.plans.create({ year: 2023, template: "dong-nai-2023" });
    await bpAdmin.plans.create({ year: 2023, template: "dong-nai-2023" });
    const provinces = await t.trx
      .selectFrom("audit_log")
      .select(["province_id", "action"])
      .where("entity", "=", "plan")
      .orderBy("id")
      .execute();
    expect(provinces.slice(-2).map((r) => r.province_id)).toEqual([dongNai, bp.provinceId]);

    const one = await partitionsRead(
      sql`select id from audit_log where province_id = ${bp.provinceId} order by id desc limit 50`,
    );
    expect(one).toHaveLength(1);
    const all = await partitionsRead(sql`select id from audit_log order by id desc limit 50`);
    expect(all).toHaveLength(8);
    // The list's own query (audit.list) names the province, so it is pruned too.
    const page = await bpAdmin.audit.list({ limit: 50 });
    expect(page.items.some((r) => r.entity === "plan")).toBe(true);
  });
});
