import { sql } from "kysely";
import type { Db } from "./database";

export interface ParFigureCounts {
  recommendations_due: number;
  recommendations_on_time: number;
  camera_reviews: number;
  camera_violations: number;
  province_inspections: number;
  province_findings_failed: number;
}

/**
 * The unit's own figures for the PAR index, one aggregate statement: recommendations due in the year
 * (by `today`) to the unit and its subtree and those resolved by their deadline; camera reviews and
 * violations of its one-stop shops in the year; the province's inspections of the unit concluded in
 * the year and their failed items. Only concluded or closed inspections count — all of them started,
 * so no surprise inspection is ever counted before it begins (R5).
 */
export async function parFigureCounts(
  db: Db,
  unitId: number,
  year: number,
  today: string,
): Promise<ParFigureCounts> {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const sub = sql`(select id from org_units where path && array[${unitId}::int])`;
  const { rows } = await sql<Record<keyof ParFigureCounts, string>>`
    select
      (select count(*) from recommendations r where r.unit_id in ${sub}
         and r.deadline between ${from}::date and least(${to}::date, ${today}::date)) as recommendations_due,
      (select count(*) from recommendations r where r.unit_id in ${sub}
         and r.deadline between ${from}::date and least(${to}::date, ${today}::date)
         and r.status = 'resolved' and r.responded_on <= r.deadline) as recommendations_on_time,
      (select count(*) from camera_reviews c where c.unit_id in ${sub}
         and c.created_at >= ${from}::date and c.created_at < ${to}::date + 1) as camera_reviews,
      (select count(*) from camera_reviews c where c.unit_id in ${sub} and c.verdict = 'violation'
         and c.created_at >= ${from}::date and c.created_at < ${to}::date + 1) as camera_violations,
      (select count(*) from inspections i where i.target_unit_id = ${unitId}
         and i.status in ('concluded', 'closed') and i.start_date between ${from}::date and ${to}::date) as province_inspections,
      (select count(*) from findings f join inspections i on i.id = f.inspection_id
         where i.target_unit_id = ${unitId} and i.status in ('concluded', 'closed')
         and i.start_date between ${from}::date and ${to}::date and f.rating = 'chua_dat') as province_findings_failed`.execute(
    db,
  );
  const r = rows[0]!;
  return Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Number(v)])) as unknown as ParFigureCounts;
}
