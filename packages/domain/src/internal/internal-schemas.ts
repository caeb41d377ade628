import { z } from "zod";
import { dateField, idField, textField, yearField } from "../schemas/fields";
import { Rating } from "../schemas/finding-schemas";
import { PageInput } from "../schemas/page-schemas";
import { INTERNAL_ITEM_CODES } from "./internal-checklist";

/** Inputs of the internal-inspection work procedures (IV.4): field oversight, team, findings, conclusion. */

const internalId = idField("id", "Cuộc kiểm tra nội bộ", "Internal inspection");

export const InternalItemCode = z.enum(INTERNAL_ITEM_CODES, {
  error:
    "Nội dung kiểm tra: không có trong danh mục kiểm tra nội bộ / Checklist item: not in the internal checklist",
});

export const InternalIdInput = z.object({ id: internalId });
export type InternalIdInput = z.infer<typeof InternalIdInput>;

/** The clerk's year: the duty of one unit (the caller's own when omitted and it has one). */
export const InternalHomeInput = z.object({
  unitId: idField("unitId", "Đơn vị", "Unit").optional(),
  year: yearField("year", "Năm", "Year"),
});
export type InternalHomeInput = z.infer<typeof InternalHomeInput>;

/** Which visits lie near a window the clerk is about to schedule (warning only). */
export const InternalNearbyInput = z
  .object({
    targetUnitId: idField("targetUnitId", "Đơn vị được kiểm tra", "Inspected unit"),
    startDate: dateField("startDate", "Ngày bắt đầu", "Start date"),
    endDate: dateField("endDate", "Ngày kết thúc", "End date"),
  })
  .refine((i) => i.endDate >= i.startDate, {
    message: "Ngày kết thúc: không được trước ngày bắt đầu / End date: must not be before the start date",
    path: ["endDate"],
  });
export type InternalNearbyInput = z.infer<typeof InternalNearbyInput>;

const memberName = textField("name", "Họ và tên thành viên", "Member's name", 2, 200);
export const InternalTeamInput = z.object({
  id: internalId,
  decisionNumber: textField("decisionNumber", "Số quyết định", "Decision number", 1, 50),
  decisionDate: dateField("decisionDate", "Ngày quyết định", "Decision date"),
  members: z
    .array(
      z.object({
        name: memberName,
        position: textField("position", "Chức vụ", "Position", 0, 200).default(""),
        role: z.enum(["lead", "member", "secretary"], {
          error:
            "Vai trò trong đoàn: Trưởng đoàn, Thành viên hoặc Thư ký / Team role: lead, member or secretary",
        }),
      }),
      { error: "Thành viên đoàn là bắt buộc / Team members are required" },
    )
    .min(1, "Thành viên đoàn: ít nhất 1 người / Team members: at least 1")
    .max(30, "Thành viên đoàn: tối đa 30 người / Team members: at most 30")
    .refine((m) => m.filter((x) => x.role === "lead").length === 1, {
      message: "Thành viên đoàn: cần đúng một Trưởng đoàn / Team members: exactly one team lead",
    }),
});
export type InternalTeamInput = z.infer<typeof InternalTeamInput>;

export const InternalFindingInput = z.object({
  id: internalId,
  itemCode: InternalItemCode,
  rating: Rating,
  note: textField("note", "Nhận xét", "Note", 0, 4000).default(""),
});
export type InternalFindingInput = z.infer<typeof InternalFindingInput>;

export const InternalConcludeInput = z.object({
  id: internalId,
  conductedOn: dateField("conductedOn", "Ngày kiểm tra", "Inspection date"),
  noticeNumber: textField("noticeNumber", "Số thông báo kết luận", "Conclusion notice number", 1, 50),
  summary: textField("summary", "Kết luận", "Conclusion", 5, 4000),
  recommendations: z
    .array(
      z.object({
        text: textField("text", "Nội dung kiến nghị", "Recommendation", 5, 2000),
        deadline: dateField("deadline", "Hạn thực hiện kiến nghị", "Recommendation deadline"),
      }),
      { error: "Kiến nghị: danh sách không hợp lệ / Recommendations: invalid list" },
    )
    .max(30, "Kiến nghị: tối đa 30 / Recommendations: at most 30")
    .default([]),
});
export type InternalConcludeInput = z.infer<typeof InternalConcludeInput>;

