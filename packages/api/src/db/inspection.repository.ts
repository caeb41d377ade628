import type { InspectionForm, InspectionStatus } from "@par/domain";
import type { Db, InspectionPatch, InspectionRow, NewInspection } from "./database";

/** An inspection with its plan year and template, and its target unit's register facts. */
export interface InspectionListRow extends InspectionRow {
  year: number;
  template_id: string;
  /** The plan's status: an announced inspection reaches its unit only under an approved plan (R5). */
  plan_status: "draft" | "approved";
  unit_code: string;
  unit_name: string;
  unit_kind: string;
  unit_tier: string | null;
  unit_search_name: string;
}

export interface InspectionFilter {
  ids?: readonly number[];
  planId?: number;
  year?: number;
  /** Target units among these (a scope's subtree); undefined = any. */
  unitIds?: readonly number[];
  status?: InspectionStatus;
  form?: InspectionForm;
  /** Overlapping [from, to]. */
  from?: string;
  to?: string;
}

function base(db: Db) {
  return db
    .selectFrom("inspections as i")
    .innerJoin("plans as p", "p.id", "i.plan_id")
    .innerJoin("org_units as u", "u.id", "i.target_unit_id")
    .selectAll("i")
    .select([
      "p.year",
      "p.template_id",
      "p.status as plan_status",
      "u.code as unit_code",
      "u.name as unit_name",
      "u.kind as unit_kind",
      "u.tier as unit_tier",
      "u.search_name as unit_search_name",
    ]);
}

/** Rows only: every caller filters them by visibility (R5) before counting or returning anything. */
export async function listInspectionRows(db: Db, f: InspectionFilter): Promise<InspectionListRow[]> {
  let q = base(db).orderBy("i.start_date").orderBy("i.id");
  if (f.ids) {
    if (f.ids.length === 0) return [];
    q = q.where("i.id", "in", f.ids);
  }
  if (f.planId !== undefined) q = q.where("i.plan_id", "=", f.planId);
  if (f.year !== undefined) q = q.where("p.year", "=", f.year);
  if (f.unitIds) {
    if (f.unitIds.length === 0) return [];
    q = q.where("i.target_unit_id", "in", f.unitIds);
  }
  if (f.status) q = q.where("i.status", "=", f.status);
  if (f.form) q = q.where("i.form", "=", f.form);
  if (f.from) q = q.where("i.end_date", ">=", f.from);
  if (f.to) q = q.where("i.start_date", "<=", f.to);
  return (await q.execute()) as InspectionListRow[];
}

export async function findInspectionRow(db: Db, id: number): Promise<InspectionListRow | undefined> {
  return (await base(db).where("i.id", "=", id).executeTakeFirst()) as InspectionListRow | undefined;
}

/** Locks the row for a state change, so two clicks cannot both move it. */
export async function lockInspection(db: Db, id: number): Promise<void> {
  await db.selectFrom("inspections").select("id").where("id", "=", id).forUpdate().execute();
}

export async function insertInspection(db: Db, row: NewInspection): Promise<InspectionRow> {
  return db.insertInto("inspections").values(row).returningAll().executeTakeFirstOrThrow();
}

export async function updateInspection(db: Db, id: number, patch: InspectionPatch): Promise<InspectionRow> {
  return db
    .updateTable("inspections")
    .set(patch)
    .where("id", "=", id)
    .returningAll()
    .executeTakeFirstOrThrow();
}
