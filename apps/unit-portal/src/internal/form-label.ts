import { PLAN_TEMPLATES } from "@par/domain";
import type { Lang } from "@par/ui";

/** The words for an inspection's form (III.3); every template so far shares the 2023 forms. */
export function formLabel(form: string, lang: Lang): string {
  const f = PLAN_TEMPLATES["dong-nai-2023"].forms.find((x) => x.form === form);
  return f ? f[lang] : form;
}
