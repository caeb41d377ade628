import { checkFollowUpOpen, clerkMayEdit, REVIEW_STATE_LABELS, responseEvidenceItemCode } from "@par/domain";
import type { Request } from "../access/request";
import type { Db } from "../db/database";
import { findResponseRow, type ResponseRow } from "../db/response.repository";
import { ancestorPath } from "../db/unit.repository";
import { fail, unwrap } from "../errors";
import type { EvidenceDto } from "../files/evidence";
import type { EvidenceType } from "../files/evidence-rules";
import { storeEvidenceFile } from "../files/store-evidence";
import { visibilityOf } from "../inspections/inspection-access";
import { actorsOn } from "./response-actors";
import { reviewStateOf } from "./response-dto";

/**
 * Who may attach a file to a response: the clerk of the recommendation's unit (or above it), while the
 * response is a draft or came back and the inspection is open for follow-up. An invisible
 * recommendation is "not found", like a missing one.
 */
export async function assertMayAttachToResponse(
  q: Request,
  db: Db,
  recommendationId: number,
): Promise<ResponseRow> {
  const row = await findResponseRow(
    db,
    recommendationId,
    await visibilityOf({ db, user: q.user, now: q.now }),
  );
  if (!row)
    fail(
      "RECOMMENDATION.NOT_FOUND",
      "Không tìm thấy kiến nghị / Recommendation not found",
      "recommendationId",
    );
  if (!actorsOn(q.user, await ancestorPath(db, row.unit_id)).includes("clerk")) {
    fail(
      "ACCESS.OUT_OF_SCOPE",
      "Kiến nghị này không thuộc phạm vi của bạn / This recommendation is outside your scope",
    );
  }
  unwrap(checkFollowUpOpen(row.inspection_status, "respond"), "recommendationId");
  const state = reviewStateOf(row);
  if (!clerkMayEdit(state)) {
    const l = REVIEW_STATE_LABELS[state];
    fail(
      "RECOMMENDATION.STATE",
      `Không thể thêm tệp khi trả lời đang ở trạng thái "${l.vi}" / Files cannot be added while the response is "${l.en}"`,
      "recommendationId",
    );
  }
  return row;
}

export function storeResponseEvidence(
  q: Request,
  f: { recommendationId: number; fileName: string; type: EvidenceType; bytes: Buffer },
): Promise<EvidenceDto> {
  return storeEvidenceFile(q, f, async (trx) => {
    const row = await assertMayAttachToResponse(q, trx, f.recommendationId);
    return {
      inspectionId: row.inspection_id,
      itemCode: responseEvidenceItemCode(row.id),
      unitId: row.unit_id,
    };
  });
}
