import type { FastifyInstance } from "fastify";
import { afterEach, describe, expect, it } from "vitest";
import { signIn } from "./helpers/callers";
import { failureOf } from "./helpers/expect-error";
import { cookieFor, serverOn } from "./helpers/http";
import { districtSheetIn } from "./helpers/par-index";
import { useTestDb } from "./helpers/test-db";
import { unitIdByCode } from "./helpers/units";

const t = useTestDb();
let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});
const YEAR = 2023;

/** Biên Hòa locked with its totals, Xuân Lộc appraised: a ranking of one, one district not locked. */
async function world() {
  const bienHoa = await unitIdByCode(t.trx, "731");
  const xuanLoc = await unitIdByCode(t.trx, "732");
  await districtSheetIn(t.trx, bienHoa, YEAR, "locked");
  await t.trx
    .updateTable("par_index_sheets")
    .set({ total: 81.5, field_scores: JSON.stringify({ "1": 10 }) })
    .where("unit_id", "=", bienHoa)
    .execute();
  await t.trx
    .insertInto("par_index_sheets")
    .values({
      province_id: (
        await t.trx.selectFrom("par_index_sheets").select("province_id").executeTakeFirstOrThrow()
      ).province_id,
      unit_id: xuanLoc,
      year: YEAR,
      level: "district",
      version_id: (await t.trx.selectFrom("par_index_sheets").select("version_id").executeTakeFirstOrThrow())
        .version_id,
      state: "appraised_1",
    })
    .execute();
  return { bienHoa, xuanLoc };
}

describe("PAR index: publishing the ranking", () => {
  it("a unit reads no ranking, no other unit's sheet, score or file before publishing; the ranking after", async () => {
    const { bienHoa, xuanLoc } = await world();
    const { caller: admin } = await signIn(t.trx, "snv.admin");
    const { caller: unit } = await signIn(t.trx, "ubnd.xuanloc");
    const { caller: leader } = await signIn(t.trx, "lanhdao");
    const key = { year: YEAR, level: "district" as const };
    app = await serverOn(t.trx);
    const xuanLocCookie = await cookieFor(app, "ubnd.xuanloc");
    const excel = () =>
      app!.inject({
        method: "GET",
        url: `/files/docs/par-index/ranking.xlsx?year=${YEAR}&level=district`,
        headers: { cookie: xuanLocCookie },
      });

    // Before: the province's readers read the ranking; the unit neither lists it nor its Excel.
    expect((await leader.parIndex.ranking(key)).items.map((r) => r.unit.id)).toEqual([bienHoa]);
    const refused = await failureOf(unit.parIndex.ranking(key));
    expect(refused.code).toBe("FORBIDDEN");
    expect(refused.message).toMatch(/^Xếp hạng: Sở Nội vụ chưa công bố/);
    expect((await excel()).statusCode).toBe(403);
    expect((await failureOf(unit.parIndex.sheets(key))).code).toBe("FORBIDDEN");
    expect((await failureOf(unit.parIndex.sheet({ unitId: bienHoa, year: YEAR }))).code).toBe("FORBIDDEN");
    expect((await unit.parIndex.publications({ year: YEAR })).map((p) => p.publishedAt)).toEqual([
      null,
      null,
      null,
    ]);

    // Not every district is locked: publishing says so, naming them, until told to publish anyway.
    const notAll = await failureOf(admin.parIndex.publish(key));
    expect(notAll.code).toBe("CONFLICT");
    expect(notAll.fieldErrors.allowUnlocked?.[0]).toMatch(
      /^Công bố khi còn đơn vị chưa chốt: 10 đơn vị chưa chốt điểm — Huyện Cẩm Mỹ \(chưa tự chấm\)/,
    );
    const published = await admin.parIndex.publish({ ...key, allowUnlocked: true });
    expect(published).toMatchObject({ locked: 1 });

    // After: the unit reads the ranking and its Excel, read-only; still no other unit's sheet or files.
    expect((await unit.parIndex.ranking(key)).items.map((r) => [r.rank, r.unit.id, r.total])).toEqual([
      [1, bienHoa, 81.5],
    ]);
    const book = await excel();
    expect(book.statusCode).toBe(200);
    expect((await failureOf(unit.parIndex.sheet({ unitId: bienHoa, year: YEAR }))).code).toBe("FORBIDDEN");
    expect((await failureOf(unit.parIndex.sheets(key))).code).toBe("FORBIDDEN");
    const bienHoaFile = await t.trx.selectFrom("par_index_files").select("id").executeTakeFirstOrThrow();
    const file = await app.inject({
      method: "GET",
      url: `/files/par-index/evidence/${bienHoaFile.id}`,
      headers: { cookie: xuanLocCookie },
    });
    expect(file.statusCode).toBe(404);
    expect((await failureOf(unit.parIndex.ranking({ ...key, level: "department" }))).code).toBe("FORBIDDEN");
    const status = await unit.parIndex.publications({ year: YEAR });
    expect(status.find((p) => p.level === "district")?.notLocked.map((u) => u.unitId)).toContain(xuanLoc);

    // The units of the level are told, linking to the portal's ranking.
    const { caller: bienHoaUnit } = await signIn(t.trx, "ubnd.bienhoa");
    const inbox = (await bienHoaUnit.notifications.page({ limit: 20 })).items.filter(
      (n) => n.kind === "par_index_published",
    );
    expect(inbox.map((n) => n.link)).toEqual([`/portal/par-index/${YEAR}?tab=ranking`]);

    // Unpublished, with its audit row: the unit is refused again.
    await admin.parIndex.unpublish(key);
    expect((await failureOf(unit.parIndex.ranking(key))).code).toBe("FORBIDDEN");
    expect((await excel()).statusCode).toBe(403);
    const audit = await t.trx
      .selectFrom("audit_log")
      .select("action")
      .where("entity", "=", "par_index_publication")
      .orderBy("id")
      .execute();
    expect(audit.map((a) => a.action)).toEqual(["publish_ranking", "unpublish_ranking"]);
  });

  it("nothing locked: nothing to publish, whatever the province says", async () => {
    const { caller: admin } = await signIn(t.trx, "snv.admin");
    const f = await failureOf(
      admin.parIndex.publish({ year: 2024, level: "department", allowUnlocked: true }),
    );
    expect(f.fieldErrors.level?.[0]).toMatch(
      /^Cấp chỉ số: chưa có đơn vị nào thuộc sở, ban, ngành được chốt điểm/,
    );
  });
});
