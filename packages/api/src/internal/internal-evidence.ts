import { createHash, randomUUID } from "node:crypto";
import type { InternalEvidenceUploadQuery } from "@par/domain";
import type { Request } from "../access/request";
import { audited } from "../db/audit.repository";
import { findInternalEvidence, insertInternalEvidence } from "../db/internal-work.repository";
import { fail } from "../errors";
import type { EvidenceType } from "../files/evidence-rules";
import { assertStatus, maySeeInternalFiles, readableInternal, writableInternal } from "./internal-access";

/** The inspecting unit's own officer, while the inspection is not concluded (the findings are still open). */
export async function assertMayAttachInternal(q: Request, db: Request["db"], internalId: number) {
  const row = await writableInternal(q, db, internalId);
  assertStatus(row, ["planned"], { vi: "thêm tệp minh chứng", en: "add evidence" });
  return row;
}

/** Stores a checked file and its audit row together; the bytes were read and sniffed before. */
export async function storeInternalEvidence(
  q: Request,
  f: InternalEvidenceUploadQuery & { fileName: string; type: EvidenceType; bytes: Buffer },
) {
  return audited(q.db, q.actor, async (trx) => {
    const row = await assertMayAttachInternal(q, trx, f.internalId);
    const id = randomUUID();
    const sha256 = createHash("sha256").update(f.bytes).digest("hex");
    await insertInternalEvidence(trx, {
      id,
      internal_id: row.id,
      item_code: f.itemCode,
      file_name: f.fileName,
      content_type: f.type,
      size_bytes: f.bytes.length,
      sha256,
      content: f.bytes,
      uploaded_by: q.user.userId,
      uploaded_at: q.now,
    });
    const dto = {
      id,
      internalId: row.id,
      itemCode: f.itemCode,
      fileName: f.fileName,
      contentType: f.type,
      size: f.bytes.length,
      sha256,
      url: `/files/internal-evidence/${id}`,
    };
    return {
      result: dto,
      audit: {
        action: "add_evidence",
        entity: "internal_evidence_file",
        entityId: id,
        unitId: row.target_unit_id,
        before: null,
        after: dto,
      },
    };
  });
}

/** A file of an internal inspection the caller may read; anyone else's is "not found" like a missing one. */
export async function internalEvidenceContent(q: Request, id: string) {
  const file = await findInternalEvidence(q.db, id);
  const notFound = (): never => fail("FILE.NOT_FOUND", "Không tìm thấy tệp / File not found", "id");
  if (!file) return notFound();
  let row: Awaited<ReturnType<typeof readableInternal>>;
  try {
    row = await readableInternal(q, file.internal_id);
  } catch {
    return notFound();
  }
  // Until its result is on record the inspection is the inspecting unit's work (its clerk and head).
  if (!(await maySeeInternalFiles(q, q.db, row))) notFound();
  return file;
}
