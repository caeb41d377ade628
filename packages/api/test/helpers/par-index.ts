import { createHash, randomUUID } from "node:crypto";
import { exampleIndexTree, leavesOf, nodeToRow, type ScoringState, TREE_COLUMNS } from "@par/domain";
import type { Db } from "../../src/db/database";
import {
  insertSheet,
  insertVersion,
  updateSheet,
  upsertScores,
  versionById,
} from "../../src/db/par-index.repository";
import { insertSheetFile } from "../../src/db/par-index-files.repository";

/**
 * The district tree stored for `year` and Biên Hòa's sheet on it in `state`, fully self-scored with a
 * file on every evidence-required leaf — for
 * tables that need a sheet ready for one step. Written through the repository: the steps are tested
 * in par-index.test.ts.
 */
export async function districtSheetIn(db: Db, unitId: number, year: number, state: ScoringState | null) {
  const unit = await db
    .selectFrom("org_units")
    .select("province_id")
    .where("id", "=", unitId)
    .executeTakeFirstOrThrow();
  const tree = exampleIndexTree(year, "district");
  const version = await insertVersion(db, unit.province_id, tree, null as unknown as number);
  if (state === null) return version.id;
  const sheet = await insertSheet(db, {
    provinceId: unit.province_id,
    unitId,
    year,
    level: "district",
    versionId: version.id,
  });
  await upsertScores(
    db,
    sheet.id,
    leavesOf(tree.nodes).map((n) => ({
      code: n.code,
      self_points: n.code.startsWith("11") ? 0 : n.maxPoints,
      self_note: "Văn bản số 1",
    })),
  );
  await attachEvidenceToAll(db, unitId, year);
  await updateSheet(db, sheet.id, { state });
  return version.id;
}

/** The example district tree of 2023 as the CSV layout the import reads (the export's columns). */
export function indexSheet(year = 2031) {
  const csv = [TREE_COLUMNS, ...exampleIndexTree(2023, "district").nodes.map(nodeToRow)]
    .map((r) => r.map((c) => `"${c}"`).join(","))
    .join("\n");
  return {
    year,
    level: "district" as const,
    title: "Bộ chỉ số huyện",
    fileName: "cs.csv",
    contentBase64: Buffer.from(csv).toString("base64"),
  };
}

/**
 * One evidence file on every evidence-required leaf of the unit's sheet for `year` (round "self"), as if
 * the clerk had uploaded them: a sheet that may then be submitted. The upload route is tested in
 * par-index-files.test.ts.
 */
export async function attachEvidenceToAll(db: Db, unitId: number, year: number) {
  const sheet = await db
    .selectFrom("par_index_sheets")
    .select(["id", "province_id", "version_id"])
    .where("unit_id", "=", unitId)
    .where("year", "=", year)
    .executeTakeFirstOrThrow();
  const { nodes } = await versionById(db, sheet.version_id);
  const bytes = Buffer.from("%PDF-1.4\n%evidence\n");
  for (const n of leavesOf(nodes).filter((l) => l.evidenceRequired))
    await insertSheetFile(db, {
      id: randomUUID(),
      province_id: sheet.province_id,
      sheet_id: sheet.id,
      code: n.code,
      round: "self",
      file_name: `kiem-chung-${n.code}.pdf`,
      content_type: "application/pdf",
      size_bytes: bytes.length,
      sha256: createHash("sha256").update(bytes).digest("hex"),
      content: bytes,
      uploaded_by: null,
      uploaded_at: new Date("2023-12-01T03:00:00Z"),
    });
}
