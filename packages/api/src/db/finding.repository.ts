import type { Rating } from "@par/domain";
import type { Db, FindingRow } from "./database";

export async function listFindings(db: Db, inspectionId: number): Promise<FindingRow[]> {
  return db
    .selectFrom("findings")
    .selectAll()
    .where("inspection_id", "=", inspectionId)
    .orderBy("id")
    .execute();
}

/** One finding per checklist item: recording it again replaces the rating and note. */
export async function upsertFinding(
  db: Db,
  f: { inspectionId: number; itemCode: string; rating: Rating; note: string; by: number | null; at: Date },
): Promise<{ before: FindingRow | undefined; after: FindingRow }> {
  const before = await db
    .selectFrom("findings")
    .selectAll()
    .where("inspection_id", "=", f.inspectionId)
    .where("item_code", "=", f.itemCode)
    .executeTakeFirst();
  const after = await db
    .insertInto("findings")
    .values({
      inspection_id: f.inspectionId,
      item_code: f.itemCode,
      rating: f.rating,
      note: f.note,
      recorded_by: f.by,
      recorded_at: f.at,
    })
    .onConflict((oc) =>
      oc.columns(["inspection_id", "item_code"]).doUpdateSet({
        rating: f.rating,
        note: f.note,
        recorded_by: f.by,
        recorded_at: f.at,
      }),
    )
    .returningAll()
    .executeTakeFirstOrThrow();
  return { before, after };
}
