import type { KyselyPlugin } from "kysely";
import { describe, expect, it } from "vitest";
import type { Db } from "../src/db/database";
import { NOW, signIn } from "./helpers/callers";
import { useTestDb } from "./helpers/test-db";

const t = useTestDb();

/** Counts the statements sent through a database handle (same connection, same transaction). */
function counting(db: Db) {
  const seen = { n: 0 };
  const plugin: KyselyPlugin = {
    transformQuery: (args) => {
      seen.n++;
      return args.node;
    },
    transformResult: async (args) => args.result,
  };
  return { db: db.withPlugin(plugin) as Db, seen };
}

async function addDistricts(db: Db, n: number) {
  const province = await db
    .selectFrom("org_units")
    .select("id")
    .where("parent_id", "is", null)
    .executeTakeFirstOrThrow();
  for (let k = 0; k < n; k++) {
    const d = await db
      .insertInto("org_units")
      .values({
        code: `SC-${k}`,
        name: `Huyện thử ${k}`,
        search_name: `huyen thu ${k}`,
        kind: "district",
        tier: "district",
        parent_id: province.id,
        valid_from: "2000-01-01",
        created_at: NOW,
        updated_at: NOW,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await db
      .insertInto("org_units")
      .values({
        code: `SC-${k}-X`,
        name: `Xã thử ${k}`,
        search_name: `xa thu ${k}`,
        kind: "commune",
        tier: "commune",
        parent_id: d.id,
        valid_from: "2000-01-01",
        created_at: NOW,
        updated_at: NOW,
      })
      .execute();
  }
}

describe("reads whose statements do not grow with the register (issue 8 §1)", () => {
  it("internal.overview sends as many statements for 10 more districts as without them", async () => {
    const { db, seen } = counting(t.trx);
    const { caller } = await signIn(db, "snv.admin");
    seen.n = 0;
    const before = await caller.internal.overview({ year: 2023 });
    const statements = seen.n;
    await addDistricts(t.trx, 10);
    seen.n = 0;
    const after = await caller.internal.overview({ year: 2023 });
    expect(after.length).toBe(before.length + 10);
    expect(seen.n).toBe(statements);
    expect(statements).toBeLessThan(12);
  });
});

describe("dashboard reads and lists whose statements do not grow with the register (issue 8 §1, §2)", () => {
  it("coverage, its units, recommendations, conflicts, the overview and the proposal: the same statements with 10 more districts", async () => {
    const { db, seen } = counting(t.trx);
    const { caller } = await signIn(db, "snv.admin");
    const reads: [string, () => Promise<unknown>][] = [
      ["plans.coverage", () => caller.plans.coverage({ year: 2022 })],
      [
        "plans.coverageUnits",
        () => caller.plans.coverageUnits({ year: 2022, tier: "commune", state: "missing" }),
      ],
      ["recommendations.list", () => caller.recommendations.list({ year: 2022 })],
      ["conflicts.list", () => caller.conflicts.list({ includeResolved: true })],
      ["internal.overview", () => caller.internal.overview({ year: 2022 })],
      ["proposal.run", () => caller.proposal.run({ year: 2022 })],
    ];
    const count = async () => {
      const out: Record<string, number> = {};
      for (const [name, read] of reads) {
        seen.n = 0;
        await read();
        out[name] = seen.n;
      }
      return out;
    };
    const before = await count();
    await addDistricts(t.trx, 10);
    const after = await count();
    expect(after).toEqual(before);
    for (const [name, n] of Object.entries(before)) expect(n, name).toBeLessThan(10);
    // The coverage counts did see the new units: the SQL aggregates them, it does not skip them.
    const communes = (await caller.plans.coverage({ year: 2022 })).tiers.find((x) => x.tier === "commune")!;
    expect(communes.eligible).toBeGreaterThanOrEqual(10);
  });
});

describe("a list page is a fixed, small number of statements (issue 8 §4: every round trip is CPU on both sides)", () => {
  it("the busiest pages: the register, inspections, the calendar, recommendations, internal inspections", async () => {
    const { db, seen } = counting(t.trx);
    const admin = (await signIn(db, "snv.admin")).caller;
    const district = (await signIn(db, "ubnd.bienhoa")).caller;
    const reads: [string, () => Promise<unknown>, number][] = [
      // The page with its total.
      ["units.page", () => admin.units.page({ sort: "code", limit: 50 }), 1],
      // The rows with their team leaders.
      ["inspections.list", () => admin.inspections.list({ year: 2022, limit: 50 }), 1],
      // The month's rows with their leaders, and the months' counts.
      ["inspections.calendar", () => admin.inspections.calendar({ year: 2022, month: 5 }), 2],
      // The district's bindings' paths, the rows with the answering units' paths.
      ["recommendations.list (district)", () => district.recommendations.list({ limit: 50 }), 2],
      // The rows with their total.
      ["internal.list", () => admin.internal.list({ year: 2022, limit: 50 }), 1],
    ];
    for (const [name, read, statements] of reads) {
      seen.n = 0;
      await read();
      expect(seen.n, name).toBe(statements);
    }
  });
});
