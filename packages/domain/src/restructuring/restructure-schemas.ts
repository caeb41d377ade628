import { z } from "zod";
import { dateField } from "../schemas/fields";
import { UNIT_IMPORT_MAX_BYTES } from "../schemas/file-schemas";

const cellField = (vi: string, en: string, max: number) =>
  z
    .string({ error: `${vi} phải là chữ / ${en} must be text` })
    .trim()
    .max(max, `${vi}: tối đa ${max} ký tự / ${en}: at most ${max} characters`)
    .default("");

/** One line of a restructuring built in the form. */
export const RestructureRowInput = z.object({
  op: cellField("Thao tác", "Operation", 40),
  sourceCode: cellField("Mã nguồn", "Source code", 32),
  targetCode: cellField("Mã đích", "Target code", 32),
  targetName: cellField("Tên đích", "Target name", 200),
  targetKind: cellField("Loại", "Kind", 40),
  parentCode: cellField("Mã cấp trên", "Parent code", 32),
});

/**
 * units.restructurePreview / restructureApply: a restructuring from a file (.csv/.xlsx as base64), from
 * rows typed in the form, or one the software ships (`shipped`, with its own date). Exactly one source.
 */
export const RestructureInput = z
  .object({
    effectiveDate: dateField("effectiveDate", "Ngày hiệu lực", "Effective date").optional(),
    shipped: z
      .string({
        error: "Bộ sắp xếp có sẵn phải là chữ / Shipped restructuring must be text",
      })
      .regex(/^[a-z0-9-]{1,60}$/, "Bộ sắp xếp có sẵn: mã không hợp lệ / Shipped restructuring: invalid id")
      .optional(),
    fileName: z
      .string({ error: "Tên tệp phải là chữ / File name must be text" })
      .trim()
      .max(255, "Tên tệp: tối đa 255 ký tự / File name: at most 255 characters")
      .regex(
        /\.(csv|txt|xlsx)$/i,
        "Tên tệp: chỉ nhận tệp .csv hoặc .xlsx / File name: only .csv or .xlsx files",
      )
      .optional(),
    contentBase64: z
      .string({
        error: "Nội dung tệp phải là chữ / File content must be text",
      })
      .max(
        Math.ceil(UNIT_IMPORT_MAX_BYTES / 3) * 4 + 4,
        "Nội dung tệp: tệp quá lớn (tối đa 5 MB) / File content: file too large (max 5 MB)",
      )
      .regex(/^[A-Za-z0-9+/\r\n]*={0,2}\s*$/, "Nội dung tệp: không phải base64 / File content: not base64")
      .optional(),
    rows: z
      .array(RestructureRowInput, { error: "Các dòng phải là danh sách / Rows must be a list" })
      .max(5000, "Các dòng: tối đa 5.000 / Rows: at most 5,000")
      .optional(),
    /** The preview's token: apply refuses when the restructuring or the register changed since. */
    token: z.string().max(128).optional(),
  })
  .refine((i) => [i.shipped, i.contentBase64, i.rows].filter((x) => x !== undefined).length === 1, {
    path: ["rows"],
    message:
      "Các dòng: chọn đúng một nguồn — bộ có sẵn, tệp hoặc các dòng nhập tay / Rows: give exactly one source — shipped, a file or typed rows",
  })
  .refine((i) => i.shipped !== undefined || i.effectiveDate !== undefined, {
    path: ["effectiveDate"],
    message: "Ngày hiệu lực là bắt buộc / Effective date is required",
  })
  .refine((i) => i.contentBase64 === undefined || i.fileName !== undefined, {
    path: ["fileName"],
    message: "Tên tệp là bắt buộc / File name is required",
  });
export type RestructureInput = z.infer<typeof RestructureInput>;
