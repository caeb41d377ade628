import { z } from "zod";
import type { RoleAssignment } from "../access/scope";
import { idField, yearField } from "../schemas/fields";
import {
  kindOf,
  maySendFor,
  REPORT_KIND_CODES,
  REPORT_KINDS,
  REPORT_PERIODS,
  type ReportBody,
  type ReportKind,
  type ReportKindDef,
  type ReportPeriod,
} from "./report-duties";

/** One report a body owes in a year: what, for which period, by when. */
export interface OwedReport {
  bodyUnitId: number;
  kind: ReportKind;
  period: ReportPeriod;
  dueDate: string;
}

/**
 * The reports the signed-in user sends for their body this year (the portal's "reports we owe"):
 * every (kind, period) of every body the user may mark sent (maySendFor), with its due date, in the
 * order of REPORT_KINDS and the periods. A body owes at most a handful a year, so the list is short.
 */
export function reportsOwedBy(
  assignments: readonly RoleAssignment[],
  bodies: readonly ReportBody[],
  dueDates: readonly { kind: ReportKind; period: ReportPeriod; dueDate: string }[],
): OwedReport[] {
  return bodies.flatMap((body) =>
    REPORT_KINDS.filter((k) => maySendFor(assignments, k, body)).flatMap((k) =>
      k.periods.map((period) => ({
        bodyUnitId: body.unitId,
        kind: k.code,
        period,
        // reportDueDates gives every (kind, period) of the year.
        dueDate: dueDates.find((d) => d.kind === k.code && d.period === period)!.dueDate,
      })),
    ),
  );
}

/** Not sent and the due date (a Vietnamese calendar day) has passed. Sent late is no longer overdue. */
export function isReportOverdue(dueDate: string, sent: boolean, today: string): boolean {
  return !sent && dueDate < today;
}

/**
 * Who may read a sent report's file: the body itself (whoever may mark it sent), and the province that
 * receives it — Sở Nội vụ (province_admin, it consolidates), Văn phòng UBND tỉnh (province_office,
 * reports reach the Chairman through it) and the province's leadership (leader). Never another body:
 * a sector department's inspector or a district's clerk reads only its own (the caller checks the
 * province of the body).
 */
export const SENT_REPORT_RECEIVERS = ["province_admin", "province_office", "leader"] as const;

export function mayReadSentReport(
  assignments: readonly RoleAssignment[],
  kind: ReportKindDef,
  body: ReportBody,
): boolean {
  return (
    maySendFor(assignments, kind, body) ||
    assignments.some((a) => (SENT_REPORT_RECEIVERS as readonly string[]).includes(a.role))
  );
}

/** The download of a sent report's file: /files/reports/sent/:bodyUnitId/:kind/:year/:period. */
export const SentReportFileParams = z.object({
  bodyUnitId: z.coerce
    .number({ error: "Cơ quan báo cáo: phải là số / Reporting body: must be a number" })
    .pipe(idField("bodyUnitId", "Cơ quan báo cáo", "Reporting body")),
  kind: z.enum(REPORT_KIND_CODES, { error: "Loại báo cáo không hợp lệ / Invalid report kind" }),
  year: z.coerce
    .number({ error: "Năm: phải là số / Year: must be a number" })
    .pipe(yearField("year", "Năm", "Year")),
  period: z.enum(REPORT_PERIODS, { error: "Kỳ báo cáo không hợp lệ / Invalid report period" }),
});
export type SentReportFileParams = z.infer<typeof SentReportFileParams>;

/** The link the admin app and the portal give to a sent report's file. */
export const sentReportFileUrl = (p: SentReportFileParams) =>
  `/files/reports/sent/${p.bodyUnitId}/${p.kind}/${p.year}/${p.period}`;

/**
 * A report the province itself owes — Sở Nội vụ's to the Chairman and the Ministry, sent by the
 * province's own accounts (province_admin), bound to no unit: its reminders go to the province's own
 * inbox (PROVINCE_RECIPIENTS.province_report_due), not to a unit's, where nobody would read them.
 */
export function owedByProvinceAccounts(kind: ReportKindDef): boolean {
  return "leadBodyKind" in kind.body && kind.body.leadBodyKind === "home_affairs";
}

/** The admin app's page of one report's duties, as a reminder links it (Sở Nội vụ's, the office's). */
export const reportDutiesUrl = (year: number, kind: ReportKind, period: ReportPeriod) =>
  `/admin/report-duties?year=${year}&kind=${kind}&period=${period}`;

/**
 * What that page opens on, from its query (`?year=…&kind=…&period=…`): null unless the kind is known
 * and has that period; the year only when it is one (2000–2100), else the page keeps its own.
 */
export function reportDutiesPick(
  search: string,
): { year: number | null; kind: ReportKind; period: ReportPeriod } | null {
  const params = new Map(
    search
      .replace(/^\?/, "")
      .split("&")
      .map((p) => p.split("=") as [string, string | undefined]),
  );
  const kind = REPORT_KIND_CODES.find((c) => c === params.get("kind"));
  const period = REPORT_PERIODS.find((p) => p === params.get("period"));
  if (!kind || !period || !(kindOf(kind).periods as readonly string[]).includes(period)) return null;
  const year = Number(params.get("year"));
  return { kind, period, year: Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : null };
}
