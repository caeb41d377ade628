import type { OpenRecommendation } from "@par/domain";
import { sql } from "kysely";
import type { Db, EarlierConclusionsTable } from "./database";

/** R6: the fields of every unit that has any, as one row per unit (string_agg, not one row per field). */
/** Each unit's fields; of one province when given (the proposal), else of the whole register. */
export async function fieldsByUnit(db: Db, provinceId?: number): Promise<Map<number, string[]>> {
  let q = db
    .selectFrom("unit_fields")
    .select(["unit_id", sql<string>`string_agg(field, ',' order by field)`.as("fields")])
    .groupBy("unit_id");
  if (provinceId !== undefined) q = q.where("province_id", "=", provinceId);
  const rows = await q.execute();
  return new Map(rows.map((r) => [r.unit_id, r.fields.split(",")]));
}

export async function fieldsOfUnit(db: Db, unitId: number): Promise<string[]> {
  const rows = await db
    .selectFrom("unit_fields")
    .select("field")
    .where("unit_id", "=", unitId)
    .orderBy("field")
    .execute();
  return rows.map((r) => r.field);
}

export async function replaceUnitFields(db: Db, unitId: number, fields: readonly string[]): Promise<void> {
  await db.deleteFrom("unit_fields").where("unit_id", "=", unitId).execute();
  if (fields.length === 0) return;
  await db
    .insertInto("unit_fields")
    .values([...new Set(fields)].map((field) => ({ unit_id: unitId, field })))
    .execute();
}

/** Default fields for units that have none yet (seed, new units); never overwrites the province's choice. */
export async function insertUnitFieldsIfNone(
  db: Db,
  rows: readonly { unitId: number; fields: readonly string[] }[],
): Promise<number> {
  const have = new Set((await fieldsByUnit(db)).keys());
  const values = rows
    .filter((r) => !have.has(r.unitId))
    .flatMap((r) => r.fields.map((field) => ({ unit_id: r.unitId, field })));
  for (let i = 0; i < values.length; i += 1000) {
    await db
      .insertInto("unit_fields")
      .values(values.slice(i, i + 1000))
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
  return values.length;
}

/** Fields of units that have none yet (new units): a conflict (already there) is left alone. */
export async function insertUnitFields(db: Db, values: readonly { unit_id: number; field: string }[]) {
  if (values.length === 0) return;
  await db
    .insertInto("unit_fields")
    .values([...values])
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export async function hasAnyUnitFields(db: Db): Promise<boolean> {
  return (await db.selectFrom("unit_fields").select("unit_id").limit(1).executeTakeFirst()) !== undefined;
}

/** What the default-fields rule needs of every unit. */
export async function unitKindsAndNames(db: Db) {
  return db.selectFrom("org_units").select(["id", "kind", "name"]).execute();
}

/** What the proposal knows of every unit's past, computed by the database (GROUP BY the target unit). */
export interface HistoryFactsRow {
  unitId: number;
  lastYear: number | null;
  open: number;
  overdue: number;
  shortcomings: number;
  lastBad: number;
  lastRated: number;
}

const STARTED = sql`('in_progress', 'findings_recorded', 'concluded', 'closed')`;
const OPEN_HERE = sql`('open', 'responded', 'not_resolved')`;

/**
 * R6 history per unit before a plan year, in one statement of aggregates:
 * - last year inspected on site (announced or surprise, started), or concluded by another body (imported);
 * - open recommendations of earlier years, this system's and imported ones, and those past their deadline
 *   on `refDate` (a recommendation answered in time and waiting for verification is not overdue);
 * - findings with shortcomings in earlier years, and of the last inspection: rated items and unsatisfactory ones.
 *
 * Shaped for speed (it is most of proposal.run's time): the province's inspections of earlier plans are
 * read once (`insp`), findings and open recommendations are first summed per inspection from their
 * province indexes (index-only, migration 2026_12_02_0401) and then joined to them by hash, and the
 * per-unit figures come out of one GROUP BY — the last inspection's ratings by `array_agg … [1]` in
 * (start date, id) order instead of a DISTINCT ON pass. A finding's and a recommendation's province is
 * its inspection's (the province triggers), so summing them by province and joining by inspection reads
 * the same rows as joining first.
 */
export async function historyFacts(
  db: Db,
  provinceId: number,
  beforeYear: number,
  refDate: string,
): Promise<HistoryFactsRow[]> {
  const result = await sql<{
    unit_id: number;
    last_year: number | null;
    open: string;
    overdue: string;
    shortcomings: string;
    last_bad: string;
    last_rated: string;
  }>`
    with insp as materialized (
      select i.id, i.target_unit_id as unit_id, p.year, i.start_date,
        (i.form in ('announced', 'surprise') and i.status in ${STARTED}) as onsite
      from inspections i join plans p on p.id = i.plan_id
      where i.province_id = ${provinceId} and p.province_id = ${provinceId} and p.year < ${beforeYear}
    ),
    ratings as (
      select f.inspection_id as id,
        count(*) filter (where f.rating in ('chua_dat', 'co_ton_tai')) as bad,
        count(*) filter (where f.rating <> 'khong_ap_dung') as rated
      from findings f where f.province_id = ${provinceId}
      group by f.inspection_id
    ),
    own as (
      select i.unit_id,
        max(i.year) filter (where i.onsite) as onsite_year,
        coalesce(sum(r.bad), 0) as shortcomings,
        (array_agg(r.bad order by i.start_date desc, i.id desc) filter (where i.onsite and r.id is not null))[1]
          as last_bad,
        (array_agg(r.rated order by i.start_date desc, i.id desc) filter (where i.onsite and r.id is not null))[1]
          as last_rated
      from insp i left join ratings r on r.id = i.id
      group by i.unit_id
      having bool_or(i.onsite) or coalesce(sum(r.bad), 0) > 0
    ),
    earlier as (
      select unit_id, max(extract(year from date)::int) as year from earlier_conclusions
      where province_id = ${provinceId} and extract(year from date)::int < ${beforeYear}
      group by unit_id
    ),
    open_recs as (
      select r.inspection_id, r.unit_id, count(*) as open,
        count(*) filter (
          where r.deadline < ${refDate}
            and not (r.status = 'responded' and r.responded_on is not null and r.responded_on <= r.deadline)
        ) as overdue
      from recommendations r
      where r.province_id = ${provinceId} and r.status in ${OPEN_HERE}
      group by r.inspection_id, r.unit_id
    ),
    recs as (
      select r.unit_id, sum(r.open) as open, sum(r.overdue) as overdue
      from open_recs r join insp i on i.id = r.inspection_id
      group by r.unit_id
      union all
      select er.unit_id, count(*), count(*) filter (where er.deadline < ${refDate})
      from earlier_recommendations er join earlier_conclusions ec on ec.id = er.conclusion_id
      where er.province_id = ${provinceId} and er.status <> 'resolved'
        and extract(year from ec.date)::int < ${beforeYear}
      group by er.unit_id
    ),
    rec_sums as (select unit_id, sum(open) as open, sum(overdue) as overdue from recs group by unit_id)
    select coalesce(o.unit_id, e.unit_id, rs.unit_id) as unit_id, greatest(o.onsite_year, e.year) as last_year,
      coalesce(rs.open, 0) as open, coalesce(rs.overdue, 0) as overdue,
      coalesce(o.shortcomings, 0) as shortcomings,
      coalesce(o.last_bad, 0) as last_bad, coalesce(o.last_rated, 0) as last_rated
    from own o
      full join earlier e on e.unit_id = o.unit_id
      full join rec_sums rs on rs.unit_id = coalesce(o.unit_id, e.unit_id)
    order by 1`.execute(db);
  return result.rows.map((r) => ({
    unitId: r.unit_id,
    lastYear: r.last_year === null ? null : Number(r.last_year),
    open: Number(r.open),
    overdue: Number(r.overdue),
    shortcomings: Number(r.shortcomings),
    lastBad: Number(r.last_bad),
    lastRated: Number(r.last_rated),
  }));
}

/** R10: a unit's imported recommendations still open, from conclusions dated before a year. */
export async function openEarlierRecommendations(
  db: Db,
  unitId: number,
  beforeYear: number,
): Promise<OpenRecommendation[]> {
  const rows = await db
    .selectFrom("earlier_recommendations as r")
    .innerJoin("earlier_conclusions as c", "c.id", "r.conclusion_id")
    .select(["r.id", "r.text", "r.deadline", "c.date", "c.number", "c.issuer"])
    .where("r.unit_id", "=", unitId)
    .where("r.status", "<>", "resolved")
    .where("c.date", "<", `${beforeYear}-01-01`)
    .orderBy("c.date")
    .orderBy("r.position")
    .orderBy("r.id")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    text: r.text,
    deadline: r.deadline,
    conclusionYear: Number(r.date.slice(0, 4)),
    conclusionNumber: r.number,
    source: "earlier" as const,
    issuer: r.issuer,
  }));
}

