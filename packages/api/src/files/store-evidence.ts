import { createHash, randomUUID } from "node:crypto";
import type { Request } from "../access/request";
import { audited } from "../db/audit.repository";
import type { Db } from "../db/database";
import { insertEvidence } from "../db/evidence.repository";
import type { EvidenceDto } from "./evidence";
import { toEvidenceDto } from "./evidence";
import type { EvidenceType } from "./evidence-rules";

/** Where a checked file goes: the inspection and item it is filed under, and the unit its audit row names. */
export interface EvidenceOwner {
  inspectionId: number;
  itemCode: string;
  unitId: number;
}

/**
 * Stores an uploaded file and its audit row (`add_evidence`) in one transaction. The owner check of
 * the route (a finding, a self-check item, a response) runs again inside it with the rows locked; the
 * bytes were read and sniffed before, so a slow upload never holds a lock.
 */
export function storeEvidenceFile(
  q: Request,
  f: { fileName: string; type: EvidenceType; bytes: Buffer },
  ownerIn: (trx: Db) => Promise<EvidenceOwner>,
): Promise<EvidenceDto> {
  return audited(q.db, q.actor, async (trx) => {
    const owner = await ownerIn(trx);
    const meta = await insertEvidence(trx, {
      id: randomUUID(),
      inspection_id: owner.inspectionId,
      item_code: owner.itemCode,
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
        unitId: owner.unitId,
        before: null,
        after: dto,
      },
    };
  });
}
