import type { Insertable, Updateable } from "kysely";
import type { Db, PlanRow, PlansTable } from "./database";

/** A province's plan of a year: plans are unique per (province, year). */
export async function findPlanByYear(db: Db, provinceId: number, year: number): Promise<PlanRow | undefined> {
  return db
    .selectFrom("plans")
    .selectAll()
    .where("province_id", "=", provinceId)
    .where("year", "=", year)
    .executeTakeFirst();
}

export async function findPlan(db: Db, id: number): Promise<PlanRow | undefined> {
  return db.selectFrom("plans").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function listPlans(db: Db, provinceId: number): Promise<PlanRow[]> {
  return db
    .selectFrom("plans")
    .selectAll()
    .where("province_id", "=", provinceId)
    .orderBy("year", "desc")
    .execute();
}

export async function insertPlan(db: Db, plan: Insertable<PlansTable>): Promise<PlanRow> {
  return db.insertInto("plans").values(plan).returningAll().executeTakeFirstOrThrow();
}

export async function updatePlan(db: Db, id: number, patch: Updateable<PlansTable>): Promise<PlanRow> {
  return db.updateTable("plans").set(patch).where("id", "=", id).returningAll().executeTakeFirstOrThrow();
}
