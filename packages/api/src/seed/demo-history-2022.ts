import { type InspectionForm, itemsOfArea, PLAN_TEMPLATES, type Rating } from "@par/domain";
import { insertAudit } from "../db/audit.repository";
import { insertConclusion, insertRecommendations } from "../db/conclusion.repository";
import type { Db } from "../db/database";
import { upsertFinding } from "../db/finding.repository";
import { insertInspection } from "../db/inspection.repository";
import { insertPlan } from "../db/plan.repository";
import { replaceTeam } from "../db/team.repository";

/**
 * DEMO ONLY: an invented 2022 planning history, so that the screens are not empty and the 2023
 * inspections of these units get area 5 with their open recommendations (R10). Nothing here is a real
 * inspection of Đồng Nai: every plan, inspection and recommendation row is marked is_demo. The 2023
 * plan is deliberately not seeded (it is created through the application).
 */
interface DemoInspection {
  unitCode: string;
  form: InspectionForm;
  leadBody: string;
  start: string;
  end: string;
  status: "concluded" | "closed";
  conclusion: { number: string; date: string };
  recommendations: { text: string; deadline: string; status: "open" | "responded" | "resolved" }[];
}

const DEMO_2022: readonly DemoInspection[] = [
  {
    unitCode: "741",
    form: "announced",
    leadBody: "so_noi_vu",
    start: "2022-05-10",
    end: "2022-05-11",
    status: "concluded",
    conclusion: { number: "45/TB-SNV", date: "2022-06-02" },
    recommendations: [
      {
        text: "Công khai đầy đủ thủ tục hành chính tại Bộ phận Một cửa cấp xã",
        deadline: "2022-09-30",
        status: "open",
      },
      {
        text: "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính",
        deadline: "2022-12-31",
        status: "resolved",
      },
    ],
  },
  {
    unitCode: "25996",
    form: "announced",
    leadBody: "so_noi_vu",
    start: "2022-06-14",
    end: "2022-06-14",
    status: "closed",
    conclusion: { number: "61/TB-SNV", date: "2022-07-05" },
    recommendations: [
      {
        text: "Niêm yết số điện thoại đường dây nóng tại Bộ phận Một cửa",
        deadline: "2022-08-31",
        status: "open",
      },
      { text: "Sử dụng chữ ký số trong văn bản điện tử gửi đi", deadline: "2022-10-31", status: "responded" },
    ],
  },
  {
    unitCode: "SXD",
    form: "announced",
    leadBody: "so_noi_vu",
    start: "2022-08-16",
    end: "2022-08-17",
    status: "closed",
    conclusion: { number: "88/TB-SNV", date: "2022-09-08" },
    recommendations: [
      {
        text: "Rà soát, đề xuất đơn giản hóa thủ tục cấp giấy phép xây dựng",
        deadline: "2022-12-15",
        status: "open",
      },
    ],
  },
  {
    unitCode: "26428",
    form: "surprise",
    leadBody: "so_noi_vu",
    start: "2022-10-12",
    end: "2022-10-12",
    status: "closed",
    conclusion: { number: "102/TB-SNV", date: "2022-10-28" },
    recommendations: [
      {
        text: "Bố trí công chức trực Bộ phận Một cửa đúng giờ làm việc",
        deadline: "2022-11-30",
        status: "resolved",
      },
    ],
  },
  {
    unitCode: "26071",
    form: "announced",
    leadBody: "so_tu_phap",
    start: "2022-09-20",
    end: "2022-09-20",
    status: "concluded",
    conclusion: { number: "23/TB-STP", date: "2022-10-10" },
    recommendations: [
      { text: "Cập nhật sổ hộ tịch điện tử đúng thời hạn", deadline: "2022-12-31", status: "open" },
    ],
  },
  // A ward of Biên Hòa whose follow-up is still open: the portal's demo of answering a recommendation.
  {
    unitCode: "26377",
    form: "announced",
    leadBody: "so_noi_vu",
    start: "2022-11-08",
    end: "2022-11-08",
    status: "concluded",
    conclusion: { number: "115/TB-SNV", date: "2022-11-25" },
    recommendations: [
      {
        text: "Cập nhật kết quả giải quyết thủ tục hành chính lên Cổng dịch vụ công đúng hạn",
        deadline: "2023-03-31",
        status: "open",
      },
    ],
  },
];

