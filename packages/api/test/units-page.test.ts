import { foldVietnamese, type UnitPageInput } from "@par/domain";
import fc from "fast-check";
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import type { UnitDto } from "../src/units/unit-dto";
import { type Caller, signIn } from "./helpers/callers";
import { failureOf } from "./helpers/expect-error";
import { useTestDb } from "./helpers/test-db";
import { unitsSeen } from "./helpers/units";

const t = useTestDb();

type Filter = Omit<Partial<UnitPageInput>, "cursor" | "limit">;

/** Every page of units.page with `filter`, page sizes from `sizes` (cycled). */
async function walk(caller: Caller, filter: Filter, sizes: readonly number[]) {
  const rows: UnitDto[] = [];
  let cursor: string | null = null;
  let total: number | undefined;
  for (let i = 0; ; i++) {
    const limit = sizes[i % sizes.length]!;
    const page = await caller.units.page({ ...filter, limit, ...(cursor ? { cursor } : {}) });
    if (i === 0) total = page.total;
    else expect(page.total).toBeUndefined();
    expect(page.items.length).toBeLessThanOrEqual(limit);
    rows.push(...page.items);
    if (page.nextCursor === null) break;
    expect(page.items).toHaveLength(limit);
    cursor = page.nextCursor;
  }
  return { rows, total };
}

/** The (key, id) pairs in the order the database's own collation sorts them. */
async function dbOrder(pairs: readonly [string, number][]): Promise<number[]> {
  if (pairs.length === 0) return [];
  const values = sql.join(pairs.map(([k, id]) => sql`(${k}::text, ${id}::int)`));
  const r = await sql<{ id: number }>`select id from (values ${values}) v(k, id) order by k, id`.execute(
    t.trx,
  );
  return r.rows.map((x) => x.id);
}

/** What the filter should return, from the whole register the caller sees (every page, unfiltered). */
async function expected(caller: Caller, f: Filter): Promise<Set<number>> {
  const all = await unitsSeen(caller, { includeClosed: f.includeClosed ?? false });
  const q = f.query ? foldVietnamese(f.query) : "";
  return new Set(
    all
      .filter((u) => !f.kind || u.kind === f.kind)
      .filter((u) => !f.tier || u.tier === f.tier)
      .filter((u) => f.parentId === undefined || u.parentId === f.parentId)
      .filter((u) => !q || foldVietnamese(u.name).includes(q) || u.code.toLowerCase().includes(q))
      .map((u) => u.id),
  );
}

async function checkWalk(caller: Caller, filter: Filter, sizes: readonly number[]) {
  const { rows, total } = await walk(caller, filter, sizes);
  const ids = rows.map((u) => u.id);
  expect(new Set(ids).size).toBe(ids.length); // each row once
  expect(new Set(ids)).toEqual(await expected(caller, filter));
  expect(total).toBe(ids.length);
  const key = (u: UnitDto) => (filter.sort === "code" ? u.code : foldVietnamese(u.name));
  expect(ids).toEqual(await dbOrder(rows.map((u) => [key(u), u.id])));
  return rows;
}

describe("units.page: keyset pages of the register", () => {
  it("walks the whole register by name and by code, each unit once, in order, with the total", async () => {
    const { caller } = await signIn(t.trx, "snv.admin");
    const byName = await checkWalk(caller, {}, [50]);
    expect(byName.length).toBeGreaterThan(200);
    const byCode = await checkWalk(caller, { sort: "code", includeClosed: true }, [200, 7]);
    expect(byCode.length).toBeGreaterThanOrEqual(byName.length);
  });

  it("filters by kind, tier, parent and text (diacritics ignored) in the query, and a unit's scope", async () => {
    const admin = (await signIn(t.trx, "snv.admin")).caller;
    const communes = await checkWalk(admin, { tier: "commune" }, [40]);
    expect(communes.every((u) => u.tier === "commune")).toBe(true);
    const found = await checkWalk(admin, { query: "xuan loc" }, [3]);
    expect(found.some((u) => u.name.includes("Xuân Lộc"))).toBe(true);
    const xuanLoc = found.find((u) => u.kind === "district")!;
    const children = await checkWalk(admin, { parentId: xuanLoc.id, kind: "commune" }, [4]);
    expect(children.length).toBeGreaterThan(4);
    // A district officer pages through its own subtree only.
    const officer = (await signIn(t.trx, "ubnd.bienhoa")).caller;
    const own = await checkWalk(officer, { sort: "code" }, [9]);
    expect(own.some((u) => u.name.includes("Xuân Lộc"))).toBe(false);
    expect((await officer.units.page({ query: "xuan loc" })).items).toEqual([]);
  });

  it("returns each row exactly once for random page sizes and filters (property)", async () => {
    const { caller } = await signIn(t.trx, "snv.admin");
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 1, max: 200 }), { minLength: 1, maxLength: 4 }),
        fc.record({
          sort: fc.constantFrom("name" as const, "code" as const),
          tier: fc.constantFrom(undefined, "agency" as const, "district" as const, "commune" as const),
          query: fc.constantFrom(undefined, "phong", "xa", "bien hoa", "7"),
          includeClosed: fc.boolean(),
        }),
        async (sizes, f) => {
          const filter = Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined)) as Filter;
          await checkWalk(caller, filter, sizes);
        },
      ),
      { numRuns: 12, seed: 2842023 },
    );
  });

  it("refuses a tampered cursor as bad input naming `cursor`", async () => {
    const { caller } = await signIn(t.trx, "snv.admin");
    const first = await caller.units.page({ limit: 2 });
    const tampered = [
      `${first.nextCursor}x`,
      Buffer.from('["a","1"]').toString("base64url"),
      Buffer.from("[1,2]").toString("base64url"),
      Buffer.from('["a",99999999999]').toString("base64url"),
      "bm90IGpzb24",
    ];
    for (const cursor of tampered) {
      const f = await failureOf(caller.units.page({ cursor }));
      expect(f).toMatchObject({ code: "BAD_REQUEST", domainCode: "INPUT.BAD_CURSOR" });
      expect(f.fieldErrors.cursor).toBeDefined();
    }
  });
});

describe("units.page for the lazily opened tree and the pickers", () => {
  it("rootsOnly gives the top of the scope, parentId one level with hasChildren, kinds and tieredOnly narrow", async () => {
    const { caller: admin } = await signIn(t.trx, "snv.admin");
    const roots = await admin.units.page({ rootsOnly: true });
    expect(roots.items.map((u) => u.kind)).toEqual(["province"]);
    expect(roots.items[0]!.hasChildren).toBe(true);
    const level = await admin.units.page({ parentId: roots.items[0]!.id, limit: 200 });
    expect(level.items.every((u) => u.parentId === roots.items[0]!.id)).toBe(true);
    expect(level.items.find((u) => u.kind === "district")?.hasChildren).toBe(true);
    const districts = await admin.units.page({ kinds: ["district"], limit: 200 });
    expect(districts.total).toBe(11);
    const tiered = await admin.units.page({ tieredOnly: true, query: "phong noi vu" });
    expect(tiered.items).toEqual([]);
    const { caller: bienHoa } = await signIn(t.trx, "ubnd.bienhoa");
    expect((await bienHoa.units.page({ rootsOnly: true })).items.map((u) => u.name)).toEqual([
      "Thành phố Biên Hòa",
    ]);
  });
});
