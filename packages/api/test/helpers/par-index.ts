import { exampleIndexTree, leavesOf, nodeToRow, type ScoringState, TREE_COLUMNS } from "@par/domain";
import type { Db } from "../../src/db/database";
import { insertSheet, insertVersion, updateSheet, upsertScores } from "../../src/db/par-index.repository";

/**
 * The district tree stored for `year` and Biên Hòa's sheet on it in `state`, fully self-scored — for
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
