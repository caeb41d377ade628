import { z } from "zod";
import { idField, textField } from "./fields";
import { Rating } from "./finding-schemas";
import { PageInput } from "./page-schemas";

const inspectionId = idField("inspectionId", "Cuộc kiểm tra", "Inspection");
const itemCode = z
  .string({ error: "Mã nội dung là bắt buộc / Item code is required" })
  .regex(
    /^\d+[a-z]?(\.(\d+|[re]\d{1,9}))?$/,
    "Mã nội dung không hợp lệ, ví dụ 1a, 2.3, 5.r12 / Item code is invalid, e.g. 1a, 2.3, 5.r12",
  );

export const SelfCheckItemInput = z.object({
  itemCode,
  rating: Rating,
  note: textField("note", "Ghi chú", "Note", 0, 2000).default(""),
  justification: textField("justification", "Giải trình", "Justification", 0, 2000).default(""),
});

/** The clerk's ratings, saved as a draft (all items at once; unrated items are simply absent). */
export const SelfCheckSaveInput = z.object({
  inspectionId,
  items: z
    .array(SelfCheckItemInput, { error: "Đánh giá phải là danh sách / Ratings must be a list" })
    .max(200, "Đánh giá: tối đa 200 nội dung / Ratings: at most 200 items"),
});
export type SelfCheckSaveInput = z.infer<typeof SelfCheckSaveInput>;

export const SelfCheckStepInput = z.object({ inspectionId });
export type SelfCheckStepInput = z.infer<typeof SelfCheckStepInput>;

/** Sending a report back: comments, each on one item (or on the whole report when itemCode is absent). */
export const SelfCheckReturnInput = z.object({
  inspectionId,
  comments: z
    .array(
      z.object({
        itemCode: itemCode.optional(),
        text: textField("comments", "Ý kiến", "Comments", 3, 2000),
      }),
      { error: "Ý kiến phải là danh sách / Comments must be a list" },
    )
    .min(1, "Ý kiến: cần ít nhất một ý kiến / Comments: at least one is needed")
    .max(50, "Ý kiến: tối đa 50 / Comments: at most 50"),
});
export type SelfCheckReturnInput = z.infer<typeof SelfCheckReturnInput>;

/** The portal's list of announced inspections of my units with their self-check state. */
export const SelfChecksPageInput = PageInput;
export type SelfChecksPageInput = z.infer<typeof SelfChecksPageInput>;
