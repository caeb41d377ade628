import { type Insertable, sql } from "kysely";
import type {
  Db,
  InternalEvidenceFilesTable,
  InternalFindingsTable,
  InternalRecommendationsTable,
  InternalTeamMembersTable,
} from "./database";

/** The team, findings, recommendations and evidence of internal inspections (IV.4). */

export async function lockInternal(db: Db, id: number): Promise<void> {
  await db.selectFrom("internal_inspections").select("id").where("id", "=", id).forUpdate().execute();
}

export async function teamOf(db: Db, internalId: number) {
  return db
    .selectFrom("internal_team_members")
    .selectAll()
    .where("internal_id", "=", internalId)
    .orderBy("id")
    .execute();
}

export async function replaceTeam(
  db: Db,
  internalId: number,
  members: readonly Omit<Insertable<InternalTeamMembersTable>, "internal_id">[],
): Promise<void> {
  await db.deleteFrom("internal_team_members").where("internal_id", "=", internalId).execute();
  if (members.length === 0) return;
  await db
    .insertInto("internal_team_members")
    .values(members.map((m) => ({ ...m, internal_id: internalId })))
    .execute();
}

export async function findingsOf(db: Db, internalId: number) {
  return db
    .selectFrom("internal_findings")
    .selectAll()
    .where("internal_id", "=", internalId)
    .orderBy("item_code")
    .execute();
}

export async function upsertFinding(db: Db, row: Insertable<InternalFindingsTable>): Promise<void> {
  await db
    .insertInto("internal_findings")
    .values(row)
    .onConflict((c) =>
      c.columns(["internal_id", "item_code"]).doUpdateSet({
        rating: row.rating,
        note: row.note ?? "",
        updated_at: row.updated_at,
      }),
    )
    .execute();
}

export async function recommendationsOf(db: Db, internalId: number) {
  return db
    .selectFrom("internal_recommendations")
    .selectAll()
    .where("internal_id", "=", internalId)
    .orderBy("id")
    .execute();
}

export async function insertRecommendations(
  db: Db,
  rows: readonly Insertable<InternalRecommendationsTable>[],
): Promise<void> {
  if (rows.length > 0)
    await db
      .insertInto("internal_recommendations")
      .values([...rows])
      .execute();
}

export async function findRecommendation(db: Db, id: number, lock = false) {
  let q = db.selectFrom("internal_recommendations").selectAll().where("id", "=", id);
  if (lock) q = q.forUpdate();
  return q.executeTakeFirst();
}

export async function closeRecommendationRow(db: Db, id: number, doneOn: string, outcome: string) {
  await db
    .updateTable("internal_recommendations")
    .set({ status: "done", done_on: doneOn, outcome })
    .where("id", "=", id)
    .execute();
}

export async function openRecommendationCount(db: Db, internalId: number): Promise<number> {
  const row = await db
    .selectFrom("internal_recommendations")
    .select(sql<number>`count(*)::int`.as("n"))
    .where("internal_id", "=", internalId)
    .where("status", "=", "open")
    .executeTakeFirstOrThrow();
  return row.n;
}

const EVIDENCE_META = [
  "e.id",
  "e.internal_id",
  "e.item_code",
  "e.file_name",
  "e.content_type",
  "e.size_bytes",
  "e.sha256",
  "e.uploaded_at",
] as const;

export async function evidenceOf(db: Db, internalId: number) {
  return db
    .selectFrom("internal_evidence_files as e")
    .select(EVIDENCE_META)
    .where("e.internal_id", "=", internalId)
    .orderBy("e.item_code")
    .orderBy("e.uploaded_at")
    .orderBy("e.id")
    .execute();
}

export async function findInternalEvidence(db: Db, id: string) {
  return db
    .selectFrom("internal_evidence_files as e")
    .select([...EVIDENCE_META, "e.content"])
    .where("e.id", "=", id)
    .executeTakeFirst();
}

export async function insertInternalEvidence(
  db: Db,
  row: Insertable<InternalEvidenceFilesTable>,
): Promise<void> {
  await db.insertInto("internal_evidence_files").values(row).execute();
}
