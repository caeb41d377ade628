import { describe, expect, it } from "vitest";
import { signIn } from "./helpers/callers";
import { failureOf } from "./helpers/expect-error";
import { adminWith2023Plan, announcedInput, JUNE, onDay } from "./helpers/inspections";
import { useTestDb } from "./helpers/test-db";
import { unitIdByCode } from "./helpers/units";

const t = useTestDb();

const counts = (c: {
  tiers: { tier: string; eligible: number; required: number; done: number; planned: number }[];
}) => Object.fromEntries(c.tiers.map((x) => [x.tier, [x.eligible, x.required, x.done, x.planned]]));

describe("plans", () => {
  it("R2 on the real 2023 register: 9 departments/agencies, 6 districts, 34 communes required", async () => {
    const { admin, plan } = await adminWith2023Plan(t.trx);
    expect(plan).toMatchObject({ year: 2023, templateId: "dong-nai-2023", status: "draft" });
    const coverage = await admin.plans.coverage({ year: 2023 });
    expect(
      coverage.tiers.map(({ tier, eligible, required, done, planned }) => ({
        tier,
        eligible,
        required,
        done,
        planned,
      })),
    ).toEqual([
      { tier: "agency", eligible: 21, required: 9, done: 0, planned: 0 },
      { tier: "district", eligible: 11, required: 6, done: 0, planned: 0 },
      { tier: "commune", eligible: 170, required: 34, done: 0, planned: 0 },
    ]);
    const missing = await admin.plans.coverageUnits({
      year: 2023,
      tier: "commune",
      state: "missing",
      limit: 100,
    });
    expect(missing).toMatchObject({ total: 170 });
    expect(missing.items).toHaveLength(100);
    const rest = await admin.plans.coverageUnits({
      year: 2023,
      tier: "commune",
      state: "missing",
      limit: 100,
      cursor: missing.nextCursor,
    });
    expect(rest.nextCursor).toBeNull();
    expect(new Set([...missing.items, ...rest.items].map((u) => u.id)).size).toBe(170);
  });

  it("R2 done increases when an on-site inspection starts; planned before; remote checks never count", async () => {
    const { admin, plan } = await adminWith2023Plan(t.trx);
    const announced = await admin.inspections.create(await announcedInput(t.trx, plan.id, "741"));
    const remote = await admin.inspections.create({
      ...(await announcedInput(t.trx, plan.id, "732")),
      form: "remote_dossier",
      noticeDate: null,
    });
    const surprise = await admin.inspections.create({
      ...(await announcedInput(t.trx, plan.id, "26431")),
      form: "surprise",
      noticeDate: null,
    });
    let c = counts(await admin.plans.coverage({ year: 2023 }));
    expect(c.district).toEqual([11, 6, 0, 1]);
    expect(c.commune).toEqual([170, 34, 0, 1]);

    for (const id of [announced.inspection.id, remote.inspection.id, surprise.inspection.id]) {
      await admin.inspections.schedule({ id });
    }
    await admin.inspections.notify({ id: announced.inspection.id });
    const { caller: onTheDay } = await signIn(t.trx, "snv.admin", onDay(JUNE.startDate));
    for (const id of [announced.inspection.id, remote.inspection.id, surprise.inspection.id]) {
      await onTheDay.inspections.start({ id });
    }
    const after = await onTheDay.plans.coverage({ year: 2023 });
    c = counts(after);
    expect(c.district).toEqual([11, 6, 1, 0]); // Xuân Lộc done; Long Khánh's remote check does not count
    expect(c.commune).toEqual([170, 34, 1, 0]);
    const district = after.tiers.find((x) => x.tier === "district")!;
    expect(district).toMatchObject({ done: 1 });
    const units = async (state: "done" | "missing") =>
      (await onTheDay.plans.coverageUnits({ year: 2023, tier: "district", state })).items.map((u) => u.code);
    expect(await units("done")).toEqual(["741"]);
    expect(await units("missing")).toContain("732");
    // A search keeps the state: Xuân Lộc found by name is done.
    const found = await onTheDay.plans.coverageUnits({ year: 2023, tier: "district", query: "xuan loc" });
    expect(found.items.map((u) => [u.code, u.state])).toEqual([["741", "done"]]);
    expect(district).toMatchObject({ remaining: 5, shortfall: 5 });
  });

  it("creating the same year twice is a CONFLICT naming the year", async () => {
    const { admin } = await adminWith2023Plan(t.trx);
    const f = await failureOf(admin.plans.create({ year: 2023, template: "dong-nai-2023" }));
    expect(f).toMatchObject({ code: "CONFLICT", domainCode: "PLAN.YEAR_TAKEN" });
    expect(f.message).toMatch(/năm 2023.* \/ A plan for 2023 already exists/);
    expect(f.fieldErrors.year).toBeDefined();
  });

  it("a plan names its own year, not its template's first one (a 2025 plan under the 2023 template; the demo 2022 plan)", async () => {
    const { caller } = await signIn(t.trx, "snv.admin");
    const plan = await caller.plans.create({ year: 2025, template: "dong-nai-2023" });
    expect(plan.title).toEqual({
      vi: "Kiểm tra cải cách hành chính, kiểm tra kiểm soát thủ tục hành chính năm 2025",
      en: "Inspections of administrative reform and procedure control, 2025",
    });
    expect((await caller.plans.get({ year: 2022 })).title.vi).toMatch(/năm 2022$/);
  });

  it("refuses a template not meant for the year", async () => {
    const { caller } = await signIn(t.trx, "snv.admin");
    const f = await failureOf(caller.plans.create({ year: 2024, template: "dong-nai-2026" }));
    expect(f).toMatchObject({ code: "BAD_REQUEST", domainCode: "PLAN.TEMPLATE_YEAR" });
    expect(f.fieldErrors.template).toBeDefined();
  });

  it("R2 quotas may be raised, never lowered below the plan, and freeze on approval", async () => {
    const { admin } = await adminWith2023Plan(t.trx);
    const low = await failureOf(
      admin.plans.adjustQuotas({ year: 2023, quotas: [{ tier: "commune", pct: 10 }] }),
    );
    expect(low).toMatchObject({ code: "BAD_REQUEST", domainCode: "PLAN.QUOTA_BELOW_TEMPLATE" });
    expect(low.message).toMatch(/ít nhất 20%/);
    const raised = await admin.plans.adjustQuotas({ year: 2023, quotas: [{ tier: "commune", pct: 25 }] });
    expect(raised.quotas.find((q) => q.tier === "commune")).toMatchObject({ pct: 25, minimum: 20 });
    const commune = (await admin.plans.coverage({ year: 2023 })).tiers.find((x) => x.tier === "commune");
    expect(commune).toMatchObject({ pct: 25, required: 43 });
    const approved = await admin.plans.approve({
      year: 2023,
      number: "284/KH-UBND",
      issuedDate: "2022-12-29",
    });
    expect(approved).toMatchObject({
      status: "approved",
      number: "284/KH-UBND",
      issuer: "UBND tỉnh Đồng Nai",
    });
    const frozen = await failureOf(
      admin.plans.adjustQuotas({ year: 2023, quotas: [{ tier: "commune", pct: 30 }] }),
    );
    expect(frozen).toMatchObject({ code: "CONFLICT", domainCode: "PLAN.APPROVED" });
    expect((await admin.plans.list()).map((p) => p.year)).toEqual([2023, 2022]);
    expect((await admin.plans.get({ year: 2022 })).isDemo).toBe(true);
  });

  it("proposal.run fills each tier's quota; proposal.accept turns picks into draft inspections", async () => {
    const { admin } = await adminWith2023Plan(t.trx);
    const proposal = await admin.proposal.run({ year: 2023, seed: 7, monthlyCapacity: 10 });
    expect(proposal.tiers.map((x) => [x.tier, x.picks.length])).toEqual([
      ["agency", 9],
      ["district", 6],
      ["commune", 34],
    ]);
    const picks = proposal.tiers
      .find((x) => x.tier === "district")!
      .picks.map((p) => ({ unitId: p.unitId, month: p.month ?? 9, form: "announced" as const }));
    const short = await failureOf(admin.proposal.accept({ year: 2023, picks }));
    expect(short).toMatchObject({
      code: "CONFLICT",
      domainCode: "PROPOSAL.SHORTFALL",
    });
    expect(Object.keys(short.fieldErrors)).toEqual(["confirmShortfall"]);
    expect(short.message).toContain("Sở, ban, ngành còn thiếu 9 đơn vị so với chỉ tiêu 9");
    expect(short.message).toContain("UBND cấp xã còn thiếu 34 đơn vị so với chỉ tiêu 34");
    const accepted = await admin.proposal.accept({ year: 2023, picks, confirmShortfall: true });
    expect(accepted.created).toHaveLength(6);
    expect(accepted.created.every((i) => i.status === "draft" && i.tentative)).toBe(true);
    const c = counts(await admin.plans.coverage({ year: 2023 }));
    expect(c.district).toEqual([11, 6, 0, 6]);
    const again = await failureOf(admin.proposal.accept({ year: 2023, picks: picks.slice(0, 1) }));
    expect(again).toMatchObject({ code: "CONFLICT", domainCode: "INSPECTION.ALREADY_PLANNED" });
    const next = await admin.proposal.run({ year: 2023, seed: 7 });
    expect(next.tiers.find((x) => x.tier === "district")!.picks).toHaveLength(0);
    void unitIdByCode;
  });
});
