import type { Db } from "../../src/db/database";
import { insertEvidence } from "../../src/db/evidence.repository";
import { pngBytes } from "./http";
import { adminWith2023Plan } from "./inspections";
import { unitIdByCode } from "./units";

export const TEAM = [
  { name: "Nguyễn Thị Thu Hà", body: "Sở Nội vụ", role: "leader" as const },
  { name: "Trần Văn Bình", body: "Sở Tư pháp", role: "member" as const },
];

/**
 * An issued 2023 plan, an announced inspection of a Biên Hòa commune led by Sở Nội vụ and in progress
 * (areas 1 and 4, a team), and a surprise one on another Biên Hòa commune, scheduled for July (secret).
 */
export async function fileFixtures(db: Db) {
  const { admin, plan } = await adminWith2023Plan(db);
  await admin.plans.approve({ year: 2023, number: "284/KH-UBND", issuedDate: "2022-12-29" });
  const bienHoa = await unitIdByCode(db, "731");
  const communes = await db
    .selectFrom("org_units")
    .select(["id", "name"])
    .where("parent_id", "=", bienHoa)
    .where("kind", "=", "commune")
    .where("code", "<>", "25996")
    .orderBy("code")
    .execute();
  const [a, s] = [communes[0]!, communes[1]!];
  const announced = (
    await admin.inspections.create({
      planId: plan.id,
      targetUnitId: a.id,
      form: "announced",
      areas: ["1", "4"],
      startDate: "2023-06-01",
      endDate: "2023-06-01",
      noticeDate: "2023-05-24",
    })
  ).inspection.id;
  await admin.teams.set({ inspectionId: announced, members: TEAM });
  await admin.inspections.schedule({ id: announced });
  await admin.inspections.notify({ id: announced });
  await admin.inspections.start({ id: announced });
  const surprise = (
    await admin.inspections.create({
      planId: plan.id,
      targetUnitId: s.id,
      form: "surprise",
      areas: ["4"],
      startDate: "2023-07-11",
      endDate: "2023-07-11",
    })
  ).inspection.id;
  await admin.inspections.schedule({ id: surprise });
  return {
    admin,
    planId: plan.id,
    announced,
    announcedUnit: a.name,
    surprise,
    surpriseUnit: s.name,
    surpriseUnitId: s.id,
  };
}

/** An evidence row of an inspection's item, written straight to the table (no upload needed). */
export async function seedEvidence(db: Db, inspectionId: number, itemCode = "4"): Promise<string> {
  const bytes = pngBytes();
  const meta = await insertEvidence(db, {
    id: crypto.randomUUID(),
    inspection_id: inspectionId,
    item_code: itemCode,
    file_name: "minh-chung.png",
    content_type: "image/png",
    size_bytes: bytes.length,
    sha256: "0".repeat(64),
    content: bytes,
    uploaded_by: null,
    uploaded_at: new Date("2023-06-01T03:00:00Z"),
  });
  return meta.id;
}
