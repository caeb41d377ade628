import type { InspectionForm, InspectionStatus, RecommendationStatus } from "@par/domain";
import type { Updateable } from "kysely";
import { anyInt } from "./any-array";
import type { ConclusionRow, Db, RecommendationRow, RecommendationsTable } from "./database";
import { visibleInspectionIdQuery } from "./inspection.repository";
import type { TemplateSpec } from "./visibility.predicate";

export async function findConclusion(db: Db, inspectionId: number): Promise<ConclusionRow | undefined> {
  return db
    .selectFrom("conclusions")
    .selectAll()
    .where("inspection_id", "=", inspectionId)
    .executeTakeFirst();
}

export async function insertConclusion(
  db: Db,
  c: { inspectionId: number; number: string; date: string; summary: string; by: number | null; at: Date },
): Promise<ConclusionRow> {
  return db
    .insertInto("conclusions")
    .values({
      inspection_id: c.inspectionId,
      number: c.number,
      date: c.date,
      summary: c.summary,
      created_by: c.by,
      created_at: c.at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function insertRecommendations(
  db: Db,
  r: { inspectionId: number; conclusionId: number; unitId: number; isDemo?: boolean },
  items: readonly { text: string; deadline: string }[],
): Promise<RecommendationRow[]> {
  if (items.length === 0) return [];
  return db
    .insertInto("recommendations")
    .values(
      items.map((item, i) => ({
        inspection_id: r.inspectionId,
        conclusion_id: r.conclusionId,
        unit_id: r.unitId,
        position: i + 1,
        text: item.text,
        deadline: item.deadline,
        is_demo: r.isDemo ?? false,
      })),
    )
    .returningAll()
    .execute();
}

/** A recommendation with what the visibility rule and the screens need of its inspection and conclusion. */
export interface RecommendationListRow extends RecommendationRow {
  form: InspectionForm;
  inspection_status: InspectionStatus;
  lead_body: string;
  start_date: string;
  year: number;
  template_id: string;
  unit_name: string;
  conclusion_number: string;
  conclusion_date: string;
  /** The answering unit's stored path: read by the list pages only. */
  unit_path?: number[];
}

export interface RecommendationFilter {
  id?: number;
  inspectionId?: number;
  inspectionIds?: readonly number[];
  unitIds?: readonly number[];
  status?: RecommendationStatus;
  statuses?: readonly RecommendationStatus[];
  year?: number;
  beforeYear?: number;
  /** Only recommendations of inspections the caller may see (R5 and scope, the shared predicate in SQL). */
  visibleTo?: readonly TemplateSpec[];
}

export async function listRecommendationRows(
  db: Db,
  f: RecommendationFilter,
): Promise<RecommendationListRow[]> {
  let q = db
    .selectFrom("recommendations as r")
    .innerJoin("inspections as i", "i.id", "r.inspection_id")
    .innerJoin("plans as p", "p.id", "i.plan_id")
    .innerJoin("org_units as u", "u.id", "r.unit_id")
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
    ])
    .orderBy("r.deadline")
    .orderBy("r.id");
  if (f.id !== undefined) q = q.where("r.id", "=", f.id);
  if (f.inspectionId !== undefined) q = q.where("r.inspection_id", "=", f.inspectionId);
  if (f.inspectionIds) {
    if (f.inspectionIds.length === 0) return [];
    q = q.where("r.inspection_id", "=", anyInt(f.inspectionIds));
  }
  if (f.unitIds) {
    if (f.unitIds.length === 0) return [];
    q = q.where("r.unit_id", "=", anyInt(f.unitIds));
  }
  if (f.status) q = q.where("r.status", "=", f.status);
  if (f.statuses) q = q.where("r.status", "in", f.statuses);
  if (f.year !== undefined) q = q.where("p.year", "=", f.year);
  if (f.beforeYear !== undefined) q = q.where("p.year", "<", f.beforeYear);
  if (f.visibleTo) q = q.where("r.inspection_id", "in", visibleInspectionIdQuery(db, f.visibleTo));
  return (await q.execute()) as RecommendationListRow[];
}

export async function lockRecommendation(db: Db, id: number): Promise<void> {
  await db.selectFrom("recommendations").select("id").where("id", "=", id).forUpdate().execute();
}

export async function updateRecommendation(
  db: Db,
  id: number,
  patch: Updateable<RecommendationsTable>,
): Promise<RecommendationRow> {
  return db
    .updateTable("recommendations")
    .set(patch)
    .where("id", "=", id)
    .returningAll()
    .executeTakeFirstOrThrow();
}
