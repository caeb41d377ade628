import {
  checkSelfCheckWritable,
  clerkMayEdit,
  REVIEW_STATE_LABELS,
  selfCheckEvidenceItemCode,
} from "@par/domain";
import type { Request } from "../access/request";
import type { Db } from "../db/database";
import type { InspectionListRow } from "../db/inspection.repository";
import { findSelfCheck } from "../db/self-check.repository";
import { ancestorPath } from "../db/unit.repository";
import { fail, unwrap } from "../errors";
import type { EvidenceDto } from "../files/evidence";
import type { EvidenceType } from "../files/evidence-rules";
import { storeEvidenceFile } from "../files/store-evidence";
import { readInspection } from "../inspections/inspection-access";
import { selfCheckActorsOn } from "./self-check-actors";
import { checklistOf } from "./self-check-reads";

/**
 * Who may attach a file to a self-check item: the unit's clerk, before the visit, while the report is a
 * draft or came back, for an item of the checklist. R5 first (a hidden inspection is "not found").
 */
export async function assertMayAttachToSelfCheck(
  q: Request,
  db: Db,
  inspectionId: number,
  itemCode: string,
): Promise<InspectionListRow> {
  const row = await readInspection({ db, user: q.user, now: q.now }, inspectionId, "inspectionId");
  if (!selfCheckActorsOn(q.user, await ancestorPath(db, row.target_unit_id)).includes("clerk")) {
    fail("ACCESS.OUT_OF_SCOPE", "Đơn vị nằm ngoài phạm vi của bạn / This unit is outside your scope");
  }
  unwrap(checkSelfCheckWritable(row.form, row.status), "inspectionId");
  const state = (await findSelfCheck(db, row.id))?.review_state ?? "draft";
  if (!clerkMayEdit(state)) {
    const l = REVIEW_STATE_LABELS[state];
    fail(
      "RECOMMENDATION.STATE",
      `Không thể thêm tệp khi báo cáo đang ở trạng thái "${l.vi}" / Files cannot be added while the report is "${l.en}"`,
      "inspectionId",
    );
  }
  if (!checklistOf(row).some((c) => c.code === itemCode)) {
    fail(
      "INSPECTION.ITEM_NOT_IN_CHECKLIST",
      `Mã nội dung "${itemCode}" không thuộc đề cương của cuộc kiểm tra này / Item code "${itemCode}" is not in this inspection's checklist`,
      "itemCode",
    );
  }
  return row;
}

export function storeSelfCheckEvidence(
  q: Request,
  f: { inspectionId: number; itemCode: string; fileName: string; type: EvidenceType; bytes: Buffer },
): Promise<EvidenceDto> {
  return storeEvidenceFile(q, f, async (trx) => {
    const row = await assertMayAttachToSelfCheck(q, trx, f.inspectionId, f.itemCode);
    return {
      inspectionId: row.id,
      itemCode: selfCheckEvidenceItemCode(f.itemCode),
      unitId: row.target_unit_id,
    };
  });
}
