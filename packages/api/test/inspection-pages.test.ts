import { describe, expect, it } from "vitest";
import { encodeCursor } from "../src/db/keyset";
import { signIn } from "./helpers/callers";
import { failureOf } from "./helpers/expect-error";
import { buildScopeFixtures } from "./helpers/inspections";
import { useTestDb } from "./helpers/test-db";

const t = useTestDb();

describe("inspections.list in keyset pages (issue 8 §1)", () => {
  it("following the cursors yields the whole list once, in start order, page by page", async () => {
    await buildScopeFixtures(t.trx);
    const { caller: leader } = await signIn(t.trx, "lanhdao");
    const whole = (await leader.inspections.list({ limit: 200 })).items;
    expect(whole.length).toBeGreaterThan(7);
    const seen: { id: number; startDate: string }[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: Awaited<ReturnType<typeof leader.inspections.list>> = await leader.inspections.list({
        limit: 3,
        cursor,
      });
      expect(page.items.length).toBeLessThanOrEqual(3);
      seen.push(...page.items);
      cursor = page.nextCursor;
      pages++;
    } while (cursor !== null && pages < 200);
    expect(seen.map((i) => i.id)).toEqual(whole.map((i) => i.id));
    expect(pages).toBe(Math.ceil(whole.length / 3));
    const keys = seen.map((i) => `${i.startDate}#${String(i.id).padStart(10, "0")}`);
    expect(keys).toEqual([...keys].sort());
  });

  it("a cursor that decodes to no date or id is bad input naming the field, never a 500", async () => {
    const { caller: leader } = await signIn(t.trx, "lanhdao");
    for (const cursor of [
      encodeCursor("2023-02-30", 1),
      encodeCursor("x", 1),
      encodeCursor("2023-01-01", 1.5),
    ]) {
      const f = await failureOf(leader.inspections.list({ cursor }));
      expect(f).toMatchObject({ code: "BAD_REQUEST", domainCode: "INPUT.BAD_CURSOR" });
    }
  });

  it("tier, lead body and the search are filters of the query, not of a page", async () => {
    await buildScopeFixtures(t.trx);
    const { caller: leader } = await signIn(t.trx, "lanhdao");
    const whole = (await leader.inspections.list({ limit: 200 })).items;
    const communes = (await leader.inspections.list({ tier: "commune", limit: 200 })).items;
    expect(communes.map((i) => i.id)).toEqual(
      whole.filter((i) => i.targetUnit.tier === "commune").map((i) => i.id),
    );
    expect(communes.length).toBeGreaterThan(0);
    expect(communes.length).toBeLessThan(whole.length);
    const tuPhap = (await leader.inspections.list({ leadBody: "so_tu_phap", limit: 200 })).items;
    expect(tuPhap.map((i) => i.id)).toEqual(
      whole.filter((i) => i.leadBody === "so_tu_phap").map((i) => i.id),
    );
  });

  it("the calendar's year comes in pages, its month complete, its month counts over the whole year", async () => {
    await buildScopeFixtures(t.trx);
    const { caller: leader } = await signIn(t.trx, "lanhdao");
    const ids: number[] = [];
    let cursor: string | null = null;
    let first: Awaited<ReturnType<typeof leader.inspections.calendar>> | undefined;
    do {
      const page: Awaited<ReturnType<typeof leader.inspections.calendar>> = await leader.inspections.calendar(
        {
          year: 2023,
          limit: 2,
          cursor,
        },
      );
      first ??= page;
      expect(page.inspections.length).toBeLessThanOrEqual(2);
      ids.push(...page.inspections.map((i) => i.id));
      cursor = page.nextCursor;
    } while (cursor !== null && ids.length < 1000);
    expect(new Set(ids).size).toBe(ids.length);
    const months = await Promise.all(
      Array.from({ length: 12 }, (_, m) =>
        leader.inspections.calendar({ year: 2023, month: m + 1, limit: 1 }),
      ),
    );
    for (const m of months) expect(m.nextCursor).toBeNull();
    const inYear = months.flatMap((m) => m.inspections).filter((i) => i.startDate.startsWith("2023"));
    expect(new Set(ids)).toEqual(new Set(months.flatMap((m) => m.inspections.map((i) => i.id))));
    const counted = first!.byMonth.reduce((n, f) => n + f.count, 0);
    expect(counted).toBe(new Set(inYear.map((i) => i.id)).size);
    expect(counted).toBeGreaterThan(2);
  });
});
