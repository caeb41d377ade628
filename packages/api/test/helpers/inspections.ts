import type { Db } from "../../src/db/database";
import { NOW, signIn } from "./callers";
import { unitIdByCode } from "./units";

/** An instant on a Vietnamese calendar day (10:00 local), for callers that act "on" that day. */
export const onDay = (isoDate: string) => new Date(`${isoDate}T10:00:00+07:00`);

/** Signs snv.admin in and creates the 2023 plan (the end-to-end path: the seed has no 2023 plan). */
export async function adminWith2023Plan(db: Db, now: Date = NOW) {
  const { caller } = await signIn(db, "snv.admin", now);
  const plan = await caller.plans.create({ year: 2023, template: "dong-nai-2023" });
  return { admin: caller, plan };
}

/** A working-day window in June 2023 with a notice date 5+ working days ahead. */
export const JUNE = { startDate: "2023-06-12", endDate: "2023-06-13", noticeDate: "2023-06-02" } as const;

export async function announcedInput(db: Db, planId: number, unitCode: string, window = JUNE) {
  return {
    planId,
    targetUnitId: await unitIdByCode(db, unitCode),
    form: "announced" as const,
    areas: ["1", "4"],
    ...window,
  };
}

/**
 * A concluded inspection of an earlier year with open recommendations, written straight to the tables
 * (the scheduling rules refuse years without a holiday calendar, and history is what it is).
 */
export async function seedEarlierConclusion(
  db: Db,
  opts: { year: number; unitId: number; recommendations: { text: string; deadline: string }[] },
): Promise<number[]> {
  let plan = await db.selectFrom("plans").selectAll().where("year", "=", opts.year).executeTakeFirst();
  if (!plan) {
    plan = await db
      .insertInto("plans")
      .values({
        year: opts.year,
        template_id: "dong-nai-2023",
        status: "approved",
        quotas: "{}",
        created_at: NOW,
        updated_at: NOW,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
  }
  const inspection = await db
    .insertInto("inspections")
    .values({
      plan_id: plan.id,
      target_unit_id: opts.unitId,
      form: "announced",
      status: "concluded",
      lead_body: "so_noi_vu",
      areas: JSON.stringify(["1"]),
      fields: "[]",
      start_date: `${opts.year}-11-08`,
      end_date: `${opts.year}-11-08`,
      created_at: NOW,
      updated_at: NOW,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  const conclusion = await db
    .insertInto("conclusions")
    .values({
      inspection_id: inspection.id,
      number: `9/TB-SNV-${opts.year}`,
      date: `${opts.year}-11-20`,
      summary: "Kết luận kiểm tra",
      created_at: NOW,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  const recs = await db
    .insertInto("recommendations")
    .values(
      opts.recommendations.map((r, i) => ({
        inspection_id: inspection.id,
        conclusion_id: conclusion.id,
        unit_id: opts.unitId,
        position: i + 1,
        text: r.text,
        deadline: r.deadline,
      })),
    )
    .returning("id")
    .execute();
  return recs.map((r) => r.id);
}
