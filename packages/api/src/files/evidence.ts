import { buildChecklist, checklistItemCodes, type EvidenceListInput } from "@par/domain";
import type { Request } from "../access/request";
import { audited } from "../db/audit.repository";
import type { Db } from "../db/database";
import {
  deleteEvidence,
  type EvidenceMeta,
  findEvidenceMeta,
  listEvidenceMeta,
  readEvidenceContent,
} from "../db/evidence.repository";
import { findInspectionRow } from "../db/inspection.repository";
import { fail } from "../errors";
import { canSeeRow, readInspection } from "../inspections/inspection-access";
import { assertMayAct, forChange, notEditable } from "../inspections/inspection-commands";
import type { EvidenceType } from "./evidence-rules";
import { storeEvidenceFile } from "./store-evidence";
import { isOfTheUnit, maySeeEvidenceOf } from "./submission-files";

const ENTITY = "evidence_file";
/** Evidence is added while the team works and until the inspection is closed (the conclusion may cite it). */
const OPEN_FOR_EVIDENCE = ["in_progress", "findings_recorded", "concluded"] as const;

export interface EvidenceDto {
  id: string;
  inspectionId: number;
  itemCode: string;
  fileName: string;
  contentType: EvidenceType;
  size: number;
  sha256: string;
  uploadedBy: { id: number; name: string } | null;
  uploadedAt: Date;
  /** GET it with the session cookie. */
  url: string;
}

export function toEvidenceDto(m: EvidenceMeta): EvidenceDto {
  return {
    id: m.id,
    inspectionId: m.inspection_id,
    itemCode: m.item_code,
    fileName: m.file_name,
    contentType: m.content_type,
    size: m.size_bytes,
    sha256: m.sha256,
    uploadedBy: m.uploaded_by === null ? null : { id: m.uploaded_by, name: m.uploader_name ?? "" },
    uploadedAt: m.uploaded_at,
    url: `/files/evidence/${m.id}`,
  };
}

const reader = (q: Request, db: Db = q.db) => ({ db, user: q.user, now: q.now });

/**
 * Who may add or remove evidence: the same rule as recording a finding (the inspection is visible, the
 * user acts for its lead body, R8), while it is in progress, its findings recorded or concluded, and
 * for an item of its checklist. Locks the inspection when `db` is a transaction.
 */
export async function assertMayAttach(q: Request, db: Db, inspectionId: number, itemCode: string) {
  const { row, template, viewer } = await forChange(q, db, inspectionId, "inspectionId");
  assertMayAct(row, viewer);
  if (!(OPEN_FOR_EVIDENCE as readonly string[]).includes(row.status)) {
    notEditable(row, { vi: "thêm hoặc xóa tệp minh chứng", en: "add or remove evidence" }, "inspectionId");
  }
  const codes = checklistItemCodes(buildChecklist(template, row.areas, row.follow_up, row.year));
  if (!codes.includes(itemCode)) {
    fail(
      "INSPECTION.ITEM_NOT_IN_CHECKLIST",
      `Mã nội dung "${itemCode}" không thuộc nội dung kiểm tra của cuộc này (${codes.join(", ")}) / Item code "${itemCode}" is not in this inspection's checklist (${codes.join(", ")})`,
      "itemCode",
    );
  }
  return row;
}

/** Stores a checked file and its audit row together; the bytes were read before the transaction. */
export function storeEvidence(
  q: Request,
  f: { inspectionId: number; itemCode: string; fileName: string; type: EvidenceType; bytes: Buffer },
): Promise<EvidenceDto> {
  return storeEvidenceFile(q, f, async (trx) => {
    const row = await assertMayAttach(q, trx, f.inspectionId, f.itemCode);
    return { inspectionId: row.id, itemCode: f.itemCode, unitId: row.target_unit_id };
  });
}

function fileNotFound(): never {
  fail("FILE.NOT_FOUND", "Không tìm thấy tệp / File not found", "id");
}

/** A file whose inspection the user may see (scope and R5); otherwise "not found", like a missing one. */
export async function visibleEvidence(q: Request, id: string, db: Db = q.db): Promise<EvidenceMeta> {
  const meta = await findEvidenceMeta(db, id);
  if (!meta) fileNotFound();
  const row = await findInspectionRow(db, meta.inspection_id);
  if (!row || !(await canSeeRow(reader(q, db), row))) fileNotFound();
  // A unit's draft (self-check, response) is the unit's: to the team it is as missing as any other id.
  if (!(await maySeeEvidenceOf(q, db, meta, row.target_unit_id))) fileNotFound();
  return meta;
}

export async function evidenceContent(q: Request, id: string) {
  const meta = await visibleEvidence(q, id);
  const content = await readEvidenceContent(q.db, id);
  if (!content) fileNotFound();
  return { meta, content };
}

export async function listEvidence(q: Request, input: EvidenceListInput): Promise<EvidenceDto[]> {
  const row = await readInspection(reader(q), input.inspectionId, "inspectionId");
  const ofTheUnit = await isOfTheUnit(q, q.db, row.target_unit_id);
  return (await listEvidenceMeta(q.db, row.id, input.itemCode, ofTheUnit)).map(toEvidenceDto);
}

export async function removeEvidence(q: Request, id: string): Promise<EvidenceDto> {
  return audited(q.db, q.actor, async (trx) => {
    const meta = await visibleEvidence(q, id, trx);
    const row = await assertMayAttach(q, trx, meta.inspection_id, meta.item_code);
    await deleteEvidence(trx, id);
    const dto = toEvidenceDto(meta);
    return {
      result: dto,
      audit: {
        action: "remove_evidence",
        entity: ENTITY,
        entityId: id,
        unitId: row.target_unit_id,
        before: dto,
        after: null,
      },
    };
  });
}
