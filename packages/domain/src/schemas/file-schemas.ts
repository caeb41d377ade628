import { z } from "zod";
import { dateField, idField, yearField } from "./fields";

/**
 * Inputs of evidence files, document downloads and the unit-catalogue import (field-named, Vietnamese
 * first). Query-string inputs (HTTP routes) coerce their numbers.
 */

const itemCode = z
  .string({ error: "Mã nội dung (itemCode) là bắt buộc / Item code (itemCode) is required" })
  .max(20, "Mã nội dung (itemCode): tối đa 20 ký tự / Item code (itemCode): at most 20 characters")
  .regex(
    /^\d+[a-z]?(\.\d+)?$/,
    "Mã nội dung (itemCode) không hợp lệ, ví dụ 1a, 2.3, 3b.1 / Item code (itemCode) is invalid, e.g. 1a, 2.3, 3b.1",
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
  error: "Mã tệp (id) không hợp lệ / File id (id) is invalid",
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
    .string({ error: "Tên tệp (fileName) là bắt buộc / File name (fileName) is required" })
    .trim()
    .min(1, "Tên tệp (fileName) là bắt buộc / File name (fileName) is required")
    .max(255, "Tên tệp (fileName): tối đa 255 ký tự / File name (fileName): at most 255 characters")
    .regex(
      /\.(csv|txt|xlsx)$/i,
      "Tên tệp (fileName): chỉ nhận tệp .csv hoặc .xlsx / File name (fileName): only .csv or .xlsx files",
    ),
  contentBase64: z
    .string({
      error: "Nội dung tệp (contentBase64) là bắt buộc / File content (contentBase64) is required",
    })
    .min(1, "Nội dung tệp (contentBase64) là bắt buộc / File content (contentBase64) is required")
    .max(
      Math.ceil(UNIT_IMPORT_MAX_BYTES / 3) * 4 + 4,
      "Nội dung tệp (contentBase64): tệp quá lớn (tối đa 5 MB) / File content (contentBase64): file too large (max 5 MB)",
    )
    .regex(
      /^[A-Za-z0-9+/\r\n]*={0,2}\s*$/,
      "Nội dung tệp (contentBase64): không phải base64 / File content (contentBase64): not base64",
    ),
  validFrom: dateField("validFrom", "Ngày hiệu lực", "Valid from"),
  closeMissing: z
    .boolean({
      error:
        "Đóng đơn vị vắng mặt (closeMissing) phải là true/false / Close missing (closeMissing) must be true or false",
    })
    .default(false),
  /** The preview's token: the commit refuses when the file or the register changed since. */
  token: z
    .string()
    .regex(/^[0-9a-f]{64}$/, "Mã xem trước (token) không hợp lệ / Preview token (token) is invalid")
    .optional(),
});
export type UnitImportInput = z.infer<typeof UnitImportInput>;
