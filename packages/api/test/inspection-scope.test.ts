import { describe, expect, it } from "vitest";
import { signIn } from "./helpers/callers";
import { failureOf } from "./helpers/expect-error";
import { adminWith2023Plan, announcedInput, buildScopeFixtures } from "./helpers/inspections";
import { callPath } from "./helpers/procedures";
import { useTestDb } from "./helpers/test-db";
import { unitIdByCode } from "./helpers/units";

const t = useTestDb();

async function auditCount() {
  const r = await t.trx
    .selectFrom("audit_log")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

describe("R8 scope and permission of inspection work", () => {
  it("R8 the leader reads everything and changes nothing", async () => {
    const fx = await buildScopeFixtures(t.trx);
    const { caller: leader } = await signIn(t.trx, "lanhdao");
    expect((await leader.inspections.list({ year: 2023 })).items.length).toBeGreaterThanOrEqual(9);
    const before = await auditCount();
    const writes: [string, unknown][] = [
      ["plans.create", { year: 2024, template: "dong-nai-2023" }],
      ["plans.adjustQuotas", { year: 2023, quotas: [{ tier: "commune", pct: 30 }] }],
      ["plans.approve", { year: 2023, number: "1/KH", issuedDate: "2023-01-03" }],
      ["proposal.accept", { year: 2023, picks: [{ unitId: fx.freeCommune, month: 9 }] }],
      ["inspections.create", { ...(await announcedInput(t.trx, fx.planId, "741")) }],
      ["inspections.reschedule", { inspectionId: fx.draftA, startDate: "2023-07-13", endDate: "2023-07-13" }],
      ["inspections.schedule", { id: fx.draftB }],
      ["inspections.notify", { id: fx.scheduled }],
      ["inspections.start", { id: fx.notified }],
      ["inspections.recordFinding", { inspectionId: fx.inProgress, itemCode: "4", rating: "dat" }],
      [
        "inspections.conclude",
        { inspectionId: fx.findingsRecorded, number: "1", date: "2023-06-01", summary: "Kết luận ..." },
      ],
      ["inspections.close", { id: fx.concluded }],
      ["inspections.cancel", { id: fx.draftC, reason: "Không cần" }],
      [
        "teams.set",
        { inspectionId: fx.draftA, members: [{ name: "Ai Đó", body: "Sở Nội vụ", role: "leader" }] },
      ],
      ["recommendations.respond", { recommendationId: fx.recommendation, response: "Đã xong rồi" }],
      [
        "recommendations.verify",
        { recommendationId: fx.recommendation, verdict: "resolved", verifiedOn: "2023-06-01" },
      ],
      [
        "internal.create",
        { targetUnitId: fx.bienHoaDivision, startDate: "2023-06-02", endDate: "2023-06-02" },
      ],
      ["internal.record", { id: fx.internalPlanned, conductedOn: "2023-06-01", summary: "Đạt yêu cầu" }],
    ];
    for (const [path, input] of writes) {
      const f = await failureOf(callPath(leader, path, input));
      expect(f.code, path).toBe("FORBIDDEN");
      expect(f.message, path).toMatch(/ \/ You may not do this/);
    }
    expect(await auditCount()).toBe(before);
  });

  it("R8 so.tuphap cannot create or run an inspection led by another body; its own land in Sở Nội vụ's view", async () => {
    const { admin, plan } = await adminWith2023Plan(t.trx);
    const { caller: tuPhap } = await signIn(t.trx, "so.tuphap");
    const input = await announcedInput(t.trx, plan.id, "26431");
    const other = await failureOf(tuPhap.inspections.create({ ...input, leadBody: "so_noi_vu" }));
    expect(other).toMatchObject({ code: "FORBIDDEN", domainCode: "INSPECTION.LEAD_BODY_FORBIDDEN" });
    expect(other.message).toMatch(
      /Sở Tư pháp chủ trì, không phải Sở Nội vụ \/ .*led by Department of Justice/,
    );
    expect(other.fieldErrors.leadBody).toBeDefined();
    const field = await failureOf(tuPhap.inspections.create({ ...input, fields: ["dat_dai"] }));
    expect(field).toMatchObject({ code: "FORBIDDEN", domainCode: "INSPECTION.OUTSIDE_FIELD" });

    const own = await tuPhap.inspections.create(input);
    expect(own.inspection).toMatchObject({ leadBody: "so_tu_phap", fields: ["tu_phap_ho_tich"] });
    expect((await admin.inspections.list({ year: 2023, limit: 200 })).items.map((i) => i.id)).toContain(
      own.inspection.id,
    );
    expect(
      (await admin.plans.coverage({ year: 2023 })).tiers.find((x) => x.tier === "commune")!.planned,
    ).toBe(1);

    const snv = await admin.inspections.create({
      ...input,
      startDate: "2023-07-11",
      endDate: "2023-07-11",
      noticeDate: null,
    });
    expect(snv.inspection.leadBody).toBe("so_noi_vu");
    const act = await failureOf(tuPhap.inspections.schedule({ id: snv.inspection.id }));
    expect(act).toMatchObject({ code: "FORBIDDEN", domainCode: "INSPECTION.TRANSITION_FORBIDDEN" });
    const team = await failureOf(
      tuPhap.teams.set({
        inspectionId: snv.inspection.id,
        members: [{ name: "Ai Đó", body: "Sở Tư pháp", role: "leader" }],
      }),
    );
    expect(team.code).toBe("FORBIDDEN");
    const { caller: office } = await signIn(t.trx, "vp.ubnd");
    const byOffice = await office.inspections.create({ ...(await announcedInput(t.trx, plan.id, "SNV")) });
    expect(byOffice.inspection.leadBody).toBe("vp_ubnd_tinh");
  });

  it("ubnd.bienhoa sees its own subtree's announced inspections, never Long Khánh's", async () => {
    const { admin, plan } = await adminWith2023Plan(t.trx);
    const longKhanh = await admin.inspections.create(await announcedInput(t.trx, plan.id, "26071"));
    const bienHoa = await admin.inspections.create(await announcedInput(t.trx, plan.id, "26002"));
    const { caller: officer } = await signIn(t.trx, "ubnd.bienhoa");
    // A draft is the inspectors' working paper: the unit sees it once scheduled in an approved plan.
    expect((await officer.inspections.list({ year: 2023 })).items).toEqual([]);
    await admin.inspections.schedule({ id: bienHoa.inspection.id });
    expect((await officer.inspections.list({ year: 2023 })).items).toEqual([]);
    await admin.plans.approve({ year: 2023, number: "284/KH-UBND", issuedDate: "2022-12-29" });
    const list = (await officer.inspections.list({ year: 2023 })).items;
    expect(list.map((i) => i.id)).toEqual([bienHoa.inspection.id]);
    expect((await officer.inspections.get({ id: bienHoa.inspection.id })).targetUnit.code).toBe("26002");
    const get = await failureOf(officer.inspections.get({ id: longKhanh.inspection.id }));
    expect(get).toMatchObject({ code: "NOT_FOUND", domainCode: "INSPECTION.NOT_FOUND" });
    const lk = await unitIdByCode(t.trx, "732");
    expect((await failureOf(officer.inspections.list({ unitId: lk }))).code).toBe("FORBIDDEN");
    expect(
      (await officer.inspections.calendar({ year: 2023, month: 6 })).inspections.map((i) => i.id),
    ).toEqual([bienHoa.inspection.id]);
    expect(
      (await officer.recommendations.list({})).items.every((r) => r.unitName !== "Phường Xuân Trung"),
    ).toBe(true);
    expect((await failureOf(officer.recommendations.list({ unitId: lk }))).code).toBe("FORBIDDEN");
  });
});
