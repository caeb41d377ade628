import { z } from "zod";
import { dateField, idField, textField } from "./fields";

export const RecommendationInput = z.object({
  text: textField("recommendations.text", "Nội dung kiến nghị", "Recommendation", 5, 2000),
  deadline: dateField("recommendations.deadline", "Hạn khắc phục", "Deadline"),
});

/** A conclusion (kết luận kiểm tra) with its recommendations (kiến nghị). */
export const ConcludeInput = z
  .object({
    inspectionId: idField("inspectionId", "Cuộc kiểm tra", "Inspection"),
    number: textField("number", "Số kết luận", "Conclusion number", 1, 50),
    date: dateField("date", "Ngày kết luận", "Conclusion date"),
    summary: textField("summary", "Nội dung kết luận", "Summary", 10, 20000),
    recommendations: z
      .array(RecommendationInput)
      .max(100, "Kiến nghị: tối đa 100 / Recommendations: at most 100")
      .default([]),
  })
  .superRefine((c, ctx) => {
    c.recommendations.forEach((r, i) => {
      if (r.deadline < c.date) {
        ctx.addIssue({
          code: "custom",
          path: ["recommendations", i, "deadline"],
          message:
            "Hạn khắc phục không được trước ngày kết luận / Deadline must not be before the conclusion date",
        });
      }
    });
  });
export type ConcludeInput = z.infer<typeof ConcludeInput>;

/** The unit's answer to a recommendation, with evidence files already uploaded. */
export const RecommendationResponseInput = z.object({
  recommendationId: idField("recommendationId", "Kiến nghị", "Recommendation"),
  response: textField("response", "Kết quả khắc phục", "Response", 5, 4000),
  evidenceFileIds: z
    .array(
      z.uuid({
        error: "Tệp minh chứng không hợp lệ / Evidence file is invalid",
      }),
      {
        error: "Tệp minh chứng phải là danh sách / Evidence files must be a list",
      },
    )
    .max(20, "Tệp minh chứng: tối đa 20 / Evidence files: at most 20")
    .default([]),
});
export type RecommendationResponseInput = z.infer<typeof RecommendationResponseInput>;

export const VERDICTS = ["resolved", "not_resolved"] as const;
export const VERDICT_LABELS = {
  resolved: { vi: "Đã khắc phục", en: "Resolved" },
  not_resolved: { vi: "Chưa khắc phục", en: "Not resolved" },
} as const;

export const VerifyRecommendationInput = z.object({
  recommendationId: idField("recommendationId", "Kiến nghị", "Recommendation"),
  verdict: z.enum(VERDICTS, {
    error:
      "Kết quả xác minh phải là Đã khắc phục hoặc Chưa khắc phục / Verdict must be Resolved or Not resolved",
  }),
  verifiedOn: dateField("verifiedOn", "Ngày xác minh", "Verification date"),
  note: textField("note", "Ghi chú", "Note", 0, 4000).default(""),
});
export type VerifyRecommendationInput = z.infer<typeof VerifyRecommendationInput>;
