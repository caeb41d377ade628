import { describe, expect, it } from "vitest";
import { dossierRatesOfUnit } from "../src/dossiers/unit-rates";
import { signIn } from "./helpers/callers";
import { dossierSheet, goodMonth, yearOf } from "./helpers/dossier-sheet";
import { factsOf } from "./helpers/expect-error";
import { adminWith2023Plan } from "./helpers/inspections";
import { useTestDb } from "./helpers/test-db";
import { unitIdByCode } from "./helpers/units";

const t = useTestDb();

async function refusal(p: Promise<unknown>) {
  try {
    await p;
  } catch (error) {
    return factsOf(error);
  }
  throw new Error("expected a refusal");
}

// 731 Biên Hòa, 25993 Phường Trảng Dài (in Biên Hòa), 741 Xuân Lộc.
const SHEET = [
  ...yearOf("731", 2023, goodMonth(0.97)),
  ...yearOf("25993", 2023, goodMonth(0.7)),
  ...yearOf("741", 2023, goodMonth(0.99)),
];

describe("dossier statistics import (issue 11 §1)", () => {
  it("previews every row's problems bilingually, naming the column in words; the commit writes nothing", async () => {
    const { caller } = await signIn(t.trx, "snv.admin");
    const bad = dossierSheet([
      { code: "731", year: 2023, month: 1, counts: { ...goodMonth(), resolvedLate: 999 } },
      { code: "XYZ", year: 2023, month: 2, counts: goodMonth() },
      { code: "741", year: 2023, month: 1, counts: { ...goodMonth(), paidOnline: 201 } },
    ]);
    const preview = await caller.dossiers.importPreview(bad);
    expect(preview.ok).toBe(false);
    expect(preview.problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^Dòng 2 – Số liệu không khớp: .+ \/ Row 2 – Counts do not add up: /),
      "Dòng 3 – Mã đơn vị: không có trong danh mục đơn vị / Row 3 – Unit code: not in the unit register",
      "Dòng 4 – Thanh toán trực tuyến: không được lớn hơn số hồ sơ có nghĩa vụ tài chính (201 > 200) / Row 4 – Paid online: must not exceed the dossiers with fees to pay (201 > 200)",
    ]);
    const f = await refusal(caller.dossiers.importCommit(bad));
    expect(f.code).toBe("BAD_REQUEST");
    expect(f.message).toMatch(/^Tệp có 3 lỗi, không ghi gì/);
    expect(await t.trx.selectFrom("dossier_stats").select("unit_id").execute()).toEqual([]);
  });

  it("writes a year all at once, audited per unit; the same file again changes nothing but says so", async () => {
    const { caller } = await signIn(t.trx, "snv.admin");
    const sheet = dossierSheet(SHEET);
    const preview = await caller.dossiers.importPreview(sheet);
    expect(preview).toMatchObject({ ok: true, rowCount: 36, units: 3 });
    expect(await caller.dossiers.importCommit({ ...sheet, token: preview.token })).toEqual({
      months: 36,
      units: 3,
      created: 36,
      replaced: 0,
    });
    expect(await caller.dossiers.importCommit(sheet)).toMatchObject({ created: 0, replaced: 36 });
    const audit = await t.trx
      .selectFrom("audit_log")
      .select("entity_id")
      .where("action", "=", "dossier_stats.import")
      .execute();
    expect(audit).toHaveLength(6);
    const rates = await dossierRatesOfUnit(t.trx, await unitIdByCode(t.trx, "25993"), 2023);
    expect(rates.months).toBe(12);
    expect(rates.counts.resolvedLate).toBe(12 * 300);
    expect(rates.rates.onTime).toBeCloseTo(70, 9);
    expect(rates.rates.satisfaction).toBe(95);
  });

  it("the dashboard sums in SQL per unit and per district; the trend has the year's months", async () => {
    const { caller } = await signIn(t.trx, "snv.admin");
    await caller.dossiers.importCommit(dossierSheet(SHEET));
    const units = await caller.dossiers.dashboard({ year: 2023, by: "unit", limit: 2 });
    expect(units.items).toHaveLength(2);
    const rest = await caller.dossiers.dashboard({
      year: 2023,
      by: "unit",
      limit: 2,
      cursor: units.nextCursor,
    });
    expect(rest.nextCursor).toBeNull();
    const all = [...units.items, ...rest.items];
    expect(all.map((u) => u.code).sort()).toEqual(["25993", "731", "741"]);
    expect(all.find((u) => u.code === "741")!.rates.onTime).toBeCloseTo(99, 9);
    const districts = await caller.dossiers.dashboard({ year: 2023, by: "district" });
    const bienHoa = districts.items.find((d) => d.code === "731")!;
    // Biên Hòa's own months and its ward's: (970 + 700) × 12 on time of 2,000 × 12 resolved.
    expect(bienHoa.counts.resolvedLate).toBe(12 * (30 + 300));
    expect(bienHoa.rates.onTime).toBeCloseTo(83.5, 9);
    const trend = await caller.dossiers.trend({ year: 2023 });
    expect(trend.map((m) => m.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(trend[0]!.counts.resolvedEarly).toBe(1200);
    const months = await caller.dossiers.months({ year: 2023, limit: 200 });
    expect(months.items).toHaveLength(36);
  });

  it("a unit sees only its own subtree's figures; another unit is refused", async () => {
    const { caller: admin } = await signIn(t.trx, "snv.admin");
    await admin.dossiers.importCommit(dossierSheet(SHEET));
    const { caller } = await signIn(t.trx, "ubnd.bienhoa");
    const mine = await caller.dossiers.dashboard({ year: 2023, by: "unit" });
    expect(mine.items.map((u) => u.code).sort()).toEqual(["25993", "731"]);
    const months = await caller.dossiers.months({ year: 2023, limit: 200 });
    expect(new Set(months.items.map((m) => m.unitCode))).toEqual(new Set(["731", "25993"]));
    const trend = await caller.dossiers.trend({ year: 2023 });
    expect(trend[0]!.counts.resolvedEarly).toBe(800);
    const xuanLoc = await unitIdByCode(t.trx, "741");
    expect((await refusal(caller.dossiers.trend({ year: 2023, unitId: xuanLoc }))).code).toBe("FORBIDDEN");
    expect((await refusal(caller.dossiers.months({ year: 2023, unitId: xuanLoc }))).code).toBe("FORBIDDEN");
    expect((await refusal(caller.dossiers.importCommit(dossierSheet(SHEET)))).code).toBe("FORBIDDEN");
  });
});

