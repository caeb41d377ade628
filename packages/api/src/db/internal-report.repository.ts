import { sql } from "kysely";
import type { Db } from "./database";

/**
 * A unit's internal inspections visited in [from, to] (with their recommendation counts, in SQL) and the
 * recommendations of its inspections visited up to `to`, with their state today: one unit's year at most.
 */
export async function reportRows(db: Db, parentId: number, from: string, to: string) {
  const [inspections, recommendations] = await Promise.all([
    db
      .selectFrom("internal_inspections as n")
      .innerJoin("org_units as t", "t.id", "n.target_unit_id")
      .select([
        "n.id",
        "n.start_date",
        "n.conducted_on",
        "n.status",
        "n.notice_number",
        "n.summary",
        "t.name as target_name",
        sql<number>`(select count(*)::int from internal_recommendations r where r.internal_id = n.id)`.as(
          "recommendations",
        ),
      ])
      .where("n.parent_unit_id", "=", parentId)
      .where("n.status", "<>", "planned")
      .where(sql<boolean>`coalesce(n.conducted_on, n.start_date) between ${from}::date and ${to}::date`)
      .orderBy(sql`coalesce(n.conducted_on, n.start_date)`)
      .orderBy("n.id")
      .execute(),
    db
      .selectFrom("internal_recommendations as r")
      .innerJoin("internal_inspections as n", "n.id", "r.internal_id")
      .innerJoin("org_units as t", "t.id", "n.target_unit_id")
      .select(["r.id", "r.text", "r.deadline", "r.status", "r.done_on", "t.name as target_name"])
      .where("n.parent_unit_id", "=", parentId)
      .where("n.year", "=", Number(from.slice(0, 4)))
      .where("n.conducted_on", "<=", to)
      .orderBy("r.deadline")
      .orderBy("r.id")
      .execute(),
  ]);
  return { inspections, recommendations };
}
