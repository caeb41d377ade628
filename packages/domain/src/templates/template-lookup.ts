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
  return leadBodiesByName(template.leadBodies).get(foldForName(unitName));
}

/**
 * The lead bodies by folded name (the first one of a name, as a search in order would find), folded once
 * per template: the proposal asks this of each of a province's ~400 candidates (is it the planner's own
 * body?), which folded every body's name again for each of them. Templates are constant data.
 */
const byFoldedName = new WeakMap<readonly LeadBody[], Map<string, LeadBody>>();
function leadBodiesByName(bodies: readonly LeadBody[]): Map<string, LeadBody> {
  let map = byFoldedName.get(bodies);
  if (!map) {
    map = new Map();
    for (const b of bodies) {
      const key = foldForName(b.unitName);
      if (!map.has(key)) map.set(key, b);
    }
    byFoldedName.set(bodies, map);
  }
  return map;
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
