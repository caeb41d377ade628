import { GONE_OUT_STATES } from "@par/domain";
import { sql } from "kysely";
import type { Db, EvidenceFileRow, EvidenceFilesTable } from "./database";

/** Metadata without the bytes: lists never load file contents. */
export type EvidenceMeta = Omit<EvidenceFileRow, "content" | "province_id"> & {
  uploader_name: string | null;
};

const META = [
  "e.id",
  "e.inspection_id",
  "e.item_code",
  "e.file_name",
  "e.content_type",
  "e.size_bytes",
  "e.sha256",
  "e.uploaded_by",
  "e.uploaded_at",
  "u.display_name as uploader_name",
] as const;

export async function insertEvidence(
  db: Db,
  row: Omit<EvidenceFilesTable, "uploaded_at" | "province_id"> & { uploaded_at: Date },
): Promise<EvidenceMeta> {
  await db.insertInto("evidence_files").values(row).execute();
  return (await findEvidenceMeta(db, row.id))!;
}

export async function findEvidenceMeta(db: Db, id: string): Promise<EvidenceMeta | undefined> {
  return db
    .selectFrom("evidence_files as e")
    .leftJoin("users as u", "u.id", "e.uploaded_by")
    .select(META)
    .where("e.id", "=", id)
    .executeTakeFirst();
}

/** `withUnitDrafts`: the caller is of the inspected unit (its clerk or head) and sees its own drafts' files. */
export async function listEvidenceMeta(
  db: Db,
  inspectionId: number,
  itemCode?: string,
  withUnitDrafts = false,
): Promise<EvidenceMeta[]> {
  let q = db
    .selectFrom("evidence_files as e")
    .leftJoin("users as u", "u.id", "e.uploaded_by")
    .select(META)
    .where("e.inspection_id", "=", inspectionId)
    .orderBy("e.item_code")
    .orderBy("e.uploaded_at")
    .orderBy("e.id");
  if (itemCode !== undefined) q = q.where("e.item_code", "=", itemCode);
  return (withUnitDrafts ? q : q.where(submissionFileOut)).execute();
}

export async function readEvidenceContent(db: Db, id: string): Promise<Buffer | undefined> {
  const row = await db.selectFrom("evidence_files").select("content").where("id", "=", id).executeTakeFirst();
  return row?.content;
}

export async function deleteEvidence(db: Db, id: string): Promise<void> {
  await db.deleteFrom("evidence_files").where("id", "=", id).execute();
}

/** Which of `ids` are evidence of this inspection (a response may cite only those). */
export async function evidenceIdsOf(
  db: Db,
  inspectionId: number,
  ids: readonly string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom("evidence_files")
    .select("id")
    .where("inspection_id", "=", inspectionId)
    .where("id", "in", ids)
    .execute();
  return new Set(rows.map((r) => r.id));
}

/**
 * A file the unit attached to its self-check or to a response, listed only once that submission has
 * gone out (the domain's GONE_OUT_STATES; a response answered before the loop existed reads as its
 * status says, as `reviewStateOf` does). The team's own files, area-5 follow-up ones included, pass.
 */
const goneOut = sql.join(GONE_OUT_STATES.map((s) => sql.lit(s)));
const submissionFileOut = sql<boolean>`
  (e.item_code not like 's:%' or exists (
    select 1 from self_checks s where s.inspection_id = e.inspection_id and s.review_state in (${goneOut})))
  and not exists (
    select 1 from recommendations r
    where r.inspection_id = e.inspection_id and e.item_code = '5.r' || r.id
      and coalesce(r.review_state, case r.status when 'responded' then 'approved'
        when 'resolved' then 'accepted' when 'not_resolved' then 'returned' else 'draft' end)
        not in (${goneOut}))`;
