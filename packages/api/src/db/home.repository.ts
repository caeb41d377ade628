import { sql } from "kysely";
import type { Db } from "./database";
import { TOTAL_ROWS } from "./page-total";
import { type TemplateSpec, visibleInspection } from "./visibility.predicate";

/**
 * The province's recommendations to units under `unitId` that are still owed, of inspections the
 * reader may see (the shared R5 predicate): the first `limit`, overdue first, and the counts — all in SQL.
 */
export async function openProvinceRecommendations(
  db: Db,
  unitId: number,
  today: string,
  specs: readonly TemplateSpec[],
  limit: number,
) {
  const base = db
    .selectFrom("recommendations as r")
    .innerJoin("inspections as i", "i.id", "r.inspection_id")
    .innerJoin("plans as p", "p.id", "i.plan_id")
    .innerJoin("org_units as u", "u.id", "r.unit_id")
    .where(sql<boolean>`u.path && array[${unitId}]::int[]`)
    .where("r.status", "in", ["open", "responded", "not_resolved"])
    .where(visibleInspection(specs));
  const [rows, counts] = await Promise.all([
    base
      .select(["r.id", "r.text", "r.deadline", "r.status", "r.inspection_id", "u.name as unit_name"])
      .orderBy(sql`r.deadline < ${today}::date`, "desc")
      .orderBy("r.deadline")
      .orderBy("r.id")
      .limit(limit)
      .execute(),
    base
      .select([
        sql<number>`count(*)::int`.as("open"),
        sql<number>`count(*) filter (where r.deadline < ${today}::date)::int`.as("overdue"),
      ])
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, ...counts };
}

/** Recommendations of the unit's own internal conclusions still open: the first `limit`, overdue first, and counts. */
export async function openInternalRecommendations(db: Db, parentId: number, today: string, limit: number) {
  const base = db
    .selectFrom("internal_recommendations as r")
    .innerJoin("internal_inspections as n", "n.id", "r.internal_id")
    .innerJoin("org_units as t", "t.id", "n.target_unit_id")
    .where("n.parent_unit_id", "=", parentId)
    .where("r.status", "=", "open");
  const [rows, counts] = await Promise.all([
    base
      .select(["r.id", "r.text", "r.deadline", "r.internal_id", "t.name as unit_name"])
      .orderBy(sql`r.deadline < ${today}::date`, "desc")
      .orderBy("r.deadline")
      .orderBy("r.id")
      .limit(limit)
      .execute(),
    base
      .select([
        sql<number>`count(*)::int`.as("open"),
        sql<number>`count(*) filter (where r.deadline < ${today}::date)::int`.as("overdue"),
      ])
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, ...counts };
}

/** Keyset page of a unit's internal recommendations by (deadline, id); `openOnly` for the follow-up list. */
export async function internalRecommendationPage(
  db: Db,
  f: {
    parentIds?: readonly number[];
    openOnly: boolean;
    after: { deadline: string; id: number } | null;
    limit: number;
    /** First page: also the filtered list's size (TOTAL_ROWS). */
    withTotal?: boolean;
  },
) {
  let q = db
    .selectFrom("internal_recommendations as r")
    .innerJoin("internal_inspections as n", "n.id", "r.internal_id")
    .innerJoin("org_units as t", "t.id", "n.target_unit_id")
    .select([
      "r.id",
      "r.text",
      "r.deadline",
      "r.status",
      "r.done_on",
      "r.outcome",
      "r.internal_id",
      "t.name as unit_name",
    ])
    .$if(f.withTotal === true, (qb) => qb.select(TOTAL_ROWS))
    .orderBy("r.deadline")
    .orderBy("r.id")
    .limit(f.limit);
  if (f.parentIds) {
    if (f.parentIds.length === 0) return [];
    q = q.where("n.parent_unit_id", "in", [...f.parentIds]);
  }
  if (f.openOnly) q = q.where("r.status", "=", "open");
  if (f.after) q = q.where(sql<boolean>`(r.deadline, r.id) > (${f.after.deadline}::date, ${f.after.id})`);
  return q.execute();
}
