import {
  actOnSpec,
  canSeeConflict,
  type ListConflictsInput,
  type Page,
  SCHEDULE_CONFLICT_KIND_LABELS,
  TEMPLATE_IDS,
  visibilitySpec,
} from "@par/domain";
import type { Request } from "../access/request";
import type { ConflictRow } from "../db/conflict.repository";
import { type ConflictSpec, countConflictRows, pageConflictRows } from "../db/conflict-page.repository";
import type { Db } from "../db/database";
import { type InspectionListRow, listInspectionRows } from "../db/inspection.repository";
import { toPage } from "../db/keyset";
import { decodeKeyCursor } from "../db/keyset-key";
import { fail } from "../errors";
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

/** The caller's visibility spec and act-on rights per plan template: what the conflict list's SQL reads. */
async function conflictSpecsOf(q: Request): Promise<ConflictSpec[]> {
  const viewerFor = viewerCache(q.db, q.user);
  const today = vietnamDate(q.now);
  return Promise.all(
    TEMPLATE_IDS.map(async (templateId) => {
      const viewer = await viewerFor(templateId);
      return { templateId, spec: visibilitySpec(viewer, today), actOn: actOnSpec(viewer) };
    }),
  );
}

/** A conflict list's cursor: the last row's detection time (ISO) and id; anything else is bad input. */
function conflictCursor(cursor: string | null | undefined) {
  const c = decodeKeyCursor(cursor, "string");
  if (c === null) return null;
  // Only what toISOString wrote: a looser string Date.parse accepts could still fail in SQL.
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(c.key) || Number.isNaN(Date.parse(c.key)))
    fail("INPUT.BAD_CURSOR", "Con trỏ trang không hợp lệ / Page cursor is invalid", "cursor");
  return { detectedAt: c.key, id: c.id };
}

/**
 * conflicts.list: open ones (or all), newest first, one keyset page of those the caller may see —
 * canSeeConflict decided in the query — with the count on the first page (the navbar badge shows it).
 */
export async function listConflicts(q: Request, input: ListConflictsInput): Promise<Page<ConflictDto>> {
  const before = conflictCursor(input.cursor);
  const filter = { includeResolved: input.includeResolved, seenBy: await conflictSpecsOf(q) };
  const rows = await pageConflictRows(q.db, {
    ...filter,
    ...(before ? { before } : {}),
    limit: input.limit + 1,
  });
  const page = rows.slice(0, input.limit);
  const ids = [...new Set(page.flatMap((c) => [c.inspection_id, c.hidden_inspection_id]))];
  const inspections = new Map((await listInspectionRows(q.db, { ids })).map((i) => [i.id, i]));
  const total = before ? undefined : await countConflictRows(q.db, filter);
  return toPage(
    rows,
    input.limit,
    (r) => [r.detected_at.toISOString(), r.id],
    (row) =>
      toDto({
        row,
        inspection: inspections.get(row.inspection_id) as InspectionListRow,
        hidden: inspections.get(row.hidden_inspection_id) as InspectionListRow,
      }),
    total,
  );
}
