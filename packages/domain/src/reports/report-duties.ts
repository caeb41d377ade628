import { z } from "zod";
import type { RoleAssignment } from "../access/scope";
import { dateField, idField, textField, yearField } from "../schemas/fields";
import type { LeadBodyKind } from "../templates/template-types";
import type { UnitKind } from "../units/unit-kinds";

/**
 * The reports each body owes (issue 11 §6; plan IV.1–IV.4), as data. A body is either the unit that
 * stands for a lead body of the year's template (Sở Nội vụ, Văn phòng UBND tỉnh, each sector
 * department) or every unit of some kinds (each department and district sends its CCHC report).
 * The plan sets no deadline ("theo quy định"): due dates are settings per year, these are defaults.
 */
export const REPORT_PERIODS = ["q1", "q2", "q3", "year"] as const;
export type ReportPeriod = (typeof REPORT_PERIODS)[number];

export const REPORT_PERIOD_LABELS = {
  q1: { vi: "Quý I", en: "Q1" },
  q2: { vi: "6 tháng", en: "Half year" },
  q3: { vi: "9 tháng", en: "Nine months" },
  year: { vi: "Năm", en: "Year" },
} as const satisfies Record<ReportPeriod, { vi: string; en: string }>;

export interface ReportKindDef {
  code: string;
  vi: string;
  en: string;
  /** Who owes it: the lead body of this kind, or every unit of these kinds. */
  body: { leadBodyKind: LeadBodyKind } | { unitKinds: readonly UnitKind[] };
  to: { vi: string; en: string };
  periods: readonly ReportPeriod[];
  /** Default due day of each period, "mm-dd" of the report's year. */
  due: Partial<Record<ReportPeriod, string>>;
  /** Where the system produces it (the body may send that file or upload its own). */
  generatedAt: string | null;
  plan: string;
}

export const REPORT_KINDS = [
  {
    code: "province_results",
    vi: "Báo cáo kết quả kiểm tra CCHC",
    en: "Report on the CCHC inspections",
    body: { leadBodyKind: "home_affairs" },
    to: { vi: "Chủ tịch UBND tỉnh, Bộ Nội vụ", en: "the Chairman, the Ministry of Home Affairs" },
    periods: ["year"],
    due: { year: "12-20" },
    generatedAt: "/admin/reports",
    plan: "IV.1",
  },
  {
    code: "tthc_control",
    vi: "Báo cáo kết quả kiểm tra công tác kiểm soát TTHC",
    en: "Report on the TTHC-control inspections",
    body: { leadBodyKind: "office" },
    to: { vi: "Chủ tịch UBND tỉnh, Văn phòng Chính phủ", en: "the Chairman, the Government Office" },
    periods: ["year"],
    due: { year: "12-20" },
    generatedAt: "/files/docs/plans/:year/bodies/:bodyUnitId/report.docx",
    plan: "IV.2",
  },
  {
    code: "sector_field",
    vi: "Báo cáo kết quả kiểm tra trong lĩnh vực",
    en: "Report on the inspections in the department's field",
    body: { leadBodyKind: "sector" },
    to: { vi: "Sở Nội vụ (tổng hợp)", en: "Sở Nội vụ (to consolidate)" },
    periods: ["year"],
    due: { year: "12-10" },
    generatedAt: "/files/docs/plans/:year/bodies/:bodyUnitId/report.docx",
    plan: "IV.3",
  },
  {
    code: "unit_cchc_section",
    vi: "Báo cáo CCHC – phần kết quả tự kiểm tra",
    en: "CCHC report – internal inspection section",
    body: { unitKinds: ["department", "agency", "district"] },
    to: {
      vi: "UBND tỉnh (qua Văn phòng UBND tỉnh và Sở Nội vụ)",
      en: "the People's Committee (through its Office and Sở Nội vụ)",
    },
    periods: ["q1", "q2", "q3", "year"],
    due: { q1: "03-15", q2: "06-15", q3: "09-15", year: "12-15" },
    generatedAt: "/portal/internal/report",
    plan: "IV.4",
  },
] as const satisfies readonly ReportKindDef[];
export type ReportKind = (typeof REPORT_KINDS)[number]["code"];
export const REPORT_KIND_CODES = REPORT_KINDS.map((k) => k.code) as [ReportKind, ...ReportKind[]];

export const kindOf = (code: ReportKind): ReportKindDef => REPORT_KINDS.find((k) => k.code === code)!;

/** Each (kind, period) of a year with its due date: the province's setting, else the default. */
export function reportDueDates(
  year: number,
  overrides: readonly { kind: string; period: string; dueDate: string }[],
): { kind: ReportKind; period: ReportPeriod; dueDate: string; isDefault: boolean }[] {
  return REPORT_KINDS.flatMap((k) =>
    k.periods.map((period) => {
      const set = overrides.find((o) => o.kind === k.code && o.period === period);
      const fallback = `${year}-${(k.due as Partial<Record<ReportPeriod, string>>)[period] ?? "12-31"}`;
      return { kind: k.code, period, dueDate: set?.dueDate ?? fallback, isDefault: !set };
    }),
  );
}

