import { sql } from "kysely";
import type { Db } from "./database";

export async function insertSuccession(
  db: Db,
  s: {
    predecessorId: number;
    successorId: number;
    kind: "merge" | "split";
    effectiveDate: string;
    by: number | null;
    at: Date;
  },
): Promise<number> {
  const row = await db
    .insertInto("unit_successions")
    .values({
      predecessor_id: s.predecessorId,
      successor_id: s.successorId,
      kind: s.kind,
      effective_date: s.effectiveDate,
      created_by: s.by,
      created_at: s.at,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function insertFormerName(
  db: Db,
  unitId: number,
  name: string,
  validTo: string,
  at: Date,
): Promise<void> {
  await db
    .insertInto("unit_former_names")
    .values({ unit_id: unitId, name, valid_to: validTo, created_at: at })
    .execute();
}

/**
 * Each unit with every unit whose history it carries (itself, its predecessors, theirs …): the SQL twin
 * of the domain's predecessorsOf, for reads that attribute history ("last inspected", open
 * recommendations) to today's units. UNION (not UNION ALL) stops on a cycle.
 */
export async function lineageOf(
  db: Db,
  unitIds: readonly number[],
): Promise<{ unitId: number; ancestorId: number }[]> {
  if (unitIds.length === 0) return [];
  const ids = sql.join(unitIds.map((id) => sql`${id}::int`));
  const rows = await sql<{ unit_id: number; ancestor_id: number }>`
    with recursive lineage(unit_id, ancestor_id) as (
      select u, u from unnest(array[${ids}]) as u
      union
      select l.unit_id, s.predecessor_id
      from lineage l join unit_successions s on s.successor_id = l.ancestor_id
    )
    select unit_id, ancestor_id from lineage order by unit_id, ancestor_id`.execute(db);
  return rows.rows.map((r) => ({ unitId: r.unit_id, ancestorId: r.ancestor_id }));
}

/** Every recorded succession (a province has a few hundred at most), for the domain's rules. */
/** Every merge and split of one province's units (the proposal carries history along them). */
export async function allSuccessions(
  db: Db,
  provinceId: number,
): Promise<{ predecessorId: number; successorId: number }[]> {
  const rows = await db
    .selectFrom("unit_successions")
    .select(["predecessor_id", "successor_id"])
    .where("province_id", "=", provinceId)
    .orderBy("id")
    .execute();
  return rows.map((r) => ({ predecessorId: r.predecessor_id, successorId: r.successor_id }));
}

/** Whether a shipped restructuring was applied (its apply is audited with its id). */
export async function shippedApplied(db: Db, id: string): Promise<boolean> {
  const row = await db
    .selectFrom("audit_log")
    .select("id")
    .where("action", "=", "restructure.apply")
    .where(sql<string>`after ->> 'shipped'`, "=", id)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** A unit's direct predecessors and successors (with their rows) and its former names, for its detail. */
export async function unitLineage(db: Db, unitId: number) {
  const predecessors = await db
    .selectFrom("unit_successions as s")
    .innerJoin("org_units as u", "u.id", "s.predecessor_id")
    .selectAll("u")
    .select(["s.kind as succession_kind", "s.effective_date"])
    .where("s.successor_id", "=", unitId)
    .orderBy("u.id")
    .execute();
  const successors = await db
    .selectFrom("unit_successions as s")
    .innerJoin("org_units as u", "u.id", "s.successor_id")
    .selectAll("u")
    .select(["s.kind as succession_kind", "s.effective_date"])
    .where("s.predecessor_id", "=", unitId)
    .orderBy("u.id")
    .execute();
  const formerNames = await db
    .selectFrom("unit_former_names")
    .select(["name", "valid_to"])
    .where("unit_id", "=", unitId)
    .orderBy("valid_to")
    .execute();
  return { predecessors, successors, formerNames };
}
