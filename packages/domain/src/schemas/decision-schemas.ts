import { z } from "zod";
import { dateField, idField, textField } from "./fields";

/** The decision forming the team (quyết định thành lập đoàn): number as registered, e.g. "125/QĐ-SNV", and date. */
export const SetDecisionInput = z.object({
  inspectionId: idField("inspectionId", "Cuộc kiểm tra", "Inspection"),
  number: textField("number", "Số quyết định", "Decision number", 1, 50),
  date: dateField("date", "Ngày quyết định", "Decision date"),
});
export type SetDecisionInput = z.infer<typeof SetDecisionInput>;
