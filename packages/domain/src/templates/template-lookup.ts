import { foldVietnamese } from "../text/fold";
import type { Tier } from "../units/unit-kinds";
import type { ChecklistItem, InspectionForm, LeadBody, PlanTemplate } from "./template-types";

export function itemsOfArea(template: PlanTemplate, area: string): ChecklistItem[] {
  return template.items.filter((i) => i.area === area);
}

export function findLeadBody(template: PlanTemplate, code: string): LeadBody | undefined {
  return template.leadBodies.find((b) => b.code === code);
}

/**
 * The lead body a register unit stands for, matched on the folded name so that "Sở Lao động -
 * Thương binh và Xã hội" and "Sở Lao động – Thương binh và Xã hội" agree. Binds sector inspectors.
 */
export function leadBodyOfUnitName(template: PlanTemplate, unitName: string): LeadBody | undefined {
  const key = foldForName(unitName);
  return template.leadBodies.find((b) => foldForName(b.unitName) === key);
}

function foldForName(name: string): string {
  return foldVietnamese(name.replace(/[-–—,]/g, " "));
}

export function countsTowardCoverage(template: PlanTemplate, form: InspectionForm): boolean {
  return template.forms.some((f) => f.form === form && f.countsTowardCoverage);
}

export function tierPct(template: PlanTemplate, tier: Tier): number | null {
  return template.tiers.find((t) => t.tier === tier)?.pct ?? null;
}

export function focusFieldCodes(template: PlanTemplate): Set<string> {
  return new Set(template.fields.filter((f) => f.focus).map((f) => f.code));
}