export async function earlierConclusionKeys(db: Db) {
  return db.selectFrom("earlier_conclusions").select(["unit_id as unitId", "number", "date"]).execute();
}

export async function insertEarlierConclusion(
  db: Db,
  c: {
    unitId: number;
    issuer: string;
    issuerKind: EarlierConclusionsTable["issuer_kind"];
    number: string;
    date: string;
    summary: string;
    by: number | null;
    at: Date;
  },
  recs: readonly { text: string; deadline: string | null; status: "open" | "resolved" | "not_resolved" }[],
) {
  const conclusion = await db
    .insertInto("earlier_conclusions")
    .values({
      unit_id: c.unitId,
      issuer: c.issuer,
      issuer_kind: c.issuerKind,
      number: c.number,
      date: c.date,
      summary: c.summary,
      imported_by: c.by,
      imported_at: c.at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  const recommendations =
    recs.length === 0
      ? []
      : await db
          .insertInto("earlier_recommendations")
          .values(
            recs.map((r, i) => ({
              conclusion_id: conclusion.id,
              unit_id: c.unitId,
              position: i + 1,
              text: r.text,
              deadline: r.deadline,
              status: r.status,
            })),
          )
          .returningAll()
          .execute();
  return { conclusion, recommendations };
}

/** Serializes imports: two commits of the same file at once would otherwise both pass the duplicate check. */
export async function lockEarlierImport(db: Db): Promise<void> {
  await sql`lock table earlier_conclusions in share row exclusive mode`.execute(db);
}