export const InternalRecommendationCloseInput = z.object({
  id: idField("id", "Kiến nghị", "Recommendation"),
  doneOn: dateField("doneOn", "Ngày hoàn thành", "Completion date"),
  note: textField("note", "Kết quả thực hiện", "Outcome", 2, 2000),
});
export type InternalRecommendationCloseInput = z.infer<typeof InternalRecommendationCloseInput>;

/** Field oversight (thuộc phạm vi quản lý ngành, lĩnh vực): kept by Sở Nội vụ. */
export const FieldOversightListInput = z.object({
  departmentId: idField("departmentId", "Sở, ngành quản lý", "Overseeing department"),
});
export const FieldOversightChangeInput = z.object({
  departmentId: idField("departmentId", "Sở, ngành quản lý", "Overseeing department"),
  unitId: idField("unitId", "Đơn vị thuộc lĩnh vực", "Unit in the field"),
});
export type FieldOversightChangeInput = z.infer<typeof FieldOversightChangeInput>;

/** The CCHC report section (IV.4, R11): one quarter of a year, or the whole year when omitted. */
export const InternalReportInput = z.object({
  unitId: idField("unitId", "Đơn vị", "Unit"),
  year: yearField("year", "Năm", "Year"),
  quarter: z
    .number({ error: "Quý: phải là số từ 1 đến 4 / Quarter: must be a number from 1 to 4" })
    .int("Quý: phải là số từ 1 đến 4 / Quarter: must be a number from 1 to 4")
    .min(1, "Quý: phải là số từ 1 đến 4 / Quarter: must be a number from 1 to 4")
    .max(4, "Quý: phải là số từ 1 đến 4 / Quarter: must be a number from 1 to 4")
    .optional(),
});
export type InternalReportInput = z.infer<typeof InternalReportInput>;

/** First and last day of a report period. */
export function reportPeriod(year: number, quarter?: number): { from: string; to: string } {
  if (quarter === undefined) return { from: `${year}-01-01`, to: `${year}-12-31` };
  const m = (quarter - 1) * 3 + 1;
  const last = [31, 30, 30, 31][quarter - 1]!;
  const pad = (n: number) => String(n).padStart(2, "0");
  return { from: `${year}-${pad(m)}-01`, to: `${year}-${pad(m + 2)}-${last}` };
}
export type InternalItemCode = z.infer<typeof InternalItemCode>;

/** The unit's internal recommendations, a page at a time by deadline; `open` for the follow-up list. */
export const InternalRecommendationListInput = PageInput.extend({
  unitId: idField("unitId", "Đơn vị", "Unit"),
  open: z
    .boolean({ error: "Chỉ kiến nghị đang mở: phải là có hoặc không / Open only: must be yes or no" })
    .default(true),
});
export type InternalRecommendationListInput = z.infer<typeof InternalRecommendationListInput>;

/** HTTP query strings carry numbers as text: these coerce them before the usual checks. */
const fromQuery = (pattern: RegExp) => (v: unknown) =>
  typeof v === "string" && pattern.test(v) ? Number(v) : v;

/** `GET /files/docs/internal/:id/:document`. */
export const InternalDocumentParams = z.object({
  id: z.preprocess(fromQuery(/^\d{1,9}$/), internalId),
});

/** `GET /files/docs/internal-report.{docx,xlsx}?unitId=…&year=…&quarter=…`. */
export const InternalReportQuery = z.object({
  unitId: z.preprocess(fromQuery(/^\d{1,9}$/), idField("unitId", "Đơn vị", "Unit")),
  year: z.preprocess(fromQuery(/^\d{4}$/), yearField("year", "Năm", "Year")),
  quarter: z.preprocess(fromQuery(/^\d$/), InternalReportInput.shape.quarter),
});

/** `POST /files/internal-evidence?internalId=…&itemCode=…`: the internal finding a file supports. */
export const InternalEvidenceUploadQuery = z.object({
  internalId: z.preprocess(
    fromQuery(/^\d{1,9}$/),
    idField("internalId", "Cuộc kiểm tra nội bộ", "Internal inspection"),
  ),
  itemCode: InternalItemCode,
});
export type InternalEvidenceUploadQuery = z.infer<typeof InternalEvidenceUploadQuery>;
