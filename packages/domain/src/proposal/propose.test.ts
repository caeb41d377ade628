import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dongNai2023 } from "../../test/dong-nai-fixture";
import { PLAN_TEMPLATES } from "../templates/registry";
import { tierOfKind } from "../units/unit-kinds";
import { isInPool } from "../units/unit-ref";
import type { ProposalInput, ProposalUnit, UnitHistory } from "./proposal-types";
import { proposeInspections } from "./propose";

const template = PLAN_TEMPLATES["dong-nai-2023"];

/** A random province: agencies and districts under 1, communes under districts, some closed or opened mid-way. */
const province = fc
  .record({
    agencies: fc.integer({ min: 0, max: 25 }),
    communesPerDistrict: fc.array(fc.integer({ min: 0, max: 15 }), { minLength: 0, maxLength: 12 }),
    validity: fc.array(fc.constantFrom("open", "closed2022", "from2024", "closesJune"), {
      minLength: 1,
      maxLength: 30,
    }),
    fields: fc.array(fc.subarray(["dat_dai", "xay_dung", "y_te"]), { minLength: 1, maxLength: 10 }),
  })
  .map(({ agencies, communesPerDistrict, validity, fields }) => {
    const units: ProposalUnit[] = [
      {
        id: 1,
        code: "P",
        name: "Tỉnh",
        kind: "province",
        parentId: null,
        validFrom: "2000-01-01",
        validTo: null,
      },
    ];
    let next = 2;
    const add = (kind: ProposalUnit["kind"], parentId: number) => {
      const id = next++;
      const v = validity[id % validity.length]!;
      units.push({
        id,
        code: `U${id}`,
        name: `Đơn vị ${id}`,
        kind,
        parentId,
        validFrom: v === "from2024" ? "2024-01-01" : "2000-01-01",
        validTo: v === "closed2022" ? "2022-12-31" : v === "closesJune" ? "2023-06-30" : null,
        fields: fields[id % fields.length],
      });
      return id;
    };
    for (let i = 0; i < agencies; i++) add(i % 5 === 0 ? "agency" : "department", 1);
    for (const n of communesPerDistrict) {
      const d = add("district", 1);
      for (let i = 0; i < n; i++) add("commune", d);
    }
    return units;
  });

const proposalInput = fc
  .record({
    units: province,
    seed: fc.integer(),
    capacity: fc.oneof(
      fc.integer({ min: 0, max: 12 }),
      fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 12, maxLength: 12 }),
    ),
    lastYears: fc.array(fc.option(fc.integer({ min: 2015, max: 2022 })), { minLength: 1, maxLength: 20 }),
    plannedEvery: fc.integer({ min: 0, max: 7 }),
  })
  .map(({ units, seed, capacity, lastYears, plannedEvery }): ProposalInput => {
    const history: UnitHistory[] = units.map((u, i) => ({
      unitId: u.id,
      lastInspectionYear: lastYears[i % lastYears.length] ?? null,
      findingsCount: i % 4,
      openRecommendations: i % 3,
    }));
    const alreadyPlanned =
      plannedEvery === 0 ? [] : units.filter((u) => u.id % (plannedEvery + 3) === 0).map((u) => u.id);
    const exclude = units.filter((u) => u.id % 11 === 0).map((u) => u.id);
    return {
      template,
      year: 2023,
      seed,
      units,
      history,
      capacityPerMonth: capacity,
      alreadyPlanned,
      exclude,
    };
  });

describe("proposal: which units to inspect this year", () => {
  it("meets each tier's quota exactly whenever enough units can be proposed, and says why not otherwise", () => {
    fc.assert(
      fc.property(proposalInput, (input) => {
        const p = proposeInspections(input);
        for (const t of p.tiers) {
          const candidates = input.units.filter(
            (u) =>
              tierOfKind(u.kind) === t.tier &&
              isInPool(u, 2023) &&
              !input.alreadyPlanned?.includes(u.id) &&
              !input.exclude?.includes(u.id),
          ).length;
          expect(t.needed).toBe(Math.max(0, t.required - t.alreadyCovered));
          expect(t.picks.length).toBe(Math.min(t.needed, candidates));
          expect(t.feasible).toBe(candidates >= t.needed);
          expect(t.problem === null).toBe(t.feasible);
        }
      }),
    );
  });

  it("never picks a unit outside its tier or not valid that year, and no unit twice", () => {
    fc.assert(
      fc.property(proposalInput, (input) => {
        const byId = new Map(input.units.map((u) => [u.id, u]));
        const all = proposeInspections(input).tiers.flatMap((t) => [...t.picks, ...t.reserve]);
        for (const pick of all) {
          const u = byId.get(pick.unitId)!;
          expect(tierOfKind(u.kind)).toBe(pick.tier);
          expect(isInPool(u, 2023)).toBe(true);
          expect(input.exclude).not.toContain(u.id);
          expect(input.alreadyPlanned).not.toContain(u.id);
        }
        expect(new Set(all.map((p) => p.unitId)).size).toBe(all.length);
      }),
    );
  });

  it("is deterministic for a seed, whatever the order of the units", () => {
    fc.assert(
      fc.property(proposalInput, (input) => {
        const reversed = {
          ...input,
          units: [...input.units].reverse(),
          history: [...(input.history ?? [])].reverse(),
        };
        expect(proposeInspections(reversed)).toEqual(proposeInspections(input));
      }),
      { numRuns: 50 },
    );
  });

  it("never exceeds a month's capacity, and suggests months only while the unit exists", () => {
    fc.assert(
      fc.property(proposalInput, (input) => {
        const p = proposeInspections(input);
        const stated = (m: number) =>
          typeof input.capacityPerMonth === "number"
            ? input.capacityPerMonth
            : input.capacityPerMonth[m - 1]!;
        const load = new Array<number>(13).fill(0);
        const byId = new Map(input.units.map((u) => [u.id, u]));
        for (const t of p.tiers) {
          for (const pick of t.picks) {
            if (pick.month === null) continue;
            load[pick.month]! += 1;
            const validTo = byId.get(pick.unitId)!.validTo;
            if (validTo !== null)
              expect(`2023-${String(pick.month).padStart(2, "0")}-01` <= validTo).toBe(true);
          }
          for (const r of t.reserve) expect(r.month).toBeNull();
        }
        for (let m = 1; m <= 12; m++) {
          expect(load[m]).toBeLessThanOrEqual(stated(m));
          expect(load[m]).toBeLessThanOrEqual(p.monthCapacity[m - 1]!);
        }
      }),
    );
  });

  it("puts at least one commune in every district when the quota allows", () => {
    fc.assert(
      fc.property(proposalInput, (input) => {
        const p = proposeInspections(input);
        const communes = p.tiers.find((t) => t.tier === "commune")!;
        const byId = new Map(input.units.map((u) => [u.id, u]));
        const districtsWithCandidates = new Set(
          input.units
            .filter(
              (u) =>
                u.kind === "commune" &&
                isInPool(u, 2023) &&
                !input.exclude?.includes(u.id) &&
                !input.alreadyPlanned?.includes(u.id),
            )
            .map((u) => u.parentId),
        );
        const covered = new Set(communes.picks.map((c) => byId.get(c.unitId)!.parentId));
        expect(covered.size).toBe(Math.min(districtsWithCandidates.size, communes.picks.length));
      }),
    );
  });
});

