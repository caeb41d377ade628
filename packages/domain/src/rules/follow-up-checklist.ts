import type { Bilingual } from "../core/result";
import { itemsOfArea } from "../templates/template-lookup";
import type { ChecklistItem, ContentArea, PlanTemplate } from "../templates/template-types";

/** An open recommendation (kiến nghị chưa khắc phục) of an earlier conclusion about the unit. */
export interface OpenRecommendation {
  id: number;
  text: string;
  deadline: string | null;
  /** Year of the conclusion that made it. */
  conclusionYear: number;
  conclusionNumber?: string;
}

export interface ChecklistArea extends ContentArea {
  items: ChecklistItem[];
  /** Filled in the follow-up area only: each open recommendation is checked (R10). */
  recommendations: OpenRecommendation[];
  /** Why the area is in the checklist. */
  reason: "chosen" | "follow_up";
}

export interface Checklist {
  areas: ChecklistArea[];
  /** True when the follow-up area was added because of open recommendations. */
  followUpAdded: boolean;
  note: Bilingual | null;
}

/**
 * R10. The checklist of an inspection: the chosen areas in the template's order, plus the follow-up
 * area with the unit's open recommendations from conclusions of earlier years, whether chosen or not.
 * Unknown area codes are ignored here; the input schema and checkInspectionAgainstTemplate refuse them.
 */
export function buildChecklist(
  template: PlanTemplate,
  chosenAreas: readonly string[],
  openRecommendations: readonly OpenRecommendation[],
  year: number,
): Checklist {
  const earlier = openRecommendations.filter((r) => r.conclusionYear < year);
  const chosen = new Set(chosenAreas);
  const followUpAdded = earlier.length > 0 && !chosen.has(template.followUpArea);
  const areas = template.areas
    .filter((a) => chosen.has(a.code) || (a.code === template.followUpArea && earlier.length > 0))
    .map(
      (a): ChecklistArea => ({
        ...a,
        items: itemsOfArea(template, a.code),
        recommendations: a.code === template.followUpArea ? earlier : [],
        reason: chosen.has(a.code) ? "chosen" : "follow_up",
      }),
    );
  const note = followUpAdded
    ? {
        vi: `Tự động thêm nội dung ${template.followUpArea}: đơn vị còn ${earlier.length} kiến nghị chưa khắc phục từ các kỳ kiểm tra trước`,
        en: `Area ${template.followUpArea} added: the unit has ${earlier.length} open recommendation(s) from earlier inspections`,
      }
    : null;
  return { areas, followUpAdded, note };
}
