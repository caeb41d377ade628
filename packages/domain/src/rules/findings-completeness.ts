import type { Checklist } from "./follow-up-checklist";

/** The item codes of a checklist, in its order: findings are recorded against these only. */
export function checklistItemCodes(checklist: Checklist): string[] {
  return checklist.areas.flatMap((a) => a.items.map((i) => i.code));
}

/**
 * Items of the checklist that have no finding yet. The minutes (biên bản) rate every item in scope,
 * so an inspection's findings are complete, and it may be concluded, when this is empty.
 */
export function missingFindings(checklist: Checklist, ratedItemCodes: Iterable<string>): string[] {
  const rated = new Set(ratedItemCodes);
  return checklistItemCodes(checklist).filter((code) => !rated.has(code));
}
