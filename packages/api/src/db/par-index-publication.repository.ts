import type { IndexLevel, ScoringState, UnitKind, UnlockedUnit } from "@par/domain";
import { sql } from "kysely";
import type { Db } from "./database";

export async function findPublication(
  db: Db,
  provinceId: number,
  year: number,
  level: IndexLevel,
  lock = false,
) {
  let q = db
    .selectFrom("par_index_publications")
    .selectAll()
    .where("province_id", "=", provinceId)
    .where("year", "=", year)
    .where("level", "=", level);
  if (lock) q = q.forUpdate();
  return q.executeTakeFirst();
}

export async function yearPublications(db: Db, provinceId: number, year: number) {
  return db
    .selectFrom("par_index_publications")
    .selectAll()
    .where("province_id", "=", provinceId)
    .where("year", "=", year)
    .execute();
}

/**
 * The level's open units in the province and how their sheet stands: how many are locked, and those
 * not (never started included). One statement; a province has a few dozen units per level.
 */
export async function levelLockState(db: Db, provinceId: number, year: number, kinds: readonly UnitKind[]) {
  const rows = await db
    .selectFrom("org_units as u")
    .leftJoin("par_index_sheets as s", (j) => j.onRef("s.unit_id", "=", "u.id").on("s.year", "=", year))
    .select(["u.id", "u.name", "s.state"])
    .where("u.province_id", "=", provinceId)
    .where("u.kind", "in", [...kinds])
    .where("u.valid_to", "is", null)
    .orderBy("u.search_name")
    .limit(2000)
    .execute();
  const notLocked: UnlockedUnit[] = rows
    .filter((r) => r.state !== "locked")
    .map((r) => ({ unitId: r.id, name: r.name, state: (r.state ?? null) as ScoringState | null }));
  return { locked: rows.length - notLocked.length, notLocked };
}

export async function insertPublication(
  db: Db,
  p: { provinceId: number; year: number; level: IndexLevel; at: Date; by: number; notLocked: UnlockedUnit[] },
) {
  await db
    .insertInto("par_index_publications")
    .values({
      province_id: p.provinceId,
      year: p.year,
      level: p.level,
      published_at: p.at,
      published_by: p.by,
      not_locked: JSON.stringify(p.notLocked),
    })
    .execute();
}

export async function deletePublication(db: Db, provinceId: number, year: number, level: IndexLevel) {
  await db
    .deleteFrom("par_index_publications")
    .where("province_id", "=", provinceId)
    .where("year", "=", year)
    .where("level", "=", level)
    .execute();
}

/** One notification to every open unit of the level, in one statement (once per publishing). */
export async function notifyLevelUnits(
  db: Db,
  n: { provinceId: number; kinds: readonly UnitKind[]; subject: string; link: string; dedupePrefix: string },
) {
  await sql`
    insert into notifications (unit_id, kind, subject, due_date, link, dedupe_key)
    select u.id, 'par_index_published', ${n.subject}, null, ${n.link}, ${n.dedupePrefix} || u.id
    from org_units u
    where u.province_id = ${n.provinceId} and u.kind = any(${[...n.kinds]}::text[]) and u.valid_to is null
    on conflict (dedupe_key) do nothing`.execute(db);
}
