import { describe, expect, it } from "vitest";
import { signIn } from "./helpers/callers";
import { failureOf } from "./helpers/expect-error";
import { adminWith2023Plan, announcedInput, seedEarlierConclusion } from "./helpers/inspections";
import { useTestDb } from "./helpers/test-db";
import { unitIdByCode } from "./helpers/units";

const t = useTestDb();

describe("R10 follow-up of earlier conclusions", () => {
  it("R10 area 5 with the open recommendations appears by itself for a unit inspected the year before", async () => {
    const unitId = await unitIdByCode(t.trx, "26437"); // Xã Xuân Thọ: no demo history
    const [open, resolved] = await seedEarlierConclusion(t.trx, {
      year: 2022,
      unitId,
      recommendations: [
        { text: "Công khai số điện thoại đường dây nóng", deadline: "2022-12-31" },
        { text: "Bố trí đủ ghế chờ tại Bộ phận Một cửa", deadline: "2022-12-31" },
      ],
    });
    await t.trx
      .updateTable("recommendations")
      .set({ status: "resolved", verdict: "resolved" })
      .where("id", "=", resolved!)
      .execute();

    const { admin, plan } = await adminWith2023Plan(t.trx);
    const created = await admin.inspections.create({
      ...(await announcedInput(t.trx, plan.id, "26437")),
      areas: ["1"],
    });
    expect(created.checklistNote).toMatch(
      /Tự động thêm nội dung 5: đơn vị còn 1 kiến nghị chưa khắc phục .* \/ Area 5 added/,
    );
    const detail = await admin.inspections.get({ id: created.inspection.id });
    expect(detail.areas).toEqual(["1"]);
    expect(detail.checklist.followUpAdded).toBe(true);
    const area5 = detail.checklist.areas.find((a) => a.code === "5")!;
    expect(area5).toMatchObject({ reason: "follow_up" });
    expect(area5.recommendations).toEqual([
      {
        id: open,
        text: "Công khai số điện thoại đường dây nóng",
        deadline: "2022-12-31",
        conclusionYear: 2022,
        conclusionNumber: "9/TB-SNV-2022",
        source: "inspection",
      },
    ]);
    // One item per open recommendation (R10), keyed by the recommendation.
    expect(area5.items.map((i) => i.code)).toEqual([`5.r${open}`]);
  });

  it("R10 no area 5 for a unit without open recommendations from earlier years", async () => {
    const { admin, plan } = await adminWith2023Plan(t.trx);
    // Xã Xuân Bắc: inspected in 2022 (demo history), its only recommendation resolved.
    const created = await admin.inspections.create({
      ...(await announcedInput(t.trx, plan.id, "26428")),
      areas: ["1"],
    });
    expect(created.checklistNote).toBeNull();
    const detail = await admin.inspections.get({ id: created.inspection.id });
    expect(detail.checklist.areas.map((a) => a.code)).toEqual(["1"]);
  });

  it("R10 the demo seed holds a 2022 plan (marked demo) with open recommendations, and no 2023 plan", async () => {
    const { caller } = await signIn(t.trx, "snv.admin");
    expect((await caller.plans.list()).map((p) => [p.year, p.isDemo, p.status])).toEqual([
      [2022, true, "approved"],
    ]);
    const open = await caller.recommendations.list({ year: 2022, status: "open", withTotal: true });
    expect(open.total).toBe(open.items.length);
    expect(open.items.length).toBeGreaterThanOrEqual(3);
    expect(
      (await caller.inspections.list({ year: 2022, limit: 200 })).items.every(
        (i) => i.isDemo && i.status !== "draft",
      ),
    ).toBe(true);
    expect((await failureOf(caller.plans.get({ year: 2023 }))).code).toBe("NOT_FOUND");
  });
});
