import { leadBodyOfUnitName } from "../templates/template-lookup";
import type { PlanTemplate } from "../templates/template-types";

/**
 * Whether a register unit is the lead body itself: a body does not inspect itself (Sở Nội vụ is never a
 * target of Sở Nội vụ's plan). Matched on the folded unit name, the same way sector inspectors are bound.
 * The unit still counts in its tier's pool: it exists and another body may inspect it.
 */
export function isOwnUnit(template: PlanTemplate, leadBody: string | undefined, unitName: string): boolean {
  return leadBody !== undefined && leadBodyOfUnitName(template, unitName)?.code === leadBody;
}
