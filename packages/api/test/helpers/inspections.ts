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

export async function announcedInput(
  db: Db,
  planId: number,
  unitCode: string,
  window: { startDate: string; endDate: string; noticeDate: string } = JUNE,
) {
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
  const unit = await db
    .selectFrom("org_units")
    .select("province_id")
    .where("id", "=", opts.unitId)
    .executeTakeFirstOrThrow();
  let plan = await db
    .selectFrom("plans")
    .selectAll()
    .where("province_id", "=", unit.province_id)
    .where("year", "=", opts.year)
    .executeTakeFirst();
  if (!plan) {
    plan = await db
      .insertInto("plans")
      .values({
        province_id: unit.province_id,
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

/** Fixtures for the role × procedure table: one inspection per lifecycle step, led by Sở Tư pháp so
 * that a sector inspector may act on them too, all on communes of Biên Hòa (ubnd.bienhoa's scope). */
export interface ScopeFixtures {
  planId: number;
  bienHoaCommunes: number[];
  bienHoaDivision: number;
  freeCommune: number;
  draftA: number;
  draftB: number;
  draftC: number;
  scheduled: number;
  notified: number;
  inProgress: number;
  findingsRecorded: number;
  concluded: number;
  recommendation: number;
  internalPlanned: number;
}

export async function buildScopeFixtures(db: Db): Promise<ScopeFixtures> {
  const { admin, plan } = await adminWith2023Plan(db);
  const bienHoa = await unitIdByCode(db, "731");
  const children = await db
    .selectFrom("org_units")
    .select(["id", "kind", "code"])
    .where("parent_id", "=", bienHoa)
    .orderBy("code")
    .execute();
  // Biên Hòa's communes without demo history (Tân Phong, 25996, has some).
  const communes = children.filter((c) => c.kind === "commune" && c.code !== "25996").map((c) => c.id);
  const division = children.find((c) => c.kind === "division")!.id;
  const base = { planId: plan.id, form: "announced" as const, areas: ["4"], leadBody: "so_tu_phap" };
  const today = { startDate: "2023-06-01", endDate: "2023-06-01", noticeDate: "2023-05-24" };
  const later = { startDate: "2023-07-11", endDate: "2023-07-11", noticeDate: "2023-06-30" };
  const make = async (i: number, window: typeof today) =>
    (await admin.inspections.create({ ...base, targetUnitId: communes[i]!, ...window })).inspection.id;
  const draftA = await make(0, later);
  const draftB = await make(1, later);
  const draftC = await make(2, later);
  const scheduled = await make(3, later);
  await admin.inspections.schedule({ id: scheduled });
  const started = async (i: number) => {
    const id = await make(i, today);
    await admin.inspections.schedule({ id });
    await admin.inspections.notify({ id });
    return id;
  };
  const notified = await started(4);
  const inProgress = await started(5);
  await admin.inspections.start({ id: inProgress });
  const findingsRecorded = await started(6);
  await admin.inspections.start({ id: findingsRecorded });
  await admin.inspections.recordFinding({ inspectionId: findingsRecorded, itemCode: "4", rating: "dat" });
  const conclude = async (i: number) => {
    const id = await started(i);
    await admin.inspections.start({ id });
    await admin.inspections.recordFinding({ inspectionId: id, itemCode: "4", rating: "co_ton_tai" });
    return admin.inspections.conclude({
      inspectionId: id,
      number: `${i}/TB-STP`,
      date: "2023-06-01",
      summary: "Kết luận kiểm tra của Sở Tư pháp",
      recommendations: [{ text: "Cập nhật sổ hộ tịch điện tử", deadline: "2023-09-30" }],
    });
  };
  const concluded = (await conclude(7)).conclusion;
  const withRec = await conclude(8);
  const { caller: officer } = await signIn(db, "ubnd.bienhoa");
  const internal = await officer.internal.create({
    targetUnitId: division,
    startDate: "2023-06-01",
    endDate: "2023-06-01",
  });
  const concludedId = (
    await db
      .selectFrom("conclusions")
      .select("inspection_id")
      .where("id", "=", concluded.id)
      .executeTakeFirstOrThrow()
  ).inspection_id;
  return {
    planId: plan.id,
    bienHoaCommunes: communes,
    bienHoaDivision: division,
    freeCommune: communes[9]!,
    draftA,
    draftB,
    draftC,
    scheduled,
    notified,
    inProgress,
    findingsRecorded,
    concluded: concludedId,
    recommendation: withRec.recommendations[0]!.id,
    internalPlanned: internal.id,
  };
}
