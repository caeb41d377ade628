import {
  type ChecklistItem,
  type ContentArea,
  type PlanTemplate,
  RATING_LABELS,
  type Rating,
} from "@par/domain";
import { areaOf, itemOf } from "../template-text";

/** A finding on one checklist item, as the findings table holds it. */
export interface FindingLine {
  itemCode: string;
  /** The checklist's item when it is not the template's (area 5: one per recommendation, "5.r12"). */
  item?: ChecklistItem;
  rating: Rating;
  note: string;
}

export interface AreaFindings {
  area: ContentArea;
  findings: { item: ChecklistItem; rating: Rating; label: string; note: string }[];
}

/**
 * Findings grouped by content area, areas and items both in the plan's order (the order of the checklist).
 * Items the template does not list (area 5's recommendations) keep the order they are given in.
 */
export function groupFindings(template: PlanTemplate, findings: readonly FindingLine[]): AreaFindings[] {
  const resolved = findings.map((f) => ({ ...f, item: f.item ?? itemOf(template, f.itemCode) }));
  const itemOrder = (code: string) => template.items.findIndex((i) => i.code === code);
  const areaCodes = [...new Set(resolved.map((f) => f.item.area))];
  return template.areas
    .filter((a) => areaCodes.includes(a.code))
    .map((a) => ({
      area: areaOf(template, a.code),
      findings: resolved
        .filter((f) => f.item.area === a.code)
        .sort((x, y) => itemOrder(x.item.code) - itemOrder(y.item.code))
        .map((f) => ({ item: f.item, rating: f.rating, label: RATING_LABELS[f.rating].vi, note: f.note })),
    }));
}
