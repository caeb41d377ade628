import { z } from "zod";
import { idField, textField } from "./fields";

/** Rating of one checklist item (đánh giá). */
export const RATINGS = ["dat", "chua_dat", "co_ton_tai", "khong_ap_dung"] as const;
export const RATING_LABELS = {
  dat: { vi: "Đạt", en: "Met" },
  chua_dat: { vi: "Chưa đạt", en: "Not met" },
  co_ton_tai: { vi: "Có tồn tại, hạn chế", en: "Met with shortcomings" },
  khong_ap_dung: { vi: "Không áp dụng", en: "Not applicable" },
} as const satisfies Record<(typeof RATINGS)[number], { vi: string; en: string }>;

export const Rating = z.enum(RATINGS, {
  error:
    "Đánh giá phải là Đạt, Chưa đạt, Có tồn tại, hạn chế hoặc Không áp dụng / Rating must be Met, Not met, Met with shortcomings or Not applicable",
});
export type Rating = z.infer<typeof Rating>;

export const RecordFindingInput = z.object({
  inspectionId: idField("inspectionId", "Cuộc kiểm tra", "Inspection"),
  itemCode: z
    .string({ error: "Mã nội dung là bắt buộc / Item code is required" })
    .regex(
      /^\d+[a-z]?(\.(\d+|[re]\d{1,9}))?$/,
      "Mã nội dung không hợp lệ, ví dụ 1a, 2.3, 3b.1, 5.r12 / Item code is invalid, e.g. 1a, 2.3, 3b.1, 5.r12",
    ),
  rating: Rating,
  note: textField("note", "Ghi chú", "Note", 0, 4000).default(""),
});
export type RecordFindingInput = z.infer<typeof RecordFindingInput>;
