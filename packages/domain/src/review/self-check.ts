import { err, ok, type Result } from "../core/result";
import type { InspectionStatus } from "../inspections/inspection-status";
import type { Rating } from "../schemas/finding-schemas";
import type { InspectionForm } from "../templates/template-types";

/**
 * The unit's self-check report before an announced visit (báo cáo tự kiểm tra theo đề cương): a rating
 * per checklist item of the inspection's scope, with notes, and evidence or a written justification.
 */
export interface SelfCheckItem {
  itemCode: string;
  rating: Rating;
  note: string;
  justification: string;
}

/** The unit writes it while the visit is ahead: scheduled in the approved plan or notified. */
export const SELF_CHECK_WRITABLE: readonly InspectionStatus[] = ["scheduled", "notified"];

/**
 * Only an announced inspection asks for a self-check, and only before the visit starts. A surprise
 * never does: its unit must not learn of it before it starts (R5); the API refuses it as "not found"
 * to the unit before the inspection is even read, and this rule keeps the team from asking.
 */
export function checkSelfCheckWritable(form: InspectionForm, status: InspectionStatus): Result<null> {
  if (form !== "announced") {
    return err("SELF_CHECK.NOT_ANNOUNCED", {
      vi: "Chỉ cuộc kiểm tra có thông báo trước mới có báo cáo tự kiểm tra",
      en: "Only an announced inspection has a self-check report",
    });
  }
  if (!SELF_CHECK_WRITABLE.includes(status)) {
    return err("SELF_CHECK.CLOSED", {
      vi: "Đoàn kiểm tra đã làm việc tại đơn vị: không sửa, không nộp báo cáo tự kiểm tra được nữa",
      en: "The visit has started: the self-check report can no longer be changed or submitted",
    });
  }
  return ok(null);
}

/**
 * A report may be submitted when every item of the checklist is rated and each has evidence files or a
 * written justification. `evidenceCount` gives the files per item code.
 */
export function checkSelfCheckComplete(
  checklistCodes: readonly string[],
  items: readonly SelfCheckItem[],
  evidenceCount: (itemCode: string) => number,
): Result<null> {
  const byCode = new Map(items.map((i) => [i.itemCode, i]));
  const unrated = checklistCodes.filter((c) => !byCode.has(c));
  if (unrated.length > 0) {
    return err(
      "SELF_CHECK.INCOMPLETE",
      {
        vi: `Đánh giá: còn nội dung chưa tự đánh giá (${unrated.join(", ")})`,
        en: `Ratings: some items are not rated yet (${unrated.join(", ")})`,
      },
      "items",
    );
  }
  const unsupported = checklistCodes.filter((c) => {
    const item = byCode.get(c)!;
    return item.justification.trim() === "" && evidenceCount(c) === 0;
  });
  if (unsupported.length > 0) {
    return err(
      "SELF_CHECK.UNSUPPORTED",
      {
        vi: `Minh chứng: mỗi nội dung cần tệp minh chứng hoặc giải trình (${unsupported.join(", ")})`,
        en: `Evidence: each item needs evidence files or a written justification (${unsupported.join(", ")})`,
      },
      "items",
    );
  }
  return ok(null);
}

/** Evidence of a self-check item is filed apart from the team's own evidence of the same item. */
export function selfCheckEvidenceItemCode(itemCode: string): string {
  return `s:${itemCode}`;
}
