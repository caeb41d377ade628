import type { Bilingual } from "../core/result";
import type { PlanTemplate } from "../templates/template-types";
import { isOpenRecommendation, type RecommendationStatus } from "./recommendation-status";

export interface CarriedRecommendation {
  id: number;
  text: string;
  deadline: string;
}

export interface CarryForward {
  /** The inspection's recommendations still open: closing does not drop them (R10). */
  recommendations: CarriedRecommendation[];
  /** What the closing confirmation says about them; null when nothing is open. */
  note: Bilingual | null;
}

/**
 * R10. What closing an inspection does to its open recommendations: they are carried into the follow-up
 * area of the unit's next inspection, where each is checked on site. The closing confirmation lists them.
 */
export function carryForwardOnClose(
  template: PlanTemplate,
  recommendations: readonly { id: number; text: string; deadline: string; status: RecommendationStatus }[],
): CarryForward {
  const open = recommendations
    .filter((r) => isOpenRecommendation(r.status))
    .map((r) => ({ id: r.id, text: r.text, deadline: r.deadline }));
  const area = template.followUpArea;
  return {
    recommendations: open,
    note:
      open.length === 0
        ? null
        : {
            vi: `${open.length} kiến nghị chưa khắc phục sẽ được chuyển vào nội dung ${area} của cuộc kiểm tra tiếp theo tại đơn vị`,
            en: `${open.length} open recommendation(s) will be carried into area ${area} of the unit's next inspection`,
          },
  };
}
