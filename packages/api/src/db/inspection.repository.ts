import type { InspectionForm, InspectionStatus } from "@par/domain";
import { sql } from "kysely";
import { anyInt } from "./any-array";
import type { Db, InspectionPatch, InspectionRow, NewInspection } from "./database";
import { type TemplateSpec, visibleInspection } from "./visibility.predicate";

/** An inspection with its plan year and template, and its target unit's register facts. */
export interface InspectionListRow extends InspectionRow {
  year: number;
  template_id: string;
  /** The plan's status: an announced inspection reaches its unit only under an approved plan (R5). */
  plan_status: "draft" | "approved";
  unit_code: string;
  unit_name: string;
  unit_kind: string;
  unit_tier: string | null;
  unit_search_name: string;
  /** Only when asked for (`withTeamLeader`). */
  team_leader?: string | null;
}

export interface InspectionFilter {
  ids?: readonly number[];
  planId?: number;
  /** Inspections of this province only (issue 8 §3): plans, years and days are per province. */
  provinceId?: number;
  /** Of the plans of this year: the province's one with `provinceId`, every province's without. */
  year?: number;
  /** Target units among these (a scope's subtree); undefined = any. */
  unitIds?: readonly number[];
  status?: InspectionStatus;
  form?: InspectionForm;
  /** Target units at or below this one (its subtree, through the stored path). */
  subtreeOf?: number;
  /** Overlapping [from, to]. */
  from?: string;
  to?: string;
  /** Only what this viewer may see (scope and R5), decided in the query. */
  visibleTo?: readonly TemplateSpec[];
  tier?: string;
  leadBody?: string;
  /** Already folded (foldVietnamese): the unit's name or code, or the lead body's code as words. */
  foldedQuery?: string;
  /** Keyset: rows after this (start date, id), at most `limit` of them. */
  after?: { startDate: string; id: number };
  limit?: number;
  /** Also the team leader's name (`team_leader`), read in the same statement: what the lists show. */
  withTeamLeader?: boolean;
}

/** LIKE pattern for a substring, with the user's % _ \ taken literally. */
function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function base(db: Db) {
  return db
    .selectFrom("inspections as i")
    .innerJoin("plans as p", "p.id", "i.plan_id")
    .innerJoin("org_units as u", "u.id", "i.target_unit_id")
    .selectAll("i")
    .select([
      "p.year",
      "p.template_id",
      "p.status as plan_status",
      "u.code as unit_code",
      "u.name as unit_name",
      "u.kind as unit_kind",
      "u.tier as unit_tier",
      "u.search_name as unit_search_name",
    ]);
}

/**
 * Rows in start order. Without `visibleTo` they are raw rows: the caller decides what may be seen
 * (only the silent-conflict checks of R5 need rows the caller may not see).
 */
export async function listInspectionRows(db: Db, f: InspectionFilter): Promise<InspectionListRow[]> {
  let q = base(db)
    .$if(f.withTeamLeader === true, (qb) =>
      qb.select(
        sql<string | null>`(select tm.name from team_members tm
          where tm.inspection_id = i.id and tm.role = 'leader' order by tm.position limit 1)`.as(
          "team_leader",
        ),
      ),
    )
    .orderBy("i.start_date")
    .orderBy("i.id");
  if (f.visibleTo) q = q.where(visibleInspection(f.visibleTo));
  if (f.ids) {
    if (f.ids.length === 0) return [];
    q = q.where("i.id", "=", anyInt(f.ids));
  }
  if (f.subtreeOf !== undefined) q = q.where(sql<boolean>`u.path && array[${f.subtreeOf}]::int[]`);
  if (f.planId !== undefined) q = q.where("i.plan_id", "=", f.planId);
  if (f.provinceId !== undefined) q = q.where("i.province_id", "=", f.provinceId);
  // Through the plan's id, so that (plan_id, start_date, id) serves the order: with the province the
  // plan is one ((province, year) is unique); without it, one per province.
  if (f.year !== undefined) {
    const year = f.year;
    const provinceId = f.provinceId;
    q =
      provinceId === undefined
        ? q.where("i.plan_id", "in", (eb) => eb.selectFrom("plans").select("id").where("year", "=", year))
        : q.where("i.plan_id", "=", (eb) =>
            eb
              .selectFrom("plans")
              .select("id")
              .where("province_id", "=", provinceId)
              .where("year", "=", year),
          );
  }
  if (f.unitIds) {
    if (f.unitIds.length === 0) return [];
    q = q.where("i.target_unit_id", "=", anyInt(f.unitIds));
  }
  if (f.status) q = q.where("i.status", "=", f.status);
  if (f.tier) q = q.where("u.tier", "=", f.tier as never);
  if (f.leadBody) q = q.where("i.lead_body", "=", f.leadBody);
  if (f.foldedQuery) {
    const pattern = containsPattern(f.foldedQuery);
    q = q.where(
      sql<boolean>`(u.search_name like ${pattern} or lower(u.code) like ${pattern}
        or replace(i.lead_body, '_', ' ') like ${pattern})`,
    );
  }
  if (f.after) q = q.where(sql<boolean>`(i.start_date, i.id) > (${f.after.startDate}::date, ${f.after.id})`);
  if (f.limit !== undefined) q = q.limit(f.limit);
  if (f.form) q = q.where("i.form", "=", f.form);
  // One range condition the GiST index on the window serves from both ends (migration 0101) …
  if (f.from || f.to)
    q = q.where(
      sql<boolean>`daterange(i.start_date, i.end_date, '[]') && daterange(${f.from ?? null}::date, ${f.to ?? null}::date, '[]')`,
    );
  // … and bounds on start_date the ordered (province, start_date) scan can start and stop at: an
  // inspection overlapping the period starts no earlier than its first day minus the longest window
  // (one probe of inspections_span_idx, migration 2026_12_01_0401). Without the lower bound a page
  // read every earlier year's rows before reaching the period.
  if (f.from)
    q = q.where(
      sql<boolean>`i.start_date >= ${f.from}::date - (select coalesce(max(s.end_date - s.start_date), 0) from inspections s)`,
    );
  if (f.to) q = q.where(sql<boolean>`i.start_date <= ${f.to}::date`);
  return (await q.execute()) as InspectionListRow[];
}