/** A body in the register, as the duty rules see it. */
export interface ReportBody {
  unitId: number;
  kind: UnitKind;
  /** The lead body the unit stands for in the year's template (leadBodyOfUnitName), if any. */
  leadBodyKind: LeadBodyKind | null;
}

/** Whether this body owes reports of this kind. */
export function owes(kind: ReportKindDef, body: ReportBody): boolean {
  return "leadBodyKind" in kind.body
    ? body.leadBodyKind === kind.body.leadBodyKind
    : kind.body.unitKinds.includes(body.kind);
}

/**
 * Who may mark a body's report sent: the body itself — Sở Nội vụ (province_admin) its report, Văn phòng
 * UBND tỉnh (province_office) its own, a sector department's inspector and a department's or
 * district's clerk the reports of the unit they are bound to.
 */
export function maySendFor(
  assignments: readonly RoleAssignment[],
  kind: ReportKindDef,
  body: ReportBody,
): boolean {
  if (!owes(kind, body)) return false;
  if ("leadBodyKind" in kind.body && kind.body.leadBodyKind === "home_affairs")
    return assignments.some((a) => a.role === "province_admin");
  if ("leadBodyKind" in kind.body && kind.body.leadBodyKind === "office")
    return assignments.some((a) => a.role === "province_office");
  const role = "leadBodyKind" in kind.body ? "sector_inspector" : "unit_officer";
  return assignments.some((a) => a.role === role && a.unitId === body.unitId);
}

const kind = z.enum(REPORT_KIND_CODES, { error: "Loại báo cáo không hợp lệ / Invalid report kind" });
const period = z.enum(REPORT_PERIODS, { error: "Kỳ báo cáo không hợp lệ / Invalid report period" });
const year = yearField("year", "Năm", "Year");

/** Every body's duties of a year, one (kind, period) at a time, those not sent first or only. */
export const ReportDutiesInput = z.object({
  year,
  kind,
  period,
  unsentOnly: z
    .boolean({ error: "Chỉ chưa gửi: phải là có/không / Unsent only: must be yes or no" })
    .optional(),
  cursor: z
    .string({ error: "Con trỏ trang không hợp lệ / Page cursor is invalid" })
    .max(512, "Con trỏ trang không hợp lệ / Page cursor is invalid")
    .regex(/^[A-Za-z0-9_-]*$/, "Con trỏ trang không hợp lệ / Page cursor is invalid")
    .nullish(),
  limit: z
    .number({ error: "Số dòng mỗi trang: phải là số / Rows per page: must be a number" })
    .int("Số dòng mỗi trang: phải là số nguyên / Rows per page: must be an integer")
    .min(1, "Số dòng mỗi trang: ít nhất 1 / Rows per page: at least 1")
    .max(200, "Số dòng mỗi trang: tối đa 200 / Rows per page: at most 200")
    .default(50),
});
export type ReportDutiesInput = z.infer<typeof ReportDutiesInput>;

export const ReportYearInput = z.object({ year });

/** The largest report file a body uploads with markSent (sent as base64 inside the request). */
export const REPORT_FILE_MAX_BYTES = 5 * 1024 * 1024;
/** The file types a body sends its report as: PDF, Word, Excel. */
export const REPORT_FILE_EXTENSIONS = [".pdf", ".docx", ".xlsx"] as const;

/** The body marks a report sent: with a file it uploads (PDF, Word, Excel), or the system's own. */
export const MarkReportSentInput = z.object({
  year,
  kind,
  period,
  bodyUnitId: idField("bodyUnitId", "Cơ quan báo cáo", "Reporting body"),
  note: textField("note", "Ghi chú", "Note", 0, 500).optional(),
  fileName: z
    .string({ error: "Tên tệp: phải là chữ / File name: must be text" })
    .trim()
    .max(255, "Tên tệp: tối đa 255 ký tự / File name: at most 255 characters")
    .regex(
      /\.(pdf|docx|xlsx)$/i,
      "Tên tệp: chỉ nhận .pdf, .docx hoặc .xlsx / File name: only .pdf, .docx or .xlsx",
    )
    .optional(),
  contentBase64: z
    .string({ error: "Nội dung tệp: phải là base64 / File content: must be base64" })
    .max(
      Math.ceil(REPORT_FILE_MAX_BYTES / 3) * 4 + 4,
      "Nội dung tệp: tối đa 5 MB / File content: at most 5 MB",
    )
    .regex(/^[A-Za-z0-9+/\r\n]*={0,2}\s*$/, "Nội dung tệp: không phải base64 / File content: not base64")
    .optional(),
});
export type MarkReportSentInput = z.infer<typeof MarkReportSentInput>;

export const SaveReportDueDatesInput = z.object({
  year,
  dueDates: z
    .array(z.object({ kind, period, dueDate: dateField("dueDate", "Hạn gửi", "Due date") }), {
      error: "Hạn gửi: phải là danh sách / Due dates: must be a list",
    })
    .max(20, "Hạn gửi: tối đa 20 / Due dates: at most 20"),
});
export type SaveReportDueDatesInput = z.infer<typeof SaveReportDueDatesInput>;
