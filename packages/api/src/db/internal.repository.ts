import { type Insertable, sql, type Updateable } from "kysely";
import { anyInt } from "./any-array";
import type { Db, InternalInspectionRow, InternalInspectionsTable } from "./database";
import { TOTAL_ROWS } from "./page-total";

export interface InternalListRow extends InternalInspectionRow {
  target_name: string;
  target_kind: string;
  parent_name: string;
}

export async function listInternalRows(
  db: Db,
  f: {
    id?: number;
    parentIds?: readonly number[];
    /** Parents in the subtrees of these units, resolved in SQL. */
    scopeRoots?: readonly number[];
    year?: number;
    targetUnitId?: number;
    /** Windows overlapping [from, to]. */
    from?: string;
    to?: string;
    /** Keyset page: rows after this (start date, id), at most `limit`. */
    after?: { startDate: string; id: number } | null;
    limit?: number;
    /** First page: also the filtered list's size (TOTAL_ROWS). */
    withTotal?: boolean;
  },
): Promise<(InternalListRow & { total_rows?: string })[]> {
  let q = db
    .selectFrom("internal_inspections as n")
    .innerJoin("org_units as t", "t.id", "n.target_unit_id")
    .innerJoin("org_units as p", "p.id", "n.parent_unit_id")
    .selectAll("n")
    .select(["t.name as target_name", "t.kind as target_kind", "p.name as parent_name"])
    .$if(f.withTotal === true, (qb) => qb.select(TOTAL_ROWS))
    .orderBy("n.start_date")
    .orderBy("n.id");
  if (f.id !== undefined) q = q.where("n.id", "=", f.id);
  if (f.parentIds) {
    if (f.parentIds.length === 0) return [];
    q = q.where("n.parent_unit_id", "=", anyInt(f.parentIds));
  }
  if (f.scopeRoots) {
    if (f.scopeRoots.length === 0) return [];
    q = q.where(
      "n.parent_unit_id",
      "in",
      sql<number>`(with recursive down(id) as (
        select id from org_units where id in (${sql.join(f.scopeRoots)})
        union select u.id from org_units u join down on u.parent_id = down.id
      ) select id from down)`,
    );
  }
  if (f.year !== undefined) q = q.where("n.year", "=", f.year);
  if (f.targetUnitId !== undefined) q = q.where("n.target_unit_id", "=", f.targetUnitId);
  if (f.from !== undefined) q = q.where("n.end_date", ">=", f.from);
  if (f.to !== undefined) q = q.where("n.start_date", "<=", f.to);
  if (f.after) q = q.where(sql<boolean>`(n.start_date, n.id) > (${f.after.startDate}::date, ${f.after.id})`);
  if (f.limit !== undefined) q = q.limit(f.limit);
  return (await q.execute()) as InternalListRow[];
}

export async function insertInternal(
  db: Db,
  row: Insertable<InternalInspectionsTable>,
): Promise<InternalInspectionRow> {
  return db.insertInto("internal_inspections").values(row).returningAll().executeTakeFirstOrThrow();
}

export async function updateInternal(
  db: Db,
  id: number,
  patch: Updateable<InternalInspectionsTable>,
): Promise<InternalInspectionRow> {
  return db
    .updateTable("internal_inspections")
    .set(patch)
    .where("id", "=", id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Units each parent inspected internally (recorded as done) in the year. */
export async function internalDoneTargets(db: Db, year: number, parentIds?: readonly number[]) {
  let q = db
    .selectFrom("internal_inspections")
    .select(["parent_unit_id", "target_unit_id"])
    .where("year", "=", year)
    // Every stage past planning counts (domain countsTowardDuty): done, concluded, closed.
    .where("status", "in", ["done", "concluded", "closed"]);
  if (parentIds) {
    if (parentIds.length === 0) return [];
    q = q.where("parent_unit_id", "=", anyInt(parentIds));
  }
  return q.execute();
}
