import type { RoleAssignment } from "../access/scope";
import { maySendFor, owes, type ReportBody, type ReportKindDef } from "./report-duties";

/**
 * The reports the system drafts for a body other than Sở Nội vụ (plan IV.2, IV.3): Văn phòng UBND
 * tỉnh's report on the TTHC-control inspections it led, and each sector department's report on the
 * inspections in its field. Drawn from the inspections the body led in the year; the body checks,
 * completes and signs it, then sends it (or uploads its own).
 */
export const DRAFTED_BODY_REPORTS = ["tthc_control", "sector_field"] as const;

/** Whether the system drafts this kind of report for its body (a Word file to complete and sign). */
export const isDraftedBodyReport = (kind: string): boolean =>
  (DRAFTED_BODY_REPORTS as readonly string[]).includes(kind);

/** Where a body's drafted report is downloaded. */
export const bodyReportUrl = (r: { year: number; bodyUnitId: number }) =>
  `/files/docs/plans/${r.year}/bodies/${r.bodyUnitId}/report.docx`;

/** Who consolidates or reads every body's reports: they may draw any body's draft too. */
const READERS_OF_EVERY_BODY = ["province_admin", "leader", "national_reader"] as const;

/** The body itself (as `maySendFor`), or Sở Nội vụ and the province's and the nation's readers. */
export function mayDraftReportOf(
  assignments: readonly RoleAssignment[],
  kind: ReportKindDef,
  body: ReportBody,
): boolean {
  if (!owes(kind, body)) return false;
  return (
    maySendFor(assignments, kind, body) ||
    assignments.some((a) => (READERS_OF_EVERY_BODY as readonly string[]).includes(a.role))
  );
}
