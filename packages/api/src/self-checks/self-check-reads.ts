import {
  buildChecklist,
  checkSelfCheckWritable,
  hasGoneOut,
  type Page,
  type ReviewComment,
  type ReviewState,
  type SelfChecksPageInput,
  stepsFor,
} from "@par/domain";
import type { Request } from "../access/request";
import type { Db } from "../db/database";
import type { InspectionListRow } from "../db/inspection.repository";
import { toPage } from "../db/keyset";
import { decodeKeyCursor } from "../db/keyset-key";
import { totalOf } from "../db/page-total";
import {
  findSelfCheck,
  pageSelfCheckRows,
  selfCheckEvidence,
  selfCheckItems,
} from "../db/self-check.repository";
import { ancestorPath } from "../db/unit.repository";
import { hasActiveHead } from "../db/unit-head.repository";
import { toEvidenceDto } from "../files/evidence";
import { readInspection, visibilityOf } from "../inspections/inspection-access";
import { templateOf } from "../inspections/viewer";
import { selfCheckActorsOn } from "./self-check-actors";

const reader = (q: Request, db: Db = q.db) => ({ db, user: q.user, now: q.now });

/** The checklist item codes and titles of an inspection's scope: what the unit rates itself on. */
export function checklistOf(row: InspectionListRow) {
  const checklist = buildChecklist(templateOf(row.template_id), row.areas, row.follow_up, row.year);
  return checklist.areas.flatMap((a) =>
    a.items.map((i) => ({ code: i.code, area: a.code, areaVi: a.vi, areaEn: a.en, vi: i.vi, en: i.en })),
  );
}

/**
 * selfChecks.get: an announced inspection's report with its checklist, ratings, the unit's evidence and
 * the steps the caller may take. The inspection is read through R5 first: a surprise before its start,
 * or a draft, is "not found" to its unit, exactly like a missing id.
 */
export async function getSelfCheck(q: Request, inspectionId: number, db: Db = q.db) {
  const row = await readInspection(reader(q, db), inspectionId, "inspectionId");
  const writable = checkSelfCheckWritable(row.form, row.status);
  const report = row.form === "announced" ? await findSelfCheck(db, row.id) : undefined;
  const state: ReviewState = report?.review_state ?? "draft";
  const path = await ancestorPath(db, row.target_unit_id);
  const actors = selfCheckActorsOn(q.user, path);
  // The unit edits and signs only before the visit; the team decides on what the head sent, any time.
  const steps = actors
    .filter((a) => a === "verifier" || writable.ok)
    .flatMap((a) => stepsFor(state, a))
    .filter(() => row.form === "announced");
  // The unit's own work stays the unit's until its head has sent it: the team sees ratings and files
  // only once the report has gone out (hasGoneOut), never a draft or a report awaiting the head.
  const ofTheUnit = actors.includes("clerk") || actors.includes("head");
  const shown = report !== undefined && (ofTheUnit || hasGoneOut(state));
  const [items, files] = shown
    ? await Promise.all([selfCheckItems(db, report.id), selfCheckEvidence(db, row.id)])
    : [[], []];
  return {
    inspection: {
      id: row.id,
      form: row.form,
      status: row.status,
      startDate: row.start_date,
      endDate: row.end_date,
      unitName: row.unit_name,
      leadBody: row.lead_body,
    },
    applies: row.form === "announced",
    writable: writable.ok,
    state,
    started: report !== undefined,
    comments: (report?.review_comments ?? []) as ReviewComment[],
    submittedAt: report?.submitted_at ?? null,
    approvedAt: report?.approved_at ?? null,
    /** Someone may sign for the unit; without, the clerk's submit sends it directly (DIRECT_SEND_NOTE). */
    unitHasHead: await hasActiveHead(db, path),
    /** It went out signed by the clerk: the unit had no head account then. */
    sentDirectly: report?.approved_by != null && report.approved_by === report.submitted_by,
    checklist: row.form === "announced" ? checklistOf(row) : [],
    items: items.map((i) => ({
      itemCode: i.item_code,
      rating: i.rating,
      note: i.note,
      justification: i.justification,
    })),
    evidence: files.map((f) => ({ ...toEvidenceDto(f), itemCode: f.item_code.slice(2) })),
    steps,
  };
}

export type SelfCheckDto = Awaited<ReturnType<typeof getSelfCheck>>;

/** selfChecks.page: announced inspections of the caller's units with the report's state, by start date. */
export async function pageSelfChecks(q: Request, f: SelfChecksPageInput): Promise<Page<SelfCheckListDto>> {
  const after = decodeKeyCursor(f.cursor, "string");
  const rows = await pageSelfCheckRows(q.db, {
    visibleTo: await visibilityOf(reader(q)),
    ...(after ? { after: { startDate: after.key, id: after.id } } : { withTotal: true }),
    limit: f.limit + 1,
  });
  return toPage(
    rows,
    f.limit,
    (r) => [r.start_date, r.inspection_id],
    (r) => ({
      inspectionId: r.inspection_id,
      startDate: r.start_date,
      endDate: r.end_date,
      status: r.status,
      leadBody: r.lead_body,
      unitName: r.unit_name,
      year: r.year,
      state: r.review_state,
    }),
    totalOf(rows, !after),
  );
}

export interface SelfCheckListDto {
  inspectionId: number;
  startDate: string;
  endDate: string;
  status: string;
  leadBody: string;
  unitName: string;
  year: number;
  state: ReviewState | null;
}