export async function findInspectionRow(
  db: Db,
  id: number,
  visibleTo?: readonly TemplateSpec[],
): Promise<InspectionListRow | undefined> {
  let q = base(db).where("i.id", "=", id);
  if (visibleTo) q = q.where(visibleInspection(visibleTo));
  return (await q.executeTakeFirst()) as InspectionListRow | undefined;
}

/**
 * What R2's coverage reads of a plan: each distinct (target, form, status) among the inspections the
 * viewer may see — a few rows per unit, not every inspection with its columns.
 */
export async function coverageFacts(db: Db, planId: number, visibleTo: readonly TemplateSpec[]) {
  return db
    .selectFrom("inspections as i")
    .innerJoin("plans as p", "p.id", "i.plan_id")
    .innerJoin("org_units as u", "u.id", "i.target_unit_id")
    .select(["i.target_unit_id", "i.form", "i.status"])
    .distinct()
    .where("i.plan_id", "=", planId)
    .where(visibleInspection(visibleTo))
    .execute();
}

/** Visible inspections starting in [from, to] counted per start month, form and status (the year chart). */
export async function countByMonth(db: Db, from: string, to: string, visibleTo: readonly TemplateSpec[]) {
  const rows = await db
    .selectFrom("inspections as i")
    .innerJoin("plans as p", "p.id", "i.plan_id")
    .innerJoin("org_units as u", "u.id", "i.target_unit_id")
    .select([
      sql<number>`extract(month from i.start_date)::int`.as("month"),
      "i.form",
      "i.status",
      (eb) => eb.fn.countAll<string>().as("n"),
    ])
    .where("i.start_date", ">=", from)
    .where("i.start_date", "<=", to)
    .where(visibleInspection(visibleTo))
    .groupBy([sql`extract(month from i.start_date)`, "i.form", "i.status"])
    .orderBy(sql`1`)
    .execute();
  return rows.map((r) => ({ month: Number(r.month), form: r.form, status: r.status, count: Number(r.n) }));
}

/** The ids of the inspections the viewer may see, as a subquery: other tables' reads filter with it in SQL. */
export function visibleInspectionIdQuery(db: Db, visibleTo: readonly TemplateSpec[]) {
  return db
    .selectFrom("inspections as i")
    .innerJoin("plans as p", "p.id", "i.plan_id")
    .innerJoin("org_units as u", "u.id", "i.target_unit_id")
    .select("i.id")
    .where(visibleInspection(visibleTo));
}

/** Which of these inspections the viewer may see: one query, the shared predicate. */
export async function visibleInspectionIds(
  db: Db,
  ids: readonly number[],
  visibleTo: readonly TemplateSpec[],
): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const rows = await visibleInspectionIdQuery(db, visibleTo)
    .where("i.id", "=", anyInt([...new Set(ids)]))
    .execute();
  return new Set(rows.map((r) => r.id));
}

/** Locks the row for a state change, so two clicks cannot both move it. */
export async function lockInspection(db: Db, id: number): Promise<void> {
  await db.selectFrom("inspections").select("id").where("id", "=", id).forUpdate().execute();
}

export async function insertInspection(db: Db, row: NewInspection): Promise<InspectionRow> {
  return db.insertInto("inspections").values(row).returningAll().executeTakeFirstOrThrow();
}

export async function updateInspection(db: Db, id: number, patch: InspectionPatch): Promise<InspectionRow> {
  return db
    .updateTable("inspections")
    .set(patch)
    .where("id", "=", id)
    .returningAll()
    .executeTakeFirstOrThrow();
}
