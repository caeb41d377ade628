import { createHash, randomUUID } from "node:crypto";
import { checkFollowUpOpen, clerkMayEdit, REVIEW_STATE_LABELS, responseEvidenceItemCode } from "@par/domain";
import type { Request } from "../access/request";
import { audited } from "../db/audit.repository";
import type { Db } from "../db/database";
import { insertEvidence } from "../db/evidence.repository";
import { findResponseRow, type ResponseRow } from "../db/response.repository";
import { ancestorPath } from "../db/unit.repository";
import { fail, unwrap } from "../errors";
import { type EvidenceDto, toEvidenceDto } from "../files/evidence";
import type { EvidenceType } from "../files/evidence-rules";
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

export async function storeResponseEvidence(
  q: Request,
  f: { recommendationId: number; fileName: string; type: EvidenceType; bytes: Buffer },
): Promise<EvidenceDto> {
  return audited(q.db, q.actor, async (trx) => {
    const row = await assertMayAttachToResponse(q, trx, f.recommendationId);
    const meta = await insertEvidence(trx, {
      id: randomUUID(),
      inspection_id: row.inspection_id,
      item_code: responseEvidenceItemCode(row.id),
      file_name: f.fileName,
      content_type: f.type,
      size_bytes: f.bytes.length,
      sha256: createHash("sha256").update(f.bytes).digest("hex"),
      content: f.bytes,
      uploaded_by: q.user.userId,
      uploaded_at: q.now,
    });
    const dto = toEvidenceDto(meta);
    return {
      result: dto,
      audit: {
        action: "add_evidence",
        entity: "evidence_file",
        entityId: dto.id,
        unitId: row.unit_id,
        before: null,
        after: dto,
      },
    };
  });
}
