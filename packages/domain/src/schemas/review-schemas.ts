import { z } from "zod";
import { REVIEW_STATES } from "../review/review-loop";
import { idField, textField } from "./fields";
import { PageInput } from "./page-schemas";

const recommendationId = idField("recommendationId", "Kiến nghị", "Recommendation");

const evidenceFileIds = z
  .array(z.uuid({ error: "Tệp minh chứng không hợp lệ / Evidence file is invalid" }), {
    error: "Tệp minh chứng phải là danh sách / Evidence files must be a list",
  })
  .max(20, "Tệp minh chứng: tối đa 20 / Evidence files: at most 20")
  .default([]);

/** The clerk's draft answer to a recommendation (kết quả khắc phục), saved or changed before submitting. */
export const ResponseDraftInput = z.object({
  recommendationId,
  response: textField("response", "Kết quả khắc phục", "Response", 5, 4000),
  evidenceFileIds,
});
export type ResponseDraftInput = z.infer<typeof ResponseDraftInput>;

/** A step that needs nothing but the recommendation: submit, approve, accept. */
export const ResponseStepInput = z.object({ recommendationId });
export type ResponseStepInput = z.infer<typeof ResponseStepInput>;

/** A step that sends the response back (head to clerk, province to unit): the comment says why. */
export const ResponseReturnInput = z.object({
  recommendationId,
  comment: textField("comment", "Ý kiến", "Comments", 3, 2000),
});
export type ResponseReturnInput = z.infer<typeof ResponseReturnInput>;

/** The portal's list of recommendations addressed to the caller's units, by deadline. */
export const ResponsesPageInput = PageInput.extend({
  unitId: idField("unitId", "Đơn vị", "Unit").optional(),
  state: z
    .enum([...REVIEW_STATES, "none"], { error: "Trạng thái hồ sơ không hợp lệ / Invalid submission state" })
    .optional(),
  /** Only what is still owed: not resolved. */
  openOnly: z
    .boolean({ error: "Chỉ kiến nghị chưa xong: phải là có/không / Open only: must be yes or no" })
    .optional(),
  /** One recommendation only: a notification's link opens it in the queue. */
  recommendationId: idField("recommendationId", "Kiến nghị", "Recommendation").optional(),
});
export type ResponsesPageInput = z.infer<typeof ResponsesPageInput>;
