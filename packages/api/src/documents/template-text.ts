import {
  type ChecklistItem,
  type ContentArea,
  findLeadBody,
  getTemplate,
  type InspectionForm,
  type PlanTemplate,
  type Tier,
} from "@par/domain";

/**
 * Texts of the plan template. An unknown template, area or item in a document input is a bug of the
 * caller (the database only holds codes the template knows), so these throw rather than print a code.
 */
export function templateOf(id: string): PlanTemplate {
  const t = getTemplate(id);
  if (!t.ok) throw new Error(t.message);
  return t.value;
}

export function areaOf(template: PlanTemplate, code: string): ContentArea {
  const area = template.areas.find((a) => a.code === code);
  if (!area) throw new Error(`Unknown content area "${code}" in template ${template.id}`);
  return area;
}

export function itemOf(template: PlanTemplate, code: string): ChecklistItem {
  const item = template.items.find((i) => i.code === code);
  if (!item) throw new Error(`Unknown checklist item "${code}" in template ${template.id}`);
  return item;
}

/** Areas in the template's order, whatever order the caller gave them in. */
export function areasInOrder(template: PlanTemplate, codes: readonly string[]): ContentArea[] {
  for (const c of codes) areaOf(template, c);
  return template.areas.filter((a) => codes.includes(a.code));
}

export function formLabel(template: PlanTemplate, form: InspectionForm): string {
  return template.forms.find((f) => f.form === form)?.vi ?? form;
}

export function tierLabel(template: PlanTemplate, tier: Tier | null): string {
  if (tier === null) return "Khác";
  return template.tiers.find((t) => t.tier === tier)?.vi ?? tier;
}

/** The lead body (cơ quan chủ trì) by its code; a name the template does not know is printed as given. */
export function leadBodyLabel(template: PlanTemplate, codeOrName: string): string {
  return findLeadBody(template, codeOrName)?.vi ?? codeOrName;
}
