import type { IndexLevel, IndexTree, ScoringState } from "@par/domain";
import { sql } from "kysely";
import { fail } from "../errors";
import type { Db } from "./database";
import { decodeCursor } from "./keyset";

/** A cursor of these lists carries numbers: anything else was not made by the server. */
function numbers(after: ReturnType<typeof decodeCursor>, keyIsNumber: boolean) {
  if (!after) return null;
  const key = keyIsNumber ? Number(after.key) : after.key;
  const id = Number(after.id);
  if (
    (keyIsNumber && !Number.isFinite(key)) ||
    !Number.isSafeInteger(id) ||
    (!keyIsNumber && typeof key !== "string")
  )
    fail("INPUT.BAD_CURSOR", "Con trỏ trang không hợp lệ / Page cursor is invalid", "cursor");
  return { key, id };
}

/** Storage of the PAR index (migration 2026_11_30_0401): tree versions, deadlines, sheets, scores. */

export async function latestVersion(db: Db, provinceId: number, year: number, level: IndexLevel) {
  return db
    .selectFrom("par_index_versions")
    .selectAll()
    .where("province_id", "=", provinceId)
    .where("year", "=", year)
    .where("level", "=", level)
    .orderBy("version", "desc")
    .limit(1)
    .executeTakeFirst();
}

export async function versionById(db: Db, id: number) {
  return db.selectFrom("par_index_versions").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
}

