import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { listInspectionRows } from "../src/db/inspection.repository";
import { useTestDb } from "./helpers/test-db";

const t = useTestDb();

const overlaps = (r: { start_date: string; end_date: string }, from: string, to: string) =>
  r.start_date <= to && r.end_date >= from;
const iso = (d: Date) => d.toISOString().slice(0, 10);

describe("inspections overlapping a period (the calendar's read)", () => {
  it("the start_date bound (period start minus the longest window) never drops an overlapping inspection", async () => {
    // One inspection stretched over years: the longest window, started long before any period asked.
    const [long] = await listInspectionRows(t.trx, { limit: 1 });
    await t.trx
      .updateTable("inspections")
      .set({ start_date: "2019-02-01", end_date: "2023-06-10" })
      .where("id", "=", long!.id)
      .execute();
    const all = await listInspectionRows(t.trx, {});
    expect(all.length).toBeGreaterThan(2);
    await fc.assert(
      fc.asyncProperty(
        fc.date({ min: new Date("2018-06-01"), max: new Date("2026-12-31"), noInvalidDate: true }),
        fc.integer({ min: 0, max: 400 }),
        async (start, days) => {
          const from = iso(start);
          const to = iso(new Date(start.getTime() + days * 86_400_000));
          const got = await listInspectionRows(t.trx, { from, to });
          const want = all.filter((r) => overlaps(r, from, to)).map((r) => r.id);
          expect(got.map((r) => r.id).sort((a, b) => a - b)).toEqual(want.sort((a, b) => a - b));
        },
      ),
      { numRuns: 25 },
    );
    const june2023 = await listInspectionRows(t.trx, { from: "2023-06-01", to: "2023-06-30" });
    expect(june2023.map((r) => r.id)).toContain(long!.id);
  });
});
