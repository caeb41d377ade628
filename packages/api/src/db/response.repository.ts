import type { ReviewState } from "@par/domain";
import { sql } from "kysely";
import { anyInt } from "./any-array";
import type { RecommendationListRow } from "./conclusion.repository";
import type { Db } from "./database";
import { TOTAL_ROWS } from "./page-total";
import { type TemplateSpec, visibleInspection } from "./visibility.predicate";

/** A recommendation with what the portal shows beside it: who submitted and who approved the response. */
export type ResponseRow = RecommendationListRow & {
  submitter_name: string | null;
  approver_name: string | null;
  evidence_count: number;
};

export interface ResponsePageFilter {
  /** Scope and R5 in SQL: only recommendations of inspections the reader may see. */
  visibleTo: readonly TemplateSpec[];
  /** The subtree the list is narrowed to (a unit picked on screen); undefined = the whole scope. */
  unitIds?: readonly number[];
  /** "none": nothing drafted in the portal yet. */
  state?: ReviewState | "none";
  openOnly?: boolean;
  recommendationId?: number;
  after?: { deadline: string; id: number };
  /** First page: also the filtered list's size (TOTAL_ROWS). */
  withTotal?: boolean;
  limit: number;
}

/** Recommendations with their inspection, plan, units, conclusion and people, visible to the reader only. */
function visibleResponses(db: Db, visibleTo: readonly TemplateSpec[]) {
  return db
    .selectFrom("recommendations as r")
    .innerJoin("inspections as i", "i.id", "r.inspection_id")
    .innerJoin("plans as p", "p.id", "i.plan_id")
    .innerJoin("org_units as u", "u.id", "i.target_unit_id")
    .innerJoin("org_units as ru", "ru.id", "r.unit_id")
    .innerJoin("conclusions as c", "c.id", "r.conclusion_id")
    .leftJoin("users as us", "us.id", "r.submitted_by")
    .leftJoin("users as ua", "ua.id", "r.approved_by")
    .selectAll("r")
    .select([
      "i.form",
      "i.status as inspection_status",
      "i.lead_body",
      "i.start_date",
      "p.year",
      "p.template_id",
      "ru.name as unit_name",
      "c.number as conclusion_number",
      "c.date as conclusion_date",
      "us.display_name as submitter_name",
      "ua.display_name as approver_name",
      sql<number>`coalesce(jsonb_array_length(r.evidence), 0)`.as("evidence_count"),
    ])
    .where(visibleInspection(visibleTo));
}

/**
 * One page of recommendations by (deadline, id), scope and secrecy in the query, evidence counted
 * in the same statement: one query per page whatever the register holds.
 */
export async function pageResponseRows(
  db: Db,
  f: ResponsePageFilter,
): Promise<(ResponseRow & { total_rows?: string })[]> {
  let q = visibleResponses(db, f.visibleTo)
    .$if(f.withTotal === true, (qb) => qb.select(TOTAL_ROWS))
    .orderBy("r.deadline")
    .orderBy("r.id")
    .limit(f.limit);
  if (f.unitIds) {
    if (f.unitIds.length === 0) return [];
    q = q.where("r.unit_id", "=", anyInt(f.unitIds));
  }
  if (f.state === "none") q = q.where("r.review_state", "is", null);
  else if (f.state) q = q.where("r.review_state", "=", f.state);
  if (f.openOnly) q = q.where("r.status", "<>", "resolved");
  if (f.recommendationId !== undefined) q = q.where("r.id", "=", f.recommendationId);
  if (f.after) q = q.where(sql<boolean>`(r.deadline, r.id) > (${f.after.deadline}::date, ${f.after.id})`);
  return (await q.execute()) as ResponseRow[];
}

/** One recommendation, locked for a review step, when the reader may see its inspection. */
export async function findResponseRow(
  db: Db,
  id: number,
  visibleTo: readonly TemplateSpec[],
): Promise<ResponseRow | undefined> {
  await db.selectFrom("recommendations").select("id").where("id", "=", id).forUpdate().execute();
  return (await visibleResponses(db, visibleTo).where("r.id", "=", id).executeTakeFirst()) as
    | ResponseRow
    | undefined;
}
