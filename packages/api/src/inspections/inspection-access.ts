import { type Permission, scopeRoots, TEMPLATE_IDS, type VisibilityFacts, visibilitySpec } from "@par/domain";
import type { SessionUser } from "../auth/sessions";
import type { Db } from "../db/database";
import {
  findInspectionRow,
  type InspectionFilter,
  type InspectionListRow,
  listInspectionRows,
  visibleInspectionIds,
} from "../db/inspection.repository";
import { subtreeIds } from "../db/unit.repository";
import { ancestorPaths } from "../db/unit-tree.repository";
import type { TemplateSpec } from "../db/visibility.predicate";
import { fail } from "../errors";
import { vietnamDate } from "../time";
import { viewerCache } from "./viewer";

export interface Reader {
  db: Db;
  user: SessionUser;
  now: Date;
}

export function inspectionNotFound(field = "id"): never {
  fail("INSPECTION.NOT_FOUND", "Không tìm thấy cuộc kiểm tra / Inspection not found", field);
}

/** What R5 reads of a stored inspection (rows of inspections, recommendations, …). */
export interface VisibilityRow {
  form: InspectionListRow["form"];
  status: InspectionListRow["status"];
  target_unit_id: number;
  lead_body: string;
  start_date: string;
  template_id: string;
  /** Absent (rows of started inspections only): treated as not approved, which errs toward secrecy. */
  plan_status?: InspectionListRow["plan_status"];
}

/** The domain's visibility facts of rows, with their target units' ancestor paths read in one query. */
export async function visibilityFactsOf<T extends VisibilityRow>(
  r: Reader,
  rows: readonly T[],
): Promise<(row: T) => VisibilityFacts> {
  const paths = await ancestorPaths(
    r.db,
    rows.map((x) => x.target_unit_id),
  );
  return (row) => ({
    form: row.form,
    status: row.status,
    targetPath: paths.get(row.target_unit_id) ?? [row.target_unit_id],
    leadBody: row.lead_body,
    startDate: row.start_date,
    planApproved: row.plan_status === "approved",
  });
}

/**
 * R5 and the read scope as data, one spec per plan template (a sector inspector's lead body is read
 * from the template): what the shared SQL predicate `visibleInspection` translates.
 */
export async function visibilityOf(r: Reader): Promise<TemplateSpec[]> {
  const viewerFor = viewerCache(r.db, r.user);
  const today = vietnamDate(r.now);
  return Promise.all(
    TEMPLATE_IDS.map(async (templateId) => ({
      templateId,
      spec: visibilitySpec(await viewerFor(templateId), today),
    })),
  );
}

/** The target units a reader may ask about with `permission`: undefined = every unit. */
export async function scopeUnitIds(
  r: Reader,
  permission: Permission,
): Promise<readonly number[] | undefined> {
  const roots = scopeRoots(r.user.assignments, permission);
  return roots === "all" ? undefined : subtreeIds(r.db, roots);
}

/** Inspections the reader may see under `filter`: scope and R5 in the query itself. */
export async function readInspections(r: Reader, filter: InspectionFilter): Promise<InspectionListRow[]> {
  return listInspectionRows(r.db, { ...filter, visibleTo: await visibilityOf(r) });
}

/** One inspection the reader may see; an invisible one is "not found", exactly like a missing one. */
export async function readInspection(r: Reader, id: number, field = "id"): Promise<InspectionListRow> {
  const row = await findInspectionRow(r.db, id, await visibilityOf(r));
  if (!row) inspectionNotFound(field);
  return row;
}

/** Whether one stored inspection is visible: for reads that reach it through another entity. */
export async function canSeeRow(r: Reader, row: { id: number }): Promise<boolean> {
  return (await visibleInspectionIds(r.db, [row.id], await visibilityOf(r))).has(row.id);
}
