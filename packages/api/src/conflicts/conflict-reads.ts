import { canSeeConflict, type ListConflictsInput, SCHEDULE_CONFLICT_KIND_LABELS } from "@par/domain";
import type { Request } from "../access/request";
import { type ConflictRow, listConflictRows } from "../db/conflict.repository";
import type { Db } from "../db/database";
import { type InspectionListRow, listInspectionRows } from "../db/inspection.repository";
import { visibilityFactsOf } from "../inspections/inspection-access";
import { type InspectionSummary, toInspectionSummary } from "../inspections/inspection-dto";
import { viewerCache } from "../inspections/viewer";
import { vietnamDate } from "../time";

export interface ConflictDto {
  id: number;
  kind: ConflictRow["kind"];
  kindLabel: { vi: string; en: string };
  member: string | null;
  firstDay: string;
  /** The inspection whose change was saved without its author knowing of the other. */
  inspection: InspectionSummary;
  /** The inspection its author could not see (a secret surprise, …). */
  hidden: InspectionSummary;
  detectedAt: Date;
  detectedBy: string | null;
  resolvedAt: Date | null;
  resolvedBy: string | null;
  note: string | null;
}

/** The conflicts this caller may see: both inspections visible to it and the hidden one its to act on. */
export async function visibleConflicts(q: Request, db: Db, rows: readonly ConflictRow[]) {
  const ids = [...new Set(rows.flatMap((c) => [c.inspection_id, c.hidden_inspection_id]))];
  const inspections = new Map((await listInspectionRows(db, { ids })).map((i) => [i.id, i]));
  const reader = { db, user: q.user, now: q.now };
  const factsOf = await visibilityFactsOf(reader, [...inspections.values()]);
  const viewerFor = viewerCache(db, q.user);
  const today = vietnamDate(q.now);
  const out: { row: ConflictRow; inspection: InspectionListRow; hidden: InspectionListRow }[] = [];
  for (const row of rows) {
    const inspection = inspections.get(row.inspection_id);
    const hidden = inspections.get(row.hidden_inspection_id);
    if (!inspection || !hidden) continue;
    const viewer = await viewerFor(hidden.template_id);
    if (canSeeConflict(viewer, factsOf(inspection), factsOf(hidden), today))
      out.push({ row, inspection, hidden });
  }
  return out;
}

export const toDto = (c: { row: ConflictRow; inspection: InspectionListRow; hidden: InspectionListRow }) => ({
  id: c.row.id,
  kind: c.row.kind,
  kindLabel: SCHEDULE_CONFLICT_KIND_LABELS[c.row.kind],
  member: c.row.member,
  firstDay: c.row.first_day,
  inspection: toInspectionSummary(c.inspection, null),
  hidden: toInspectionSummary(c.hidden, null),
  detectedAt: c.row.detected_at,
  detectedBy: c.row.detected_by_name,
  resolvedAt: c.row.resolved_at,
  resolvedBy: c.row.resolved_by_name,
  note: c.row.note,
});

/** conflicts.list: open ones (or all), newest first, only those the caller may see. */
export async function listConflicts(q: Request, input: ListConflictsInput): Promise<ConflictDto[]> {
  const rows = await listConflictRows(q.db, { includeResolved: input.includeResolved });
  return (await visibleConflicts(q, q.db, rows)).map(toDto);
}
