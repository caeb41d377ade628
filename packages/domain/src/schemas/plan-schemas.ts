import { z } from "zod";
import { TemplateId } from "../templates/registry";
import { yearField } from "./fields";

export const CreatePlanInput = z.object({
  year: yearField("year", "Năm kế hoạch", "Plan year"),
  template: TemplateId,
});
export type CreatePlanInput = z.infer<typeof CreatePlanInput>;