const DONG_NAI_2023 = PLAN_TEMPLATES["dong-nai-2023"];
const RATINGS_CYCLE: readonly Rating[] = ["dat", "co_ton_tai", "dat", "chua_dat"];
const DEMO_TEAM = [
  { name: "Nguyễn Văn An (demo)", body: "Sở Nội vụ", role: "leader" as const },
  { name: "Trần Thị Bình (demo)", body: "Văn phòng UBND tỉnh", role: "member" as const },
];

/** Inserts the demo 2022 plan and its inspections; `idOfCode` maps seeded unit codes to ids. */
export async function seedDemoHistory2022(
  db: Db,
  idOfCode: ReadonlyMap<string, number>,
  provinceId: number,
  now: Date,
): Promise<{ plans: number; inspections: number; recommendations: number }> {
  const plan = await insertPlan(db, {
    province_id: provinceId,
    year: 2022,
    // The three-tier 2023 template stands in for the 2022 plan's content (demo only).
    template_id: DONG_NAI_2023.id,
    status: "approved",
    quotas: JSON.stringify({}),
    number: "300/KH-UBND (demo)",
    issued_date: "2021-12-30",
    issuer: "UBND tỉnh Đồng Nai",
    approved_at: now,
    is_demo: true,
    created_at: now,
    updated_at: now,
  });
  let recommendations = 0;
  for (const d of DEMO_2022) {
    const unitId = idOfCode.get(d.unitCode);
    if (unitId === undefined) throw new Error(`Demo history: unit ${d.unitCode} not seeded`);
    const inspection = await insertInspection(db, {
      plan_id: plan.id,
      target_unit_id: unitId,
      form: d.form,
      status: d.status,
      lead_body: d.leadBody,
      areas: JSON.stringify(["1", "2"]),
      fields: JSON.stringify([]),
      follow_up: JSON.stringify([]),
      start_date: d.start,
      end_date: d.end,
      notice_date: null,
      is_demo: true,
      created_at: now,
      updated_at: now,
    });
    await replaceTeam(
      db,
      inspection.id,
      DEMO_TEAM.map((m) => ({ ...m, unitId: null, userId: null })),
    );
    const items = [...itemsOfArea(DONG_NAI_2023, "1"), ...itemsOfArea(DONG_NAI_2023, "2")];
    for (const [i, item] of items.entries()) {
      await upsertFinding(db, {
        inspectionId: inspection.id,
        itemCode: item.code,
        rating: RATINGS_CYCLE[i % RATINGS_CYCLE.length]!,
        note: "Dữ liệu minh họa (demo)",
        by: null,
        at: now,
      });
    }
    const conclusion = await insertConclusion(db, {
      inspectionId: inspection.id,
      number: d.conclusion.number,
      date: d.conclusion.date,
      summary:
        "Kết luận minh họa (demo): đơn vị cơ bản thực hiện các nhiệm vụ cải cách hành chính; còn một số tồn tại cần khắc phục.",
      by: null,
      at: now,
    });
    const recs = await insertRecommendations(
      db,
      { inspectionId: inspection.id, conclusionId: conclusion.id, unitId, isDemo: true },
      d.recommendations,
    );
    for (const [i, r] of recs.entries()) {
      const status = d.recommendations[i]!.status;
      if (status === "open") continue;
      await db
        .updateTable("recommendations")
        .set({
          status,
          response: "Đơn vị đã khắc phục (demo)",
          evidence: JSON.stringify([]),
          responded_on: d.recommendations[i]!.deadline,
          ...(status === "resolved"
            ? { verdict: "resolved", verified_on: d.recommendations[i]!.deadline, verification_note: "demo" }
            : {}),
        })
        .where("id", "=", r.id)
        .execute();
    }
    recommendations += recs.length;
  }
  const summary = { plans: 1, inspections: DEMO_2022.length, recommendations };
  await insertAudit(
    db,
    { userId: null, ip: null, now },
    { action: "seed", entity: "demo_history", entityId: null, unitId: null, before: null, after: summary },
  );
  return summary;
}
