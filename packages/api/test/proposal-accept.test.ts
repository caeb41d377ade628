import { isWorkingDay } from "@par/domain";
import { describe, expect, it } from "vitest";
import { failureOf } from "./helpers/expect-error";
import { adminWith2023Plan, announcedInput } from "./helpers/inspections";
import { useTestDb } from "./helpers/test-db";
import { unitIdByCode } from "./helpers/units";

const t = useTestDb();

describe("accepting a proposal: days, shortfall, own unit, repeat visits", () => {
  it("spreads a month's picks over its working days within the teams per day, not on its first day", async () => {
    const { admin } = await adminWith2023Plan(t.trx);
    const proposal = await admin.proposal.run({ year: 2023, seed: 3 });
    const communes = proposal.tiers.find((x) => x.tier === "commune")!.picks.slice(0, 12);
    const picks = communes.map((p) => ({ unitId: p.unitId, month: 3 }));
    const accepted = await admin.proposal.accept({ year: 2023, picks, confirmShortfall: true });
    const days = accepted.created.map((i) => i.startDate);
    expect(days.every((d) => d.startsWith("2023-03-") && isWorkingDay(d))).toBe(true);
    expect(new Set(days).size).toBe(12); // one team a day by default: twelve different days
    // Spread over the whole month: from its first week to its last.
    expect([...days].sort()[0]! <= "2023-03-03").toBe(true);
    expect([...days].sort().at(-1)! >= "2023-03-27").toBe(true);
    expect(accepted.shortfall.map((s) => s.tier)).toEqual(["agency", "district", "commune"]);

    // Two teams a day: 30 picks fit into March's 23 working days; none on a day with three.
    const more = proposal.tiers
      .find((x) => x.tier === "commune")!
      .picks.slice(12)
      .concat(proposal.tiers.find((x) => x.tier === "commune")!.reserve)
      .slice(0, 30)
      .map((p) => ({ unitId: p.unitId, month: 3 }));
    const refused = await failureOf(
      admin.proposal.accept({ year: 2023, picks: more, confirmShortfall: true }),
    );
    expect(refused).toMatchObject({ code: "CONFLICT", domainCode: "PROPOSAL.NO_DAY" });
    expect(Object.keys(refused.fieldErrors)).toEqual(["picks"]);
    expect(refused.message).toMatch(/chưa xếp được ngày/);
    const second = await admin.proposal.accept({
      year: 2023,
      picks: more,
      teamsPerDay: 2,
      confirmShortfall: true,
    });
    const perDay = new Map<string, number>();
    for (const i of [...accepted.created, ...second.created])
      perDay.set(i.startDate, (perDay.get(i.startDate) ?? 0) + 1);
    expect(Math.max(...perDay.values())).toBeLessThanOrEqual(2);
  });

  it("the preview names each tier still short; accept refuses until the shortfall is confirmed", async () => {
    const { admin } = await adminWith2023Plan(t.trx);
    const proposal = await admin.proposal.run({ year: 2023, seed: 5 });
    const all = proposal.tiers.flatMap((x) =>
      x.picks.map((p) => ({ unitId: p.unitId, month: p.month ?? 10 })),
    );
    expect((await admin.proposal.acceptPreview({ year: 2023, picks: all })).shortfall).toEqual([]);
    const communeIds = new Set(proposal.tiers.find((x) => x.tier === "commune")!.picks.map((p) => p.unitId));
    const dropped = [...communeIds].slice(0, 3);
    const fewer = all.filter((p) => !dropped.includes(p.unitId));
    const preview = await admin.proposal.acceptPreview({ year: 2023, picks: fewer });
    expect(preview.shortfall).toEqual([
      expect.objectContaining({ tier: "commune", required: 34, covered: 31, missing: 3 }),
    ]);
    expect(preview.shortfall[0]!.message.vi).toBe("UBND cấp xã còn thiếu 3 đơn vị so với chỉ tiêu 34");
    const before = await t.trx
      .selectFrom("inspections")
      .select(t.trx.fn.countAll().as("n"))
      .executeTakeFirstOrThrow();
    const refused = await failureOf(admin.proposal.accept({ year: 2023, picks: fewer }));
    expect(refused).toMatchObject({ domainCode: "PROPOSAL.SHORTFALL" });
    expect(Object.keys(refused.fieldErrors)).toEqual(["confirmShortfall"]);
    expect(refused.message).toContain("UBND cấp xã còn thiếu 3 đơn vị so với chỉ tiêu 34");
    const after = await t.trx
      .selectFrom("inspections")
      .select(t.trx.fn.countAll().as("n"))
      .executeTakeFirstOrThrow();
    expect(after.n).toEqual(before.n);
    const ok = await admin.proposal.accept({ year: 2023, picks: fewer, confirmShortfall: true });
    expect(ok.created).toHaveLength(fewer.length);
  });

  it("never proposes Sở Nội vụ to Sở Nội vụ's planner, whatever the seed", async () => {
    const { admin } = await adminWith2023Plan(t.trx);
    const snv = await unitIdByCode(t.trx, "SNV");
    for (const seed of [1, 2, 3, 4, 5]) {
      const p = await admin.proposal.run({ year: 2023, seed });
      const agency = p.tiers.find((x) => x.tier === "agency")!;
      expect([...agency.picks, ...agency.reserve].map((x) => x.unitId)).not.toContain(snv);
      expect(agency.eligible).toBe(21);
    }
  });

  it("warns when the same lead body inspects a unit a second time in the year", async () => {
    const { admin, plan } = await adminWith2023Plan(t.trx);
    await admin.inspections.create(await announcedInput(t.trx, plan.id, "26431"));
    const dry = await admin.inspections.checkSchedule({
      targetUnitId: await unitIdByCode(t.trx, "26431"),
      form: "announced",
      startDate: "2023-10-10",
      endDate: "2023-10-10",
      planId: plan.id,
    });
    expect(dry.warnings.map((w) => w.code)).toEqual(["INSPECTION.REPEAT_SAME_BODY_YEAR"]);
    expect(dry.warnings[0]!.message).toContain("12/06/2023");
  });
});
