import { createHash, randomUUID } from "node:crypto";
import {
  canOnUnit,
  fileRoundFor,
  type IndexNode,
  leavesOf,
  mayRemoveSheetFile,
  maySeeSheetFile,
  SCORING_STATE_LABELS,
  type ScoringState,
  SHEET_FILES_PER_CRITERION,
  SHEET_FILES_PER_SHEET,
  type SheetFileUploadQuery,
} from "@par/domain";
import { provinceOf } from "../access/province";
import type { Request } from "../access/request";
import { unitInScope } from "../access/unit-access";
import { audited } from "../db/audit.repository";
import type { Db } from "../db/database";
import { findSheet, latestVersion, versionById } from "../db/par-index.repository";
import {
  countSheetFiles,
  deleteSheetFile,
  findSheetFile,
  insertSheetFile,
  sheetFileContent,
} from "../db/par-index-files.repository";
import { ancestorPath } from "../db/unit.repository";
import { fail } from "../errors";
import type { EvidenceType } from "../files/evidence-rules";
import { ofTheUnit, type SheetFileDto, toSheetFileDto } from "./sheet-file-dto";
import { unitLevelOrFail } from "./sheet-reads";
import { lockedSheet } from "./sheet-steps";

const ENTITY = "par_index_file";
const NOT_FOUND = "Không tìm thấy tệp / File not found";

/**
 * Whether a file may go on `code` of a sheet in `state`: the unit attaches while the round is its own
 * (self-scoring, or explaining after round 1), on a sub-criterion of the sheet's tree, within the
 * limits. Answers the round the file joins.
 */
async function checkAttach(
  db: Db,
  sheet: { id: number; state: ScoringState } | null,
  nodes: readonly IndexNode[],
  code: string,
) {
  const state = sheet?.state ?? "self_scoring";
  const round = fileRoundFor(state);
  if (!round)
    fail(
      "PAR_INDEX.TRANSITION_INVALID",
      `Tài liệu kiểm chứng: không thêm, bỏ được khi hồ sơ ${SCORING_STATE_LABELS[state].vi.toLowerCase()} / Evidence files cannot be changed while: ${SCORING_STATE_LABELS[state].en.toLowerCase()}`,
      "code",
    );
  if (!leavesOf(nodes).some((n) => n.code === code))
    fail(
      "PAR_INDEX.SCORE_INVALID",
      `Tiêu chí: mã ${code} không phải tiêu chí thành phần được chấm / Criterion: ${code} is not a scored sub-criterion`,
      "code",
    );
  if (sheet) {
    const n = await countSheetFiles(db, sheet.id, code);
    if (n.onCode >= SHEET_FILES_PER_CRITERION || n.all >= SHEET_FILES_PER_SHEET)
      fail(
        "PAR_INDEX.SCORE_INVALID",
        `Tài liệu kiểm chứng: tối đa ${SHEET_FILES_PER_CRITERION} tệp mỗi tiêu chí, ${SHEET_FILES_PER_SHEET} tệp mỗi phiếu / Evidence files: at most ${SHEET_FILES_PER_CRITERION} per sub-criterion, ${SHEET_FILES_PER_SHEET} per sheet`,
        "file",
      );
  }
  return round;
}

/** Before the upload is read: the unit's clerk, its sheet open to files, the code a sub-criterion. */
export async function assertMayAttachToSheet(q: Request, db: Db, t: SheetFileUploadQuery): Promise<void> {
  const unit = await unitInScope(db, q.user, "selfAssessment.write", t.unitId, "unitId");
  const level = unitLevelOrFail(unit);
  const sheet = await findSheet(db, unit.id, t.year);
  const nodes = sheet
    ? (await versionById(db, sheet.version_id)).nodes
    : (await latestVersion(db, provinceOf(q.user), t.year, level))?.nodes;
  if (!nodes)
    fail(
      "PAR_INDEX.TRANSITION_INVALID",
      "Năm: Sở Nội vụ chưa ban hành bộ chỉ số năm này / Year: Sở Nội vụ has not issued this year's index",
      "year",
    );
  await checkAttach(db, sheet ?? null, nodes, t.code);
}

/** Stores the file on the sheet (created on a first file, like on a first save), checked again with it locked. */
export function storeSheetFile(
  q: Request,
  f: SheetFileUploadQuery & { fileName: string; type: EvidenceType; bytes: Buffer },
): Promise<SheetFileDto> {
  return audited(q.db, q.actor, async (trx) => {
    const { unit, sheet, nodes } = await lockedSheet(trx, q, f.unitId, f.year, "unit", true);
    const round = await checkAttach(trx, sheet, nodes, f.code);
    const row = await insertSheetFile(trx, {
      id: randomUUID(),
      province_id: sheet.province_id,
      sheet_id: sheet.id,
      code: f.code,
      round,
      file_name: f.fileName,
      content_type: f.type,
      size_bytes: f.bytes.length,
      sha256: createHash("sha256").update(f.bytes).digest("hex"),
      content: f.bytes,
      uploaded_by: q.user.userId,
      uploaded_at: q.now,
    });
    const dto = toSheetFileDto(row);
    return {
      result: dto,
      audit: {
        action: "add_evidence",
        entity: ENTITY,
        entityId: dto.id,
        unitId: unit.id,
        before: null,
        after: { ...dto, sheetId: sheet.id, year: f.year },
      },
    };
  });
}

/** The unit removes a file of its round in progress; a file out of reach answers "not found". */
export function removeSheetFile(q: Request, id: string) {
  return audited(q.db, q.actor, async (trx) => {
    // Locks the file and its sheet (a join's FOR UPDATE locks both), so a step cannot pass in between.
    const file = await findSheetFile(trx, id, true);
    const path = file ? await ancestorPath(trx, file.unit_id) : [];
    if (!file || !canOnUnit(q.user.assignments, "selfAssessment.write", path))
      fail("FILE.NOT_FOUND", NOT_FOUND, "id");
    if (!mayRemoveSheetFile(file.round, file.state))
      fail(
        "PAR_INDEX.TRANSITION_INVALID",
        `Tài liệu kiểm chứng: tệp đã gửi Sở Nội vụ, không bỏ được / Evidence file: already sent to Sở Nội vụ, it cannot be removed`,
        "id",
      );
    await deleteSheetFile(trx, id);
    const dto = toSheetFileDto(file);
    return {
      result: { id },
      audit: {
        action: "remove_evidence",
        entity: ENTITY,
        entityId: id,
        unitId: file.unit_id,
        before: { ...dto, sha256: file.sha256 },
        after: null,
      },
    };
  });
}

/**
 * A file for download: the caller reads the sheet's unit (scope) and the file's round is sent — or
 * the caller is of the unit. Anything else answers as if the file did not exist.
 */
export async function sheetFileFor(q: Request, id: string) {
  const file = await findSheetFile(q.db, id);
  if (!file) return undefined;
  const path = await ancestorPath(q.db, file.unit_id);
  if (!canOnUnit(q.user.assignments, "units.read", path)) return undefined;
  const sheet = { state: file.state, explained: file.explained_at !== null };
  if (!maySeeSheetFile(file.round, sheet, ofTheUnit(q.user, path))) return undefined;
  const content = await sheetFileContent(q.db, id);
  return content ? { file, content } : undefined;
}
