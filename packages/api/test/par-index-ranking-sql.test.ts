import { rankByTotal } from "@par/domain";
import fc from "fast-check";
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { pageRanking } from "../src/db/par-index.repository";
import { districtSheetIn } from "./helpers/par-index";
import { useTestDb } from "./helpers/test-db";

const t = useTestDb();

/**
 * The ranking is computed in SQL (rank() over locked sheets, keyset pages on total and id); the
 * domain's rankByTotal is the rule. Random totals, ties included, read page by page: the same ranks.
 */
describe("PAR-index ranking: SQL agrees with the domain's rule", () => {
  it("property: rank() page by page equals rankByTotal, ties and all", async () => {
    const districts = await t.trx
      .selectFrom("org_units")
      .select(["id", "province_id"])
      .where("kind", "=", "district")
      .orderBy("id")
      .execute();
    expect(districts.length).toBeGreaterThanOrEqual(8);
    const versionId = await districtSheetIn(t.trx, districts[0]!.id, 2040, null);
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 0, max: 6 }), {
          minLength: districts.length,
          maxLength: districts.length,
        }),
        fc.integer({ min: 1, max: 4 }),
        async (totals, limit) => {
          await sql`savepoint ranking`.execute(t.trx);
          const ids: { id: number; total: number }[] = [];
          for (const [i, d] of districts.entries()) {
            const row = await t.trx
              .insertInto("par_index_sheets")
              .values({
                province_id: d.province_id,
                unit_id: d.id,
                year: 2040,
                level: "district",
                version_id: versionId,
                state: "locked",
                total: totals[i]! * 10 + 0.25,
                field_scores: "{}",
              })
              .returning("id")
              .executeTakeFirstOrThrow();
            ids.push({ id: row.id, total: totals[i]! * 10 + 0.25 });
          }
          const got: { id: number; rank: number }[] = [];
          let cursor: string | null = null;
          for (let guard = 0; guard < 50; guard++) {
            const rows = await pageRanking(t.trx, {
              provinceId: districts[0]!.province_id,
              year: 2040,
              level: "district",
              cursor,
              limit,
            });
            got.push(...rows.slice(0, limit).map((r) => ({ id: r.id, rank: Number(r.rank) })));
            if (rows.length <= limit) break;
            const last = rows[limit - 1]!;
            cursor = Buffer.from(JSON.stringify([Number(last.total), last.id])).toString("base64url");
          }
          expect(got).toEqual(rankByTotal(ids).map((r) => ({ id: r.id, rank: r.rank })));
          await sql`rollback to savepoint ranking`.execute(t.trx);
        },
      ),
      { numRuns: 8 },
    );
  });
});
