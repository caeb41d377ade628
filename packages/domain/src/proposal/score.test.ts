import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PLAN_TEMPLATES } from "../templates/registry";
import type { ProposalUnit, UnitHistory } from "./proposal-types";
import { proposeInspections } from "./propose";
import { quickScore, scoreFactors, scoreOf } from "./score";

const template = PLAN_TEMPLATES["dong-nai-2023"];
const FOCUS = ["dat_dai", "dang_ky_kinh_doanh", "tu_phap_ho_tich", "xay_dung"] as const;

const agency = (id: number, fields: readonly string[] = []): ProposalUnit => ({
  id,
  code: `S${id}`,
  name: `Sở ${id}`,
  kind: "department",
  parentId: null,
  validFrom: "2000-01-01",
  validTo: null,
  fields,
});

/**
 * The position of a unit among the agency tier's picks then reserve (stable sort by score, so ties keep
 * the proposal's own order); a unit in neither list ranks last.
 */
function rankOf(units: ProposalUnit[], history: UnitHistory[], unitId: number, seed: number): number {
  const p = proposeInspections({ template, year: 2023, seed, units, history, capacityPerMonth: 100 });
  const agencies = p.tiers.find((t) => t.tier === "agency")!;
  const at = [...agencies.picks, ...agencies.reserve]
    .sort((a, b) => b.score - a.score)
    .findIndex((x) => x.unitId === unitId);
  return at < 0 ? units.length : at;
}

const equalHistory = (id: number): UnitHistory => ({
  unitId: id,
  lastInspectionYear: 2020,
  findingsCount: 1,
  openRecommendations: 1,
  overdueRecommendations: 0,
});

describe("R6 focus and risk in the score", () => {
  it("quickScore and scoreOf(scoreFactors) agree, overdue and last shortfall included", () => {
    fc.assert(
      fc.property(
        fc.subarray([...FOCUS, "tai_chinh"]),
        fc.option(fc.integer({ min: 2010, max: 2023 })),
        fc.nat(20),
        fc.nat(20),
        fc.nat(20),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (fields, last, open, overdue, findings, share) => {
          const h: UnitHistory = {
            unitId: 1,
            lastInspectionYear: last,
            openRecommendations: open,
            overdueRecommendations: overdue,
            findingsCount: findings,
            lastShortfallShare: share,
          };
          const focus = new Set<string>(FOCUS);
          const u = agency(1, fields);
          expect(quickScore(u, 2023, h, undefined, focus)).toBe(
            scoreOf(scoreFactors(u, 2023, h, undefined, focus)),
          );
        },
      ),
    );
  });

  it("adding a focus field or an overdue recommendation never lowers a unit's rank among equal units", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 12 }),
        fc.integer(),
        fc.constantFrom(...FOCUS),
        fc.nat(9),
        (n, seed, field, overdue) => {
          const units = Array.from({ length: n }, (_, i) => agency(i + 1));
          const history = units.map((u) => equalHistory(u.id));
          const target = 1 + (Math.abs(seed) % n);
          const before = rankOf(units, history, target, seed);
          const withField = units.map((u) => (u.id === target ? agency(u.id, [field]) : u));
          expect(rankOf(withField, history, target, seed)).toBeLessThanOrEqual(before);
          const withOverdue = history.map((h) =>
            h.unitId === target ? { ...h, overdueRecommendations: overdue + 1 } : h,
          );
          expect(rankOf(units, withOverdue, target, seed)).toBeLessThanOrEqual(before);
        },
      ),
    );
  });

  it("focus fields and overdue recommendations change the order, and the reasons say why", () => {
    const units = [agency(1), agency(2, ["dat_dai"]), agency(3)];
    const history: UnitHistory[] = [
      equalHistory(1),
      equalHistory(2),
      { ...equalHistory(3), overdueRecommendations: 2, lastShortfallShare: 0.5 },
    ];
    const p = proposeInspections({ template, year: 2023, seed: 7, units, history, capacityPerMonth: 100 });
    const t = p.tiers.find((x) => x.tier === "agency")!;
    const order = [...t.picks, ...t.reserve].sort((a, b) => b.score - a.score);
    // Equal but for the signals: overdue (2 × 3) + half unsatisfactory (5) > one focus field (5) > nothing.
    expect(order.map((x) => x.unitId)).toEqual([3, 2, 1]);
    const reasons = (id: number) => order.find((x) => x.unitId === id)!.reasons;
    expect(reasons(3).vi).toContain("2 kiến nghị quá hạn khắc phục");
    expect(reasons(3).vi).toContain("50 % nội dung chưa đạt");
    expect(reasons(3).en).toContain("2 overdue recommendations");
    expect(reasons(2).vi).toContain("lĩnh vực trọng tâm: đất đai");
    expect(reasons(1).vi).not.toContain("trọng tâm");
  });
});

describe("the dossier risk signal (issue 11 §2)", () => {
  it("rates past the thresholds raise the unit's score and are named in its reasons", () => {
    const units = [agency(1), agency(2)];
    const history = [equalHistory(1), equalHistory(2)];
    const risks = [{ unitId: 2, lateDossierRate: 0.3, dossierShortfalls: ["onTime", "satisfaction"] }];
    const p = proposeInspections({
      template,
      year: 2023,
      seed: 1,
      units,
      history,
      risks,
      capacityPerMonth: 100,
    });
    const all = p.tiers.flatMap((t) => [...t.picks, ...t.reserve]);
    const risky = all.find((x) => x.unitId === 2)!;
    const calm = all.find((x) => x.unitId === 1)!;
    // 0.3 × 20 for the late share and 2 × 3 for the two rates past their thresholds.
    expect(risky.score - calm.score).toBeCloseTo(12, 9);
    expect(risky.reasons.vi).toContain(
      "chỉ số hồ sơ không đạt ngưỡng: tỷ lệ giải quyết trước hạn, đúng hạn, mức độ hài lòng",
    );
    expect(risky.reasons.vi).toContain("tỷ lệ hồ sơ trễ hạn 30 %");
    expect(calm.reasons.vi).not.toContain("hồ sơ");
  });
});