describe("proposal on the real 2023 Đồng Nai register", () => {
  const units = dongNai2023().map((u) => ({
    ...u,
    fields: u.kind === "commune" && u.id % 3 === 0 ? ["dat_dai"] : [],
  }));
  const history: UnitHistory[] = [
    { unitId: 26002, lastInspectionYear: 2021, findingsCount: 2, openRecommendations: 3 },
    ...units
      .filter((u) => u.id !== 26002)
      .map((u, i) => ({
        unitId: u.id,
        lastInspectionYear: 2019 + (i % 4),
        findingsCount: 0,
        openRecommendations: 0,
      })),
  ];
  const p = proposeInspections({ template, year: 2023, seed: 42, units, history, capacityPerMonth: 6 });

  it("proposes 9 agencies, 6 districts and 34 communes, a commune in each of the 11 districts", () => {
    expect(p.tiers.map((t) => [t.tier, t.picks.length])).toEqual([
      ["agency", 9],
      ["district", 6],
      ["commune", 34],
    ]);
    const byId = new Map(units.map((u) => [u.id, u]));
    const communes = p.tiers[2]!.picks;
    expect(new Set(communes.map((c) => byId.get(c.unitId)!.parentId)).size).toBe(11);
    expect(p.tiers[2]!.reserve.length).toBe(Math.ceil(34 * 0.3));
    expect(p.problems).toEqual([]);
  });

  it("explains each pick in plain Vietnamese and English", () => {
    const pick = p.tiers[2]!.picks.find((c) => c.unitId === 26002);
    expect(pick?.reasons.vi).toMatch(/^chưa được kiểm tra từ 2021; 3 kiến nghị chưa khắc phục; 2 tồn tại/);
    expect(pick?.reasons.en).toMatch(/^not inspected since 2021; 3 open recommendations/);
  });

  it("keeps Tết January lighter than a full month", () => {
    expect(p.monthCapacity[0]).toBeLessThan(p.monthCapacity[2]!);
    expect(p.monthLoad.reduce((a, b) => a + b, 0)).toBe(49);
  });
});

describe("proposal score", () => {
  it("ranks with the same score as the explained factors", async () => {
    const { quickScore, scoreFactors, scoreOf } = await import("./score");
    const focus = new Set(["dat_dai", "xay_dung"]);
    fc.assert(
      fc.property(
        fc.option(fc.integer({ min: 2000, max: 2030 })),
        fc.integer({ min: -2, max: 30 }),
        fc.integer({ min: -2, max: 30 }),
        fc.subarray(["dat_dai", "xay_dung", "y_te"]),
        fc.double({ min: -1, max: 2, noNaN: true }),
        fc.integer({ min: -1, max: 40 }),
        (last, recs, findings, fields, late, camera) => {
          const unit: ProposalUnit = {
            id: 5,
            code: "X",
            name: "X",
            kind: "commune",
            parentId: 2,
            validFrom: "2000-01-01",
            validTo: null,
            fields,
          };
          const h = {
            unitId: 5,
            lastInspectionYear: last,
            findingsCount: findings,
            openRecommendations: recs,
          };
          const r = {
            unitId: 5,
            lateDossierRate: late,
            cameraViolations: camera,
            dossierShortfalls: camera > 20 ? ["onTime", "online"] : [],
          };
          expect(quickScore(unit, 2023, h, r, focus)).toBe(scoreOf(scoreFactors(unit, 2023, h, r, focus)));
        },
      ),
    );
  });
});