export async function insertVersion(db: Db, provinceId: number, tree: IndexTree, userId: number) {
  // Serialised per (province, year, level) by the unique key: a concurrent save fails, never forks.
  return db
    .insertInto("par_index_versions")
    .values({
      province_id: provinceId,
      year: tree.year,
      level: tree.level,
      version: sql<number>`coalesce((select max(version) from par_index_versions
        where province_id = ${provinceId} and year = ${tree.year} and level = ${tree.level}), 0) + 1`,
      title: tree.title,
      basis: tree.basis,
      example: tree.example,
      nodes: JSON.stringify(tree.nodes),
      created_by: userId,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Versions of a year and level, newest first (keyset on version). */
export async function pageVersions(
  db: Db,
  f: { provinceId: number; year: number; level: IndexLevel; cursor?: string | null; limit: number },
) {
  const after = numbers(decodeCursor(f.cursor), true);
  let q = db
    .selectFrom("par_index_versions as v")
    .leftJoin("users as u", "u.id", "v.created_by")
    .select([
      "v.id",
      "v.version",
      "v.title",
      "v.example",
      "v.created_at",
      "u.display_name as created_by_name",
    ])
    .where("v.province_id", "=", f.provinceId)
    .where("v.year", "=", f.year)
    .where("v.level", "=", f.level);
  if (after) q = q.where("v.version", "<", Number(after.key));
  return q
    .orderBy("v.version", "desc")
    .limit(f.limit + 1)
    .execute();
}

export async function findDeadlines(db: Db, provinceId: number, year: number) {
  return db
    .selectFrom("par_index_deadlines")
    .select([
      sql<string>`to_char(self_score_due, 'YYYY-MM-DD')`.as("selfScoreDue"),
      sql<string>`to_char(appraisal1_due, 'YYYY-MM-DD')`.as("appraisal1Due"),
      sql<string>`to_char(explanation_due, 'YYYY-MM-DD')`.as("explanationDue"),
      sql<string>`to_char(appraisal2_due, 'YYYY-MM-DD')`.as("appraisal2Due"),
    ])
    .where("province_id", "=", provinceId)
    .where("year", "=", year)
    .executeTakeFirst();
}

export async function upsertDeadlines(
  db: Db,
  provinceId: number,
  year: number,
  d: { selfScoreDue: string; appraisal1Due: string; explanationDue: string; appraisal2Due: string },
) {
  const row = {
    self_score_due: d.selfScoreDue,
    appraisal1_due: d.appraisal1Due,
    explanation_due: d.explanationDue,
    appraisal2_due: d.appraisal2Due,
  };
  await db
    .insertInto("par_index_deadlines")
    .values({ province_id: provinceId, year, ...row })
    .onConflict((oc) => oc.columns(["province_id", "year"]).doUpdateSet(row))
    .execute();
}

export async function findSheet(db: Db, unitId: number, year: number, forUpdate = false) {
  let q = db
    .selectFrom("par_index_sheets")
    .selectAll()
    .where("unit_id", "=", unitId)
    .where("year", "=", year);
  if (forUpdate) q = q.forUpdate();
  return q.executeTakeFirst();
}

export async function insertSheet(
  db: Db,
  s: { provinceId: number; unitId: number; year: number; level: IndexLevel; versionId: number },
) {
  return db
    .insertInto("par_index_sheets")
    .values({
      province_id: s.provinceId,
      unit_id: s.unitId,
      year: s.year,
      level: s.level,
      version_id: s.versionId,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function updateSheet(
  db: Db,
  id: number,
  patch: {
    state: ScoringState;
    total?: number | null;
    field_scores?: string | null;
    locked_at?: Date | null;
    explained_at?: Date | null;
  },
) {
  await db
    .updateTable("par_index_sheets")
    .set({ ...patch, updated_at: sql<Date>`now()` })
    .where("id", "=", id)
    .execute();
}

export async function sheetScores(db: Db, sheetId: number) {
  return db
    .selectFrom("par_index_scores")
    .selectAll()
    .where("sheet_id", "=", sheetId)
    .orderBy("code")
    .execute();
}

type ScoreColumns = {
  self_points?: number | null;
  self_note?: string;
  appraisal1_points?: number | null;
  appraisal1_comment?: string;
  explanation?: string;
  appraisal2_points?: number | null;
  appraisal2_comment?: string;
};

/** Writes one column group of many sub-criteria in one statement (insert or update per code). */
export async function upsertScores(db: Db, sheetId: number, rows: ({ code: string } & ScoreColumns)[]) {
  if (rows.length === 0) return;
  const first = rows[0] as ScoreColumns;
  const columns = Object.keys(first) as (keyof ScoreColumns)[];
  await db
    .insertInto("par_index_scores")
    .values(rows.map((r) => ({ sheet_id: sheetId, ...r })))
    .onConflict((oc) =>
      oc
        .columns(["sheet_id", "code"])
        .doUpdateSet((eb) => Object.fromEntries(columns.map((c) => [c, eb.ref(`excluded.${c}`)]))),
    )
    .execute();
}

export interface RankingRow {
  id: number;
  unit_id: number;
  unit_code: string;
  unit_name: string;
  total: string;
  field_scores: Record<string, number>;
  rank: string;
}

/**
 * The ranking of a province's locked sheets for a year and level: rank() over the total (ties share a
 * rank), paged by keyset on (total desc, id). One statement; the window runs over the locked sheets
 * of one level (the province's departments or districts), the page is cut after it.
 */
export async function pageRanking(
  db: Db,
  f: { provinceId: number; year: number; level: IndexLevel; cursor?: string | null; limit: number | null },
) {
  const after = numbers(decodeCursor(f.cursor), true);
  const keyset = after
    ? sql`where (r.total < ${Number(after.key)}::numeric or (r.total = ${Number(after.key)}::numeric and r.id > ${Number(after.id)}))`
    : sql``;
  const limit = f.limit === null ? sql`` : sql`limit ${f.limit + 1}`;
  const { rows } = await sql<RankingRow>`
    select * from (
      select s.id, s.unit_id, u.code as unit_code, u.name as unit_name, s.total, s.field_scores,
             rank() over (order by s.total desc) as rank
      from par_index_sheets s join org_units u on u.id = s.unit_id
      where s.province_id = ${f.provinceId} and s.year = ${f.year} and s.level = ${f.level} and s.state = 'locked'
    ) r ${keyset}
    order by r.total desc, r.id ${limit}`.execute(db);
  return rows;
}

/** The sheets of a year and level with their state (the admin's worklist), keyset on the unit's name. */
export async function pageSheets(
  db: Db,
  f: { provinceId: number; year: number; level: IndexLevel; cursor?: string | null; limit: number },
) {
  const after = numbers(decodeCursor(f.cursor), false);
  let q = db
    .selectFrom("par_index_sheets as s")
    .innerJoin("org_units as u", "u.id", "s.unit_id")
    .select([
      "s.id",
      "s.unit_id",
      "u.name as unit_name",
      "u.search_name",
      "s.state",
      "s.total",
      "s.updated_at",
    ])
    .where("s.province_id", "=", f.provinceId)
    .where("s.year", "=", f.year)
    .where("s.level", "=", f.level);
  if (after)
    q = q.where((eb) =>
      eb.or([
        eb("u.search_name", ">", String(after.key)),
        eb.and([eb("u.search_name", "=", String(after.key)), eb("s.id", ">", Number(after.id))]),
      ]),
    );
  return q
    .orderBy("u.search_name")
    .orderBy("s.id")
    .limit(f.limit + 1)
    .execute();
}
