import type { Rating } from "@par/domain";
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import type { Db } from "../src/db/database";
import { historyFacts, insertEarlierConclusion } from "../src/db/history.repository";
import { NOW } from "./helpers/callers";
import { adminWith2023Plan, seedEarlierConclusion } from "./helpers/inspections";
import { addBinhPhuoc } from "./helpers/second-province";
import { useTestDb } from "./helpers/test-db";
import { unitIdByCode } from "./helpers/units";

const t = useTestDb();

const STARTED = sql`('in_progress', 'findings_recorded', 'concluded', 'closed')`;
const OPEN_HERE = sql`('open', 'responded', 'not_resolved')`;

/**
 * The history statement as it stood before session 6 reshaped it for speed (CTEs joined per unit,
 * DISTINCT ON for the last inspection), kept verbatim as the reference the new one must equal.
 */
async function formerHistoryFacts(db: Db, provinceId: number, beforeYear: number, refDate: string) {
  const { rows } = await sql<Record<string, unknown>>`
    with onsite as (
      select i.id, i.target_unit_id as unit_id, p.year, i.start_date
      from inspections i join plans p on p.id = i.plan_id
      where i.province_id = ${provinceId} and p.year < ${beforeYear}
        and i.form in ('announced', 'surprise') and i.status in ${STARTED}
    ),
    last_year as (
      select unit_id, max(y) as last_year from (
        select unit_id, year as y from onsite
        union all
        select unit_id, extract(year from date)::int as y from earlier_conclusions
        where province_id = ${provinceId} and extract(year from date)::int < ${beforeYear}
      ) s group by unit_id
    ),
    recs as (
      select r.unit_id, count(*) as open,
        count(*) filter (
          where r.deadline < ${refDate}
            and not (r.status = 'responded' and r.responded_on is not null and r.responded_on <= r.deadline)
        ) as overdue
      from recommendations r
      join inspections i on i.id = r.inspection_id join plans p on p.id = i.plan_id
      where r.province_id = ${provinceId} and i.province_id = ${provinceId} and p.year < ${beforeYear} and r.status in ${OPEN_HERE}
      group by r.unit_id
      union all
      select er.unit_id, count(*), count(*) filter (where er.deadline < ${refDate})
      from earlier_recommendations er join earlier_conclusions ec on ec.id = er.conclusion_id
      where er.province_id = ${provinceId} and er.status <> 'resolved'
        and extract(year from ec.date)::int < ${beforeYear}
      group by er.unit_id
    ),
    rec_sums as (select unit_id, sum(open) as open, sum(overdue) as overdue from recs group by unit_id),
    shortcomings as (
      select i.target_unit_id as unit_id, count(*) as n
      from findings f join inspections i on i.id = f.inspection_id join plans p on p.id = i.plan_id
      where f.province_id = ${provinceId} and i.province_id = ${provinceId} and p.year < ${beforeYear}
        and f.rating in ('chua_dat', 'co_ton_tai')
      group by i.target_unit_id
    ),
    last_insp as (
      select distinct on (o.unit_id) o.unit_id, o.id from onsite o
      where exists (select 1 from findings f where f.inspection_id = o.id)
      order by o.unit_id, o.start_date desc, o.id desc
    ),
    last_ratings as (
      select l.unit_id,
        count(*) filter (where f.rating in ('chua_dat', 'co_ton_tai')) as bad,
        count(*) filter (where f.rating <> 'khong_ap_dung') as rated
      from last_insp l join findings f on f.inspection_id = l.id
      group by l.unit_id
    ),
    units as (
      select unit_id from last_year union select unit_id from rec_sums
      union select unit_id from shortcomings union select unit_id from last_ratings
    )
    select u.unit_id, ly.last_year, coalesce(rs.open, 0) as open, coalesce(rs.overdue, 0) as overdue,
      coalesce(s.n, 0) as shortcomings, coalesce(lr.bad, 0) as last_bad, coalesce(lr.rated, 0) as last_rated
    from units u
    left join last_year ly on ly.unit_id = u.unit_id
    left join rec_sums rs on rs.unit_id = u.unit_id
    left join shortcomings s on s.unit_id = u.unit_id
    left join last_ratings lr on lr.unit_id = u.unit_id
    order by 1`.execute(db);
  return rows.map((r) =>
    [r.unit_id, r.last_year, r.open, r.overdue, r.shortcomings, r.last_bad, r.last_rated].map(Number),
  );
}

async function newHistoryFacts(db: Db, provinceId: number, beforeYear: number, refDate: string) {
  return (await historyFacts(db, provinceId, beforeYear, refDate)).map((r) =>
    [r.unitId, r.lastYear, r.open, r.overdue, r.shortcomings, r.lastBad, r.lastRated].map(Number),
  );
}

