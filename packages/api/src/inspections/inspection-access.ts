import { type Permission, scopeRoots, type VisibilityFacts, visibleInspections } from "@par/domain";
import type { SessionUser } from "../auth/sessions";
import type { Db } from "../db/database";
import {
  findInspectionRow,
  type InspectionFilter,
  type InspectionListRow,
  listInspectionRows,
} from "../db/inspection.repository";
import { subtreeIds } from "../db/unit.repository";
import { ancestorPaths } from "../db/unit-tree.repository";
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
 * R5, the one gate every read of inspections goes through: rows → the domain's visibleInspections.
 * Callers count, group and return only what this returns.
 */
export async function visibleRows<T extends VisibilityRow>(r: Reader, rows: readonly T[]): Promise<T[]> {
  if (rows.length === 0) return [];
  const factsOf = await visibilityFactsOf(r, rows);
  const viewerFor = viewerCache(r.db, r.user);
  const today = vietnamDate(r.now);
  const byTemplate = new Map<string, T[]>();
  for (const row of rows) byTemplate.set(row.template_id, [...(byTemplate.get(row.template_id) ?? []), row]);
  const keep = new Set<T>();
  for (const [templateId, group] of byTemplate) {
    const viewer = await viewerFor(templateId);
    const facts = group.map((row) => ({ row, ...factsOf(row) }));
    for (const f of visibleInspections(viewer, facts, today)) keep.add(f.row);
  }
  return rows.filter((row) => keep.has(row));
}

/** The target units a reader may ask about with `permission`: undefined = every unit. */
export async function scopeUnitIds(
  r: Reader,
  permission: Permission,
): Promise<readonly number[] | undefined> {
  const roots = scopeRoots(r.user.assignments, permission);
  return roots === "all" ? undefined : subtreeIds(r.db, roots);
}

/** Inspections the reader may see under `filter`, already filtered by scope and R5. */
export async function readInspections(r: Reader, filter: InspectionFilter): Promise<InspectionListRow[]> {
  const scope = await scopeUnitIds(r, "inspections.read");
  let unitIds = filter.unitIds;
  if (scope) {
    const inScope = new Set(scope);
    unitIds = unitIds ? unitIds.filter((id) => inScope.has(id)) : scope;
  }
  return visibleRows(r, await listInspectionRows(r.db, { ...filter, ...(unitIds ? { unitIds } : {}) }));
}

/** One inspection the reader may see; an invisible one is "not found", exactly like a missing one. */
export async function readInspection(r: Reader, id: number, field = "id"): Promise<InspectionListRow> {
  const row = await findInspectionRow(r.db, id);
  if (!row) inspectionNotFound(field);
  const [visible] = await visibleRows(r, [row]);
  if (!visible) inspectionNotFound(field);
  return visible;
}

/** Whether one stored row is visible: for reads that reach an inspection through another entity. */
export async function canSeeRow(r: Reader, row: Parameters<typeof visibleRows>[1][number]): Promise<boolean> {
  return (await visibleRows(r, [row])).length === 1;
}
