import { SHEET_FILES_PER_SHEET } from "@par/domain";
import { sql } from "kysely";
import type { Db } from "./database";
import type { ParIndexFilesTable } from "./par-index-tables";

/** A file's metadata, never its bytes: the sheet lists them all at once. */
const META = [
  "f.id",
  "f.sheet_id",
  "f.code",
  "f.round",
  "f.file_name",
  "f.content_type",
  "f.size_bytes",
  "f.uploaded_at",
] as const;

/**
 * The files the unit has sent (the domain's `sheetFileSent`, in SQL on the sheet's row): a self-score
 * file once the sheet left self-scoring, an explanation file once the explanation went out.
 */
export const sheetFileSentSql = sql<boolean>`(
  (f.round = 'self' and s.state <> 'self_scoring') or (f.round = 'explanation' and s.explained_at is not null))`;

/** A sheet's files in code order; `withDrafts` for the unit itself, else only what it has sent. */
export async function sheetFiles(db: Db, sheetId: number, withDrafts: boolean) {
  let q = db
    .selectFrom("par_index_files as f")
    .innerJoin("par_index_sheets as s", "s.id", "f.sheet_id")
    .select(META)
    .where("f.sheet_id", "=", sheetId)
    .orderBy("f.code")
    .orderBy("f.uploaded_at")
    .orderBy("f.id")
    .limit(SHEET_FILES_PER_SHEET);
  if (!withDrafts) q = q.where(sheetFileSentSql);
  return q.execute();
}
export type SheetFileRow = Awaited<ReturnType<typeof sheetFiles>>[number];

/** How many files the sheet holds, and how many on `code`. */
export async function countSheetFiles(db: Db, sheetId: number, code: string) {
  const r = await db
    .selectFrom("par_index_files")
    .select((e) => [
      e.fn.countAll<string>().as("all"),
      sql<string>`count(*) filter (where code = ${code})`.as("onCode"),
    ])
    .where("sheet_id", "=", sheetId)
    .executeTakeFirstOrThrow();
  return { all: Number(r.all), onCode: Number(r.onCode) };
}

export async function insertSheetFile(db: Db, row: ParIndexFilesTable) {
  return db
    .insertInto("par_index_files")
    .values(row)
    .returning(["id", "sheet_id", "code", "round", "file_name", "content_type", "size_bytes", "uploaded_at"])
    .executeTakeFirstOrThrow();
}

/** One file with the sheet it is on (state, unit, whether the explanation went out), without the bytes. */
export async function findSheetFile(db: Db, id: string, forUpdate = false) {
  let q = db
    .selectFrom("par_index_files as f")
    .innerJoin("par_index_sheets as s", "s.id", "f.sheet_id")
    .select([...META, "f.sha256", "s.unit_id", "s.state", "s.explained_at"])
    .where("f.id", "=", id);
  if (forUpdate) q = q.forUpdate();
  return q.executeTakeFirst();
}

export async function sheetFileContent(db: Db, id: string): Promise<Buffer | undefined> {
  const r = await db.selectFrom("par_index_files").select("content").where("id", "=", id).executeTakeFirst();
  return r?.content;
}

export async function deleteSheetFile(db: Db, id: string) {
  await db.deleteFrom("par_index_files").where("id", "=", id).execute();
}