/** Findings on the inspection a recommendation came from, one per rating. */
async function rate(db: Db, recommendationId: number, ratings: readonly Rating[]) {
  const { inspection_id } = await db
    .selectFrom("recommendations")
    .select("inspection_id")
    .where("id", "=", recommendationId)
    .executeTakeFirstOrThrow();
  await db
    .insertInto("findings")
    .values(
      ratings.map((rating, i) => ({
        inspection_id,
        item_code: `1.${i + 1}`,
        rating,
        note: "",
        recorded_by: null,
        recorded_at: NOW,
      })),
    )
    .execute();
}

/** More history than the demo's: imported conclusions, answered and overdue recommendations, a second province. */
async function addHistory(db: Db) {
  const tanPhong = await unitIdByCode(db, "25996");
  const xuanTho = await unitIdByCode(db, "26437");
  const [answered] = await seedEarlierConclusion(db, {
    year: 2021,
    unitId: tanPhong,
    recommendations: [
      { text: "Niêm yết TTHC", deadline: "2022-03-01" },
      { text: "Số hóa hồ sơ", deadline: "2023-03-01" },
      { text: "Sổ theo dõi", deadline: "2021-12-31" },
    ],
  });
  await db
    .updateTable("recommendations")
    .set({ status: "responded", responded_on: "2021-12-01" })
    .where("id", "=", answered!)
    .execute();
  await rate(db, answered!, ["chua_dat", "dat", "co_ton_tai", "khong_ap_dung"]);
  const [older] = await seedEarlierConclusion(db, {
    year: 2020,
    unitId: xuanTho,
    recommendations: [{ text: "Cập nhật quy chế", deadline: "2021-06-30" }],
  });
  await rate(db, older!, ["dat", "dat", "chua_dat"]);
  await insertEarlierConclusion(
    db,
    {
      unitId: xuanTho,
      issuer: "Thanh tra tỉnh Đồng Nai",
      issuerKind: "thanh_tra",
      number: "15/KL-TTr",
      date: "2022-11-15",
      summary: "Thanh tra công vụ",
      by: null,
      at: NOW,
    },
    [
      { text: "Niêm yết đầy đủ TTHC", deadline: "2023-03-31", status: "open" },
      { text: "Cập nhật sổ", deadline: "2022-12-31", status: "resolved" },
      { text: "Số hóa", deadline: null, status: "not_resolved" },
    ],
  );
  const bp = await addBinhPhuoc(db);
  await seedEarlierConclusion(db, {
    year: 2022,
    unitId: bp.ids["25195"]!,
    recommendations: [{ text: "Một cửa", deadline: "2022-12-31" }],
  });
  return bp.provinceId;
}

describe("the proposal's history read (R6), reshaped for speed in session 6", () => {
  it("gives every province, year and reference date the same rows as the former statement", async () => {
    await adminWith2023Plan(t.trx);
    const second = await addHistory(t.trx);
    const provinces = await t.trx
      .selectFrom("org_units")
      .select("id")
      .where("kind", "=", "province")
      .orderBy("id")
      .execute();
    expect(provinces.map((p) => p.id)).toContain(second);
    let nonEmpty = 0;
    for (const { id } of provinces)
      for (const year of [2021, 2022, 2023, 2024])
        for (const refDate of [`${year}-01-01`, "2022-06-15"]) {
          const former = await formerHistoryFacts(t.trx, id, year, refDate);
          expect(await newHistoryFacts(t.trx, id, year, refDate), `${id} ${year} ${refDate}`).toEqual(former);
          if (former.length > 0) nonEmpty++;
        }
    expect(nonEmpty).toBeGreaterThan(4);
  });

  it("proposal.run answers on the demo data exactly as recorded before the change", async () => {
    const { admin } = await adminWith2023Plan(t.trx);
    const demoOnly = {
      y2022: await admin.proposal.run({ year: 2022, seed: 3, startMonth: 1 }),
      y2023: await admin.proposal.run({ year: 2023, seed: 7, monthlyCapacity: 10 }),
    };
    await addHistory(t.trx);
    await admin.plans.create({ year: 2024, template: "dong-nai-2023" });
    const answers = {
      ...demoOnly,
      y2024WithHistory: await admin.proposal.run({ year: 2024, startMonth: 1 }),
      y2023WithHistory: await admin.proposal.run({ year: 2023, startMonth: 7, exclude: [] }),
    };
    // Recorded with the code before session 6; ".snap.txt" so that the formatter leaves it byte for byte.
    await expect(`${JSON.stringify(answers, null, 1)}\n`).toMatchFileSnapshot(
      "./__snapshots__/proposal-demo-answers.snap.txt",
    );
  });
});
