import { err, ok, type Result } from "../core/result";
import type { InspectionForm, PlanTemplate } from "../templates/template-types";

/** What a parsed CreateInspectionInput names that only the plan's template can vouch for. */
export interface TemplateChoices {
  form: InspectionForm;
  areas: readonly string[];
  fields: readonly string[];
  leadBody: string;
}

/** The schema checks shapes; this checks that the codes exist in the plan's template. */
export function checkAgainstTemplate(template: PlanTemplate, c: TemplateChoices): Result<null> {
  if (!template.forms.some((f) => f.form === c.form)) {
    return err("INSPECTION.FORM_NOT_IN_TEMPLATE", {
      vi: `Hình thức kiểm tra "${c.form}" không có trong kế hoạch`,
      en: `Form "${c.form}" is not in the plan`,
    });
  }
  const area = c.areas.find((a) => !template.areas.some((x) => x.code === a));
  if (area !== undefined) {
    return err("INSPECTION.UNKNOWN_AREA", {
      vi: `Nội dung kiểm tra "${area}" không có trong kế hoạch`,
      en: `Content area "${area}" is not in the plan`,
    });
  }
  const field = c.fields.find((f) => !template.fields.some((x) => x.code === f));
  if (field !== undefined) {
    return err("INSPECTION.UNKNOWN_FIELD", {
      vi: `Lĩnh vực "${field}" không có trong kế hoạch`,
      en: `Field "${field}" is not in the plan`,
    });
  }
  if (!template.leadBodies.some((b) => b.code === c.leadBody)) {
    return err("INSPECTION.UNKNOWN_LEAD_BODY", {
      vi: `Cơ quan chủ trì "${c.leadBody}" không có trong kế hoạch`,
      en: `Lead body "${c.leadBody}" is not in the plan`,
    });
  }
  return ok(null);
}