describe("remote dossier checks (issue 11 §2)", () => {
  it("thresholds default per year; the province sets its own, audited", async () => {
    const { caller } = await signIn(t.trx, "snv.admin");
    const before = await caller.dossiers.thresholds({ year: 2023 });
    expect(before).toMatchObject({ source: "default", thresholds: { onTime: 95, satisfaction: 90 } });
    const saved = await caller.dossiers.saveThresholds({
      year: 2023,
      thresholds: { ...before.thresholds, onTime: 90 },
    });
    expect(saved).toMatchObject({ source: "province", thresholds: { onTime: 90 } });
    expect((await caller.dossiers.thresholds({ year: 2024 })).source).toBe("default");
    const f = await refusal(
      caller.dossiers.saveThresholds({ year: 2023, thresholds: { ...before.thresholds, online: 120 } }),
    );
    expect(f.fieldErrors.thresholds).toEqual([
      "Tỷ lệ hồ sơ trực tuyến: phải là số phần trăm từ 0 đến 100 / Received online: must be a percentage from 0 to 100",
    ]);
  });

  it("a unit past the threshold gets a remote_dossier inspection with findings and a reminder in its inbox; quotas do not count it", async () => {
    const { admin } = await adminWith2023Plan(t.trx);
    await admin.dossiers.importCommit(dossierSheet(SHEET));
    const ward = await unitIdByCode(t.trx, "25993");
    const opened = await admin.dossiers.openRemoteCheck({ unitId: ward, year: 2023, date: "2023-12-15" });
    expect(opened.inspection.form).toBe("remote_dossier");
    expect(opened.findings.map((f) => [f.rate, f.rating])).toEqual([["onTime", "chua_dat"]]);
    expect(opened.recorded.find((r) => r.itemCode === "2.2")).toMatchObject({ rating: "chua_dat" });
    expect(opened.recorded.find((r) => r.itemCode === "3b.2")).toMatchObject({ rating: "dat" });
    expect(opened.reminded).toBe(true);
    const { caller: bienHoa } = await signIn(t.trx, "ubnd.bienhoa");
    const inbox = await bienHoa.notifications.page({});
    const reminder = inbox.items.find((n) => n.kind === "dossier_reminder")!;
    expect(reminder.subject).toBe(
      "Năm 2023: Tỷ lệ giải quyết trước hạn, đúng hạn 70,0 %, dưới ngưỡng 95,0 %",
    );
    const commune = (await admin.plans.coverage({ year: 2023 })).tiers.find((x) => x.tier === "commune")!;
    expect(commune.planned).toBe(0);
    // Within the thresholds: an inspection, no reminder.
    const calm = await admin.dossiers.openRemoteCheck({
      unitId: await unitIdByCode(t.trx, "741"),
      year: 2023,
      date: "2023-12-15",
    });
    expect(calm.reminded).toBe(false);
  });

  it("refuses a unit with no figures and a date outside the year, naming the field", async () => {
    const { admin } = await adminWith2023Plan(t.trx);
    const unit = await unitIdByCode(t.trx, "741");
    const none = await refusal(
      admin.dossiers.openRemoteCheck({ unitId: unit, year: 2023, date: "2023-12-15" }),
    );
    expect(none.message).toBe(
      'Đơn vị: "Huyện Xuân Lộc" chưa có số liệu hồ sơ năm 2023 / Unit: "Huyện Xuân Lộc" has no dossier figures for 2023',
    );
    const outside = await refusal(
      admin.dossiers.openRemoteCheck({ unitId: unit, year: 2023, date: "2024-01-15" }),
    );
    expect(outside.fieldErrors.date).toBeDefined();
    const { caller: vp } = await signIn(t.trx, "vp.ubnd");
    expect(
      (await refusal(vp.dossiers.openRemoteCheck({ unitId: unit, year: 2023, date: "2023-12-15" }))).code,
    ).toBe("FORBIDDEN");
  });
});

describe("the dossier risk signal in the proposal (issue 11 §2)", () => {
  it("a commune past the thresholds scores higher, with the reason shown", async () => {
    const { admin } = await adminWith2023Plan(t.trx);
    const ward = await unitIdByCode(t.trx, "25993");
    const scoreOf = async () => {
      const p = await admin.proposal.run({ year: 2023 });
      const tier = p.tiers.find((x) => x.tier === "commune")!;
      return [...tier.picks, ...tier.reserve].find((x) => x.unitId === ward)!;
    };
    const before = await scoreOf();
    await admin.dossiers.importCommit(dossierSheet(yearOf("25993", 2023, goodMonth(0.7))));
    const after = await scoreOf();
    // 30 % late (× 20) and one rate past its threshold (on time, × 3).
    expect(after.score - before.score).toBeCloseTo(9, 9);
    expect(after.reasons.vi).toContain("chỉ số hồ sơ không đạt ngưỡng: tỷ lệ giải quyết trước hạn, đúng hạn");
    expect(after.reasons.vi).toContain("tỷ lệ hồ sơ trễ hạn 30 %");
  });
});
