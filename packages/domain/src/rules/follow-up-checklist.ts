import type { Bilingual } from "../core/result";
import { itemsOfArea } from "../templates/template-lookup";
import type { ChecklistItem, ContentArea, PlanTemplate } from "../templates/template-types";
import { templateInYear } from "../templates/template-year";

/**
 * Where an open recommendation comes from: a conclusion recorded in this system ("inspection") or an
 * earlier conclusion imported from outside it (2022 and before, any competent body, thanh tra included).
 */
export type RecommendationSource = "inspection" | "earlier";

/** An open recommendation (kiến nghị chưa khắc phục) of an earlier conclusion about the unit. */
export interface OpenRecommendation {
  id: number;
  text: string;
  deadline: string | null;
  /** Year of the conclusion that made it. */
  conclusionYear: number;
  conclusionNumber?: string;
  /** Absent in snapshots taken before imports existed: those are all "inspection". */
  source?: RecommendationSource;
  /** The body that concluded (imported conclusions: "Thanh tra tỉnh", a ministry, …). */
  issuer?: string;
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
 * The item code of one recommendation in the follow-up area: "5.r12" for recommendation 12 of this
 * system, "5.e7" for recommendation 7 of an imported earlier conclusion. The two id spaces are separate
 * tables, hence the letter. A finding on the template's plain item "5" (before per-recommendation items)
 * keeps working where area 5 was chosen with nothing open.
 */
export function followUpItemCode(area: string, rec: Pick<OpenRecommendation, "id" | "source">): string {
  return `${area}.${rec.source === "earlier" ? "e" : "r"}${rec.id}`;
}

/**
 * The template item a finding's code counts under when findings are added up across inspections (the
 * annual report): itself, or for an area-5 recommendation item ("5.r12", "5.e7") the area's own item.
 */
export function templateItemOfCode(template: PlanTemplate, code: string): ChecklistItem | undefined {
  const own = template.items.find((i) => i.code === code);
  if (own) return own;
  const m = /^(.+)\.[re]\d+$/.exec(code);
  return m && m[1] === template.followUpArea ? itemsOfArea(template, m[1])[0] : undefined;
}

/** One checklist item per open recommendation: each gets its own finding (rating, note, evidence). */
function recommendationItems(area: string, recs: readonly OpenRecommendation[]): ChecklistItem[] {
  return recs.map((r) => {
    const ref = [r.conclusionNumber, r.issuer, String(r.conclusionYear)].filter(Boolean).join(", ");
    return {
      code: followUpItemCode(area, r),
      area,
      vi: `Kiến nghị: ${r.text} (${ref})`,
      en: `Recommendation: ${r.text} (${ref})`,
    };
  });
}

/**
 * R10. The checklist of an inspection: the chosen areas in the template's order, plus the follow-up
 * area with the unit's open recommendations from conclusions of earlier years, whether chosen or not.
 * In the follow-up area each open recommendation is an item of its own (II.5: "each open recommendation
 * is checked"); with none open, a chosen area 5 keeps the template's item.
 * Unknown area codes are ignored here; the input schema and checkInspectionAgainstTemplate refuse them.
 */
export function buildChecklist(
  planTemplate: PlanTemplate,
  chosenAreas: readonly string[],
  openRecommendations: readonly OpenRecommendation[],
  year: number,
): Checklist {
  // The items name the plan's own year (a 2025 plan under the 2023 template: "năm 2025").
  const template = templateInYear(planTemplate, year);
  const earlier = openRecommendations.filter((r) => r.conclusionYear < year);
  const chosen = new Set(chosenAreas);
  const followUpAdded = earlier.length > 0 && !chosen.has(template.followUpArea);
  const areas = template.areas
    .filter((a) => chosen.has(a.code) || (a.code === template.followUpArea && earlier.length > 0))
    .map((a): ChecklistArea => {
      const isFollowUp = a.code === template.followUpArea;
      return {
        ...a,
        items:
          isFollowUp && earlier.length > 0
            ? recommendationItems(a.code, earlier)
            : itemsOfArea(template, a.code),
        recommendations: isFollowUp ? earlier : [],
        reason: chosen.has(a.code) ? "chosen" : "follow_up",
      };
    });
  const note = followUpAdded
    ? {
        vi: `Tự động thêm nội dung ${template.followUpArea}: đơn vị còn ${earlier.length} kiến nghị chưa khắc phục từ các kỳ kiểm tra trước`,
        en: `Area ${template.followUpArea} added: the unit has ${earlier.length} open recommendation(s) from earlier inspections`,
      }
    : null;
  return { areas, followUpAdded, note };
}
