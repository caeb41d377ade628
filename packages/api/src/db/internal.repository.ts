import { type Insertable, sql, type Updateable } from "kysely";
import { anyInt } from "./any-array";
import type { Db, InternalInspectionRow, InternalInspectionsTable } from "./database";

export interface InternalListRow extends InternalInspectionRow {
  target_name: string;
  target_kind: string;
  parent_name: string;
}

export interface InternalRowsFilter {
  id?: number;
  parentIds?: readonly number[];
  /** The province the rows belong to: an equality the (province_id, year, start_date, id) index serves. */
  provinceId?: number;
  /** Parents in the subtrees of these units (their stored paths). */
  scopeRoots?: readonly number[];
  year?: number;
  targetUnitId?: number;
  /** Windows overlapping [from, to]. */
  from?: string;
  to?: string;
}

/** Every filter as one condition on `n` (the inspection) and `p` (its parent unit), for the page and its count. */
function internalWhere(f: InternalRowsFilter) {
  const and = [];
  if (f.id !== undefined) and.push(sql`n.id = ${f.id}`);
  if (f.parentIds) and.push(sql`n.parent_unit_id = ${anyInt(f.parentIds)}`);
  if (f.provinceId !== undefined) and.push(sql`n.province_id = ${f.provinceId}`);
  if (f.scopeRoots) and.push(sql`p.path && ${sql`${[...f.scopeRoots]}::int[]`}`);
  if (f.year !== undefined) and.push(sql`n.year = ${f.year}`);
  if (f.targetUnitId !== undefined) and.push(sql`n.target_unit_id = ${f.targetUnitId}`);
  if (f.from !== undefined) and.push(sql`n.end_date >= ${f.from}`);
  if (f.to !== undefined) and.push(sql`n.start_date <= ${f.to}`);
  return and.length === 0 ? sql<boolean>`true` : sql<boolean>`${sql.join(and, sql` and `)}`;
}

export async function listInternalRows(
  db: Db,
  f: InternalRowsFilter & {
    /** Keyset page: rows after this (start date, id), at most `limit`. */
    after?: { startDate: string; id: number } | null;
    limit?: number;
    /**
     * First page: also the filtered list's size, counted once by a scalar subquery that reads only the
     * index and the parents' paths — `count(*) over ()` would join and sort every row of the list.
     */
    withTotal?: boolean;
  },
): Promise<(InternalListRow & { total_rows?: string })[]> {
  if (f.parentIds?.length === 0 || f.scopeRoots?.length === 0) return [];
  const where = internalWhere(f);
  let q = db
    .selectFrom("internal_inspections as n")
    .innerJoin("org_units as t", "t.id", "n.target_unit_id")
    .innerJoin("org_units as p", "p.id", "n.parent_unit_id")
    .selectAll("n")
    .select(["t.name as target_name", "t.kind as target_kind", "p.name as parent_name"])
    .$if(f.withTotal === true, (qb) =>
      qb.select(
        // The parent is joined only when the scope tests its path: the count stays on the index otherwise.
        (f.scopeRoots
          ? sql<string>`(select count(*) from internal_inspections n join org_units p on p.id = n.parent_unit_id
              where ${where})`
          : sql<string>`(select count(*) from internal_inspections n where ${where})`
        ).as("total_rows"),
      ),
    )
    .where(where)
    .orderBy("n.start_date")
    .orderBy("n.id");
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
