import { anyInt } from "./any-array";
import type { Db, FindingRow } from "./database";

/** The province at the top of the register on a day ("Tỉnh Đồng Nai"): the documents' place and issuer. */
/** The province's name (documents are issued in it); of this province, as valid on `at`. */
export async function provinceOn(
  db: Db,
  provinceId: number,
  at: string,
): Promise<{ name: string } | undefined> {
  return db
    .selectFrom("org_units")
    .select("name")
    .where("id", "=", provinceId)
    .where("parent_id", "is", null)
    .where("valid_from", "<=", at)
    .where((eb) => eb.or([eb("valid_to", "is", null), eb("valid_to", ">=", at)]))
    .orderBy("id")
    .executeTakeFirst();
}

/** Findings of several inspections at once (the annual report). */
export async function findingsOf(db: Db, inspectionIds: readonly number[]): Promise<FindingRow[]> {
  if (inspectionIds.length === 0) return [];
  return db
    .selectFrom("findings")
    .selectAll()
    .where("inspection_id", "=", anyInt(inspectionIds))
    .orderBy("inspection_id")
    .orderBy("id")
    .execute();
}
