import { OVERDUE_RULE, type RecommendationSort, type RecommendationStatus } from "@par/domain";
import { type SqlBool, sql } from "kysely";
import type { RecommendationListRow } from "./conclusion.repository";
import type { Db } from "./database";
import { type TemplateSpec, visibleInspection } from "./visibility.predicate";

export interface RecommendationPageFilter {
  /** Scope and R5 of the caller, in the query (the shared predicate over the recommendation's inspection). */
  visibleTo: readonly TemplateSpec[];
  /** Units at or below this one (through the stored path). */
  subtreeOf?: number;
  status?: RecommendationStatus;
  year?: number;
  /** Overdue (or not) on `today`: the domain's OVERDUE_RULE in SQL. */
  overdue?: boolean;
  today: string;
  sort: RecommendationSort;
  after?: { deadline: string; id: number };
  limit: number;
}

/** isRecommendationOverdue, translated: past the deadline, not resolved, and not answered in time. */
export function overdueSql(today: string) {
  return sql<SqlBool>`(r.status <> all(${sql`${[...OVERDUE_RULE.neverOverdue]}::text[]`})
    and r.deadline < ${today}::date
    and not (r.status = ${OVERDUE_RULE.answeredStatus} and r.responded_on is not null and r.responded_on <= r.deadline))`;
}

function filtered(db: Db, f: Omit<RecommendationPageFilter, "sort" | "after" | "limit">) {
  let q = db
    .selectFrom("recommendations as r")
    .innerJoin("inspections as i", "i.id", "r.inspection_id")
    .innerJoin("plans as p", "p.id", "i.plan_id")
    .innerJoin("org_units as u", "u.id", "i.target_unit_id")
    // The province on the recommendation itself: (province_id, deadline, id) then serves the page in order.
    .where(visibleInspection(f.visibleTo, "r.province_id"));
  if (f.subtreeOf !== undefined) q = q.where(sql<SqlBool>`u.path && array[${f.subtreeOf}]::int[]`);
  if (f.status) q = q.where("r.status", "=", f.status);
  if (f.year !== undefined) q = q.where("p.year", "=", f.year);
  if (f.overdue !== undefined)
    q = q.where(f.overdue ? overdueSql(f.today) : sql<SqlBool>`not ${overdueSql(f.today)}`);
  return q;
}

/** One keyset page of the recommendations the caller may see, in deadline order (then id). */
export async function pageRecommendationRows(
  db: Db,
  f: RecommendationPageFilter,
): Promise<RecommendationListRow[]> {
  const desc = f.sort === "-deadline";
  let q = filtered(db, f)
    .innerJoin("conclusions as c", "c.id", "r.conclusion_id")
    .selectAll("r")
    .select([
      "i.form",
      "i.status as inspection_status",
      "i.lead_body",
      "i.start_date",
      "p.year",
      "p.template_id",
      "u.name as unit_name",
      "c.number as conclusion_number",
      "c.date as conclusion_date",
      // The answering unit's path, for the unsent-answer shield: no second statement to fetch it.
      sql<number[]>`(select a.path from org_units a where a.id = r.unit_id)`.as("unit_path"),
    ])
    .orderBy("r.deadline", desc ? "desc" : "asc")
    .orderBy("r.id", desc ? "desc" : "asc")
    .limit(f.limit);
  if (f.after)
    q = q.where(
      desc
        ? sql<SqlBool>`(r.deadline, r.id) < (${f.after.deadline}::date, ${f.after.id})`
        : sql<SqlBool>`(r.deadline, r.id) > (${f.after.deadline}::date, ${f.after.id})`,
    );
  return (await q.execute()) as RecommendationListRow[];
}

/** How many the whole filtered list holds (the screen's count): one aggregate, same predicate. */
export async function countRecommendationRows(
  db: Db,
  f: Omit<RecommendationPageFilter, "sort" | "after" | "limit">,
): Promise<number> {
  const row = await filtered(db, f)
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
