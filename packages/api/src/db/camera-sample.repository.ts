import { sql } from "kysely";
import type { Db } from "./database";

/** The province's sample of a day (each province draws its own, issue 8 §3). */
export async function findSample(db: Db, provinceId: number, date: string) {
  return db
    .selectFrom("camera_samples")
    .selectAll()
    .where("province_id", "=", provinceId)
    .where("date", "=", date)
    .executeTakeFirst();
}

/** What the sample is drawn from: every counter with its shop's tier and district (the unit path's second id). */
export async function sampleFrame(db: Db, provinceId: number) {
  return db
    .selectFrom("camera_counters as c")
    .innerJoin("org_units as u", "u.id", "c.shop_unit_id")
    .select([
      "c.id",
      sql<string>`coalesce(u.tier, 'other')`.as("tier"),
      sql<number>`coalesce(u.path[2], u.path[1])`.as("district_id"),
    ])
    .where("u.province_id", "=", provinceId)
    .orderBy("c.id")
    .execute();
}

export async function insertSample(
  db: Db,
  s: { provinceId: number; date: string; seed: number; settings: unknown; createdBy: number | null },
  windows: readonly { counterId: number; stratum: string; startAt: Date; endAt: Date }[],
) {
  const sample = await db
    .insertInto("camera_samples")
    .values({
      province_id: s.provinceId,
      date: s.date,
      seed: s.seed,
      settings: JSON.stringify(s.settings),
      created_by: s.createdBy,
    })
    .onConflict((oc) => oc.columns(["province_id", "date"]).doNothing())
    .returningAll()
    .executeTakeFirst();
  if (!sample) return null;
  if (windows.length > 0)
    await db
      .insertInto("camera_sample_windows")
      .values(
        windows.map((w) => ({
          sample_id: sample.id,
          counter_id: w.counterId,
          stratum: w.stratum,
          start_at: w.startAt,
          end_at: w.endAt,
        })),
      )
      .execute();
  return sample;
}

/** The sample's windows with their counter, shop and whether a review answers each. */
export async function sampleWindows(db: Db, sampleId: number) {
  return db
    .selectFrom("camera_sample_windows as w")
    .innerJoin("camera_counters as c", "c.id", "w.counter_id")
    .innerJoin("org_units as u", "u.id", "c.shop_unit_id")
    .select([
      "w.id",
      "w.counter_id",
      "w.stratum",
      "w.start_at",
      "w.end_at",
      "c.number as counter_number",
      "c.name as counter_name",
      "u.id as unit_id",
      "u.name as unit_name",
      sql<number>`(select count(*) from camera_reviews r where r.sample_window_id = w.id)::int`.as("reviews"),
    ])
    .where("w.sample_id", "=", sampleId)
    .orderBy("w.start_at")
    .orderBy("w.id")
    .execute();
}
