import { z } from "zod";
import { dateField, idField, yearField } from "./fields";

/**
 * Inputs of evidence files, document downloads and the unit-catalogue import (field-named, Vietnamese
 * first). Query-string inputs (HTTP routes) coerce their numbers.
 */

const itemCode = z
  .string({ error: "Mã nội dung là bắt buộc / Item code is required" })
  .max(20, "Mã nội dung: tối đa 20 ký tự / Item code: at most 20 characters")
  .regex(
    /^\d+[a-z]?(\.(\d+|[re]\d{1,9}))?$/,
    "Mã nội dung không hợp lệ, ví dụ 1a, 2.3, 3b.1, 5.r12 / Item code is invalid, e.g. 1a, 2.3, 3b.1, 5.r12",
  );

const queryId = (key: string, vi: string, en: string) =>
  z.preprocess((v) => (typeof v === "string" && /^\d{1,9}$/.test(v) ? Number(v) : v), idField(key, vi, en));

/** `POST /files/evidence?inspectionId=…&itemCode=…`: the finding the file supports. */
export const EvidenceUploadQuery = z.object({
  inspectionId: queryId("inspectionId", "Cuộc kiểm tra", "Inspection"),
  itemCode,
});
export type EvidenceUploadQuery = z.infer<typeof EvidenceUploadQuery>;

export const EvidenceFileId = z.uuid({
  error: "Mã tệp không hợp lệ / File id is invalid",
});

export const EvidenceListInput = z.object({
  inspectionId: idField("inspectionId", "Cuộc kiểm tra", "Inspection"),
  itemCode: itemCode.optional(),
});
export type EvidenceListInput = z.infer<typeof EvidenceListInput>;

export const EvidenceIdInput = z.object({ id: EvidenceFileId });
export type EvidenceIdInput = z.infer<typeof EvidenceIdInput>;

export const DocumentsAvailableInput = z.object({
  inspectionId: idField("inspectionId", "Cuộc kiểm tra", "Inspection"),
});
export type DocumentsAvailableInput = z.infer<typeof DocumentsAvailableInput>;

/** `/files/docs/inspections/:id/…` and `/files/docs/plans/:year/…` path parameters. */
export const InspectionDocumentParams = z.object({ id: queryId("id", "Cuộc kiểm tra", "Inspection") });
export const PlanDocumentParams = z.object({
  year: z.preprocess(
    (v) => (typeof v === "string" && /^\d{4}$/.test(v) ? Number(v) : v),
    yearField("year", "Năm", "Year"),
  ),
});
/** `/files/docs/plans/:year/bodies/:bodyUnitId/report.docx`: a body's drafted report (IV.2, IV.3). */
export const BodyReportParams = PlanDocumentParams.extend({
  bodyUnitId: queryId("bodyUnitId", "Cơ quan báo cáo", "Reporting body"),
});
export type BodyReportParams = z.infer<typeof BodyReportParams>;
export const RecommendationsExportQuery = z.object({
  year: z
    .preprocess(
      (v) => (typeof v === "string" && /^\d{4}$/.test(v) ? Number(v) : v),
      yearField("year", "Năm", "Year"),
    )
    .optional(),
});

/** A catalogue file as base64: about 6.7 MB of text for the 5 MB the import accepts. */
export const UNIT_IMPORT_MAX_BYTES = 5 * 1024 * 1024;

export const UnitImportInput = z.object({
  fileName: z
    .string({ error: "Tên tệp là bắt buộc / File name is required" })
    .trim()
    .min(1, "Tên tệp là bắt buộc / File name is required")
    .max(255, "Tên tệp: tối đa 255 ký tự / File name: at most 255 characters")
    .regex(
      /\.(csv|txt|xlsx)$/i,
      "Tên tệp: chỉ nhận tệp .csv hoặc .xlsx / File name: only .csv or .xlsx files",
    ),
  contentBase64: z
    .string({
      error: "Nội dung tệp là bắt buộc / File content is required",
    })
    .min(1, "Nội dung tệp là bắt buộc / File content is required")
    .max(
      Math.ceil(UNIT_IMPORT_MAX_BYTES / 3) * 4 + 4,
      "Nội dung tệp: tệp quá lớn (tối đa 5 MB) / File content: file too large (max 5 MB)",
    )
    .regex(/^[A-Za-z0-9+/\r\n]*={0,2}\s*$/, "Nội dung tệp: không phải base64 / File content: not base64"),
  validFrom: dateField("validFrom", "Ngày hiệu lực", "Valid from"),
  closeMissing: z
    .boolean({
      error: "Đóng đơn vị vắng mặt phải là true/false / Close missing must be true or false",
    })
    .default(false),
  /** The preview's token: the commit refuses when the file or the register changed since. */
  token: z
    .string()
    .regex(/^[0-9a-f]{64}$/, "Mã xem trước không hợp lệ / Preview token is invalid")
    .optional(),
});
export type UnitImportInput = z.infer<typeof UnitImportInput>;

/** `POST /files/response-evidence?recommendationId=…`: a file the unit attaches to its response. */
export const ResponseEvidenceQuery = z.object({
  recommendationId: queryId("recommendationId", "Kiến nghị", "Recommendation"),
});
export type ResponseEvidenceQuery = z.infer<typeof ResponseEvidenceQuery>;

/** Evidence of a response is filed under the follow-up item of its recommendation (area 5, R10). */
export function responseEvidenceItemCode(recommendationId: number): string {
  return `5.r${recommendationId}`;
}
