import { describe, expect, it } from "vitest";
import { signIn } from "./helpers/callers";
import { failureOf } from "./helpers/expect-error";
import { onDay } from "./helpers/inspections";
import { useTestDb } from "./helpers/test-db";
import { unitIdByCode } from "./helpers/units";

const t = useTestDb();

async function childIds(parentCode: string) {
  const parent = await unitIdByCode(t.trx, parentCode);
  const rows = await t.trx
    .selectFrom("org_units")
    .select(["id", "kind"])
    .where("parent_id", "=", parent)
    .orderBy("id")
    .execute();
  return { parent, rows };
}

describe("R9 internal inspections", () => {
  it("R9 so.gddt (many subordinates) uses 50 %, a district (ubnd.xuanloc) 60 %", async () => {
    const { caller: gddt } = await signIn(t.trx, "so.gddt");
    const sgddt = await unitIdByCode(t.trx, "SGDDT");
    const edu = await gddt.internal.coverage({ unitId: sgddt, year: 2023 });
    expect(edu.pct).toBe(50);
    expect(edu.unit.manySubordinates).toBe(true);
    expect(edu.required).toBe(Math.ceil(edu.poolSize / 2));

    const { caller: xuanLoc } = await signIn(t.trx, "ubnd.xuanloc");
    const { parent, rows } = await childIds("741");
    const district = await xuanLoc.internal.coverage({ unitId: parent, year: 2023 });
    expect(district.pct).toBe(60);
    // A district's pool: its divisions and its communes (IV.4).
    expect(district.poolSize).toBe(rows.length);
    expect(district.required).toBe(Math.ceil((rows.length * 60) / 100));
    expect(district.done).toBe(0);
  });

  it("R9 a district plans and records internal inspections of its direct subordinates; done counts", async () => {
    const { caller: xuanLoc } = await signIn(t.trx, "ubnd.xuanloc", onDay("2023-06-20"));
    const { parent, rows } = await childIds("741");
    const commune = rows.find((r) => r.kind === "commune")!.id;
    const planned = await xuanLoc.internal.create({
      targetUnitId: commune,
      startDate: "2023-06-14",
      endDate: "2023-06-14",
      areas: ["2"],
    });
    expect(planned).toMatchObject({ status: "planned", parentUnit: { id: parent } });
    let cov = await xuanLoc.internal.coverage({ unitId: parent, year: 2023 });
    expect(cov.done).toBe(0);
    expect(cov.pool.find((p) => p.id === commune)?.status).toBe("planned");
    const recorded = await xuanLoc.internal.record({
      id: planned.id,
      conductedOn: "2023-06-14",
      summary: "Đạt yêu cầu, còn tồn tại nhỏ",
    });
    expect(recorded.status).toBe("done");
    cov = await xuanLoc.internal.coverage({ unitId: parent, year: 2023 });
    expect(cov.done).toBe(1);
    const twice = await failureOf(
      xuanLoc.internal.record({ id: planned.id, conductedOn: "2023-06-14", summary: "Ghi lại lần nữa" }),
    );
    expect(twice).toMatchObject({ code: "CONFLICT", domainCode: "INTERNAL.STATE" });
    expect((await xuanLoc.internal.list({ year: 2023 })).items.map((r) => r.id)).toEqual([planned.id]);
    const holiday = await failureOf(
      xuanLoc.internal.create({ targetUnitId: commune, startDate: "2023-09-01", endDate: "2023-09-01" }),
    );
    expect(holiday).toMatchObject({ code: "BAD_REQUEST", domainCode: "SCHEDULE.NON_WORKING_DAY" });
    expect(holiday.message).toMatch(/01\/09\/2023/);

    // The province's overview lists every department and district, laggards first.
    const { caller: admin } = await signIn(t.trx, "snv.admin", onDay("2023-06-20"));
    const overview = await admin.internal.overview({ year: 2023 });
    expect(overview).toHaveLength(21 + 11);
    const xl = overview.findIndex((r) => r.unit.id === parent);
    expect(xl).toBe(overview.length - 1 - overview.filter((r) => r.required === 0).length);
    expect(overview[0]!.done).toBe(0);
  });

  it("R9 ubnd.bienhoa may not run internal inspections of units outside its subtree, nor of itself", async () => {
    const { caller: bienHoa } = await signIn(t.trx, "ubnd.bienhoa");
    const xuanLocCommune = await unitIdByCode(t.trx, "26431");
    const outside = await failureOf(
      bienHoa.internal.create({
        targetUnitId: xuanLocCommune,
        startDate: "2023-06-14",
        endDate: "2023-06-14",
      }),
    );
    expect(outside).toMatchObject({ code: "FORBIDDEN", domainCode: "ACCESS.OUT_OF_SCOPE" });
    const bienHoa731 = await unitIdByCode(t.trx, "731");
    const itself = await failureOf(
      bienHoa.internal.create({ targetUnitId: bienHoa731, startDate: "2023-06-14", endDate: "2023-06-14" }),
    );
    expect(itself.code).toBe("FORBIDDEN");
    const xuanLoc = await unitIdByCode(t.trx, "741");
    expect((await failureOf(bienHoa.internal.coverage({ unitId: xuanLoc, year: 2023 }))).code).toBe(
      "FORBIDDEN",
    );
    const { caller: admin } = await signIn(t.trx, "snv.admin");
    const refused = await failureOf(
      admin.internal.create({ targetUnitId: xuanLocCommune, startDate: "2023-06-14", endDate: "2023-06-14" }),
    );
    expect(refused.code).toBe("FORBIDDEN"); // internal.write belongs to unit officers only
  });

  it("internal.list pages by start date then id: every row once, in order, scope in SQL; a bad cursor is refused", async () => {
    const { caller: xuanLoc } = await signIn(t.trx, "ubnd.xuanloc", onDay("2023-06-01"));
    const { rows } = await childIds("741");
    // Several on the same day, so that the id breaks ties across a page boundary.
    const days = [
      "2023-06-14",
      "2023-06-14",
      "2023-06-07",
      "2023-06-14",
      "2023-07-04",
      "2023-06-07",
      "2023-06-14",
    ];
    for (const [i, day] of days.entries())
      await xuanLoc.internal.create({ targetUnitId: rows[i]!.id, startDate: day, endDate: day });
    const walk = async (caller: typeof xuanLoc, limit: number) => {
      const out: { id: number; startDate: string }[] = [];
      let cursor: string | null = null;
      let firstTotal: number | undefined;
      do {
        const page: Awaited<ReturnType<typeof caller.internal.list>> = await caller.internal.list({
          year: 2023,
          limit,
          cursor,
        });
        // The first page carries the whole list's size (count(*) over () in its statement); later pages not.
        if (cursor === null) firstTotal = page.total;
        else expect(page.total).toBeUndefined();
        out.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor !== null);
      expect(firstTotal).toBe(out.length);
      return out;
    };
    const sorted = (await walk(xuanLoc, 200)).map((r) => [r.startDate, r.id] as const);
    expect(sorted).toHaveLength(days.length);
    expect([...sorted].sort((a, b) => (a[0] === b[0] ? a[1] - b[1] : a[0] < b[0] ? -1 : 1))).toEqual(sorted);
    for (const limit of [1, 2, 3])
      expect((await walk(xuanLoc, limit)).map((r) => r.id)).toEqual(sorted.map((r) => r[1]));
    const { caller: admin } = await signIn(t.trx, "snv.admin", onDay("2023-06-01"));
    expect((await walk(admin, 4)).map((r) => r.id)).toEqual(sorted.map((r) => r[1]));
    const { caller: bienHoa } = await signIn(t.trx, "ubnd.bienhoa", onDay("2023-06-01"));
    expect(await walk(bienHoa, 5)).toEqual([]);
    for (const cursor of [
      Buffer.from('["hôm qua",3]').toString("base64url"),
      Buffer.from("[null,3]").toString("base64url"),
    ]) {
      const f = await failureOf(xuanLoc.internal.list({ cursor }));
      expect(f).toMatchObject({ code: "BAD_REQUEST", domainCode: "INPUT.BAD_CURSOR" });
      expect(f.fieldErrors.cursor).toBeDefined();
    }
  });
});
