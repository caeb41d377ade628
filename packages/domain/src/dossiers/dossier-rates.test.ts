import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type DossierCounts, labelOfCount, sumCounts, totalsOf, ZERO_COUNTS } from "./dossier-counts";
import { DOSSIER_RATE_KEYS, dossierRates, formatRate } from "./dossier-rates";
import { DOSSIER_RULES, dossierCountProblems } from "./dossier-rules";

/** A month of Huyện Xuân Lộc, computed by hand below. */
const XUAN_LOC_JUNE: DossierCounts = {
  receivedOnline: 600,
  receivedDirect: 350,
  receivedPostal: 50,
  carriedOver: 100,
  resolvedEarly: 400,
  resolvedOnTime: 500,
  resolvedLate: 100,
  pendingNotDue: 70,
  pendingOverdue: 10,
  returnedWithdrawn: 20,
  fullyOnline: 300,
  payable: 200,
  paidOnline: 50,
  digitisedComponents: 800,
  digitisedResults: 700,
  electronicResults: 450,
  satisfiedVotes: 380,
  totalVotes: 400,
};

describe("the rates of Decision 766, on hand-computed examples", () => {
  it("a month of Xuân Lộc: 1,100 received = 1,000 resolved + 80 pending + 20 returned", () => {
    expect(dossierCountProblems(XUAN_LOC_JUNE)).toEqual([]);
    const r = dossierRates(XUAN_LOC_JUNE);
    expect(r.onTime).toBe(90); // (400 + 500) / 1,000
    expect(r.late).toBe(10); // 100 / 1,000
    expect(r.pendingOverdue).toBe(12.5); // 10 / 80
    expect(r.online).toBe(60); // 600 / (600 + 350 + 50)
    expect(r.fullyOnline).toBe(30); // 300 / 1,000
    expect(r.onlinePayment).toBe(25); // 50 / 200
    expect(r.digitisedComponents).toBe(80); // 800 / 1,000 new
    expect(r.digitisedResults).toBe(70); // 700 / 1,000 resolved
    expect(r.electronicResults).toBe(45); // 450 / 1,000
    expect(r.satisfaction).toBe(95); // 380 / 400
  });

  it("nothing to rate is null, never 0 % or 100 %", () => {
    const r = dossierRates(ZERO_COUNTS);
    for (const k of DOSSIER_RATE_KEYS) expect(r[k], k).toBeNull();
    expect(formatRate(null)).toBe("—");
  });

  it("formats Vietnamese with a decimal comma", () => {
    expect(formatRate(100 / 3)).toBe("33,3 %");
    expect(formatRate(100 / 3, "en")).toBe("33.3 %");
  });
});

describe("the consistency rules", () => {
  it("refuses a month whose parts do not add up, naming the column in words", () => {
    const bad = { ...XUAN_LOC_JUNE, resolvedLate: 150 };
    const problems = dossierCountProblems(bad);
    expect(problems.map((p) => p.rule)).toEqual(["balance"]);
    expect(problems[0]!.message.vi).toContain("1150 ≠ 1100");
    expect(problems[0]!.message.vi).not.toMatch(/resolved|received[A-Z]/);
  });

  it("refuses paid online above payable, fully online above online, satisfied above votes", () => {
    const bad = { ...XUAN_LOC_JUNE, paidOnline: 201, fullyOnline: 601, satisfiedVotes: 401 };
    const problems = dossierCountProblems(bad);
    expect(problems.map((p) => p.rule).sort()).toEqual(["fully_online", "paid_online", "satisfied_votes"]);
    expect(problems.find((p) => p.rule === "paid_online")!.message.vi).toMatch(/^Thanh toán trực tuyến: /);
  });
});

/** Counts that add up: pick the parts, then derive the wholes (received from what was handled). */
const consistentCounts: fc.Arbitrary<DossierCounts> = fc
  .record({
    resolvedEarly: fc.nat(5000),
    resolvedOnTime: fc.nat(5000),
    resolvedLate: fc.nat(5000),
    pendingNotDue: fc.nat(2000),
    pendingOverdue: fc.nat(2000),
    returnedWithdrawn: fc.nat(500),
    carriedShare: fc.double({ min: 0, max: 1, noNaN: true }),
    onlineShare: fc.double({ min: 0, max: 1, noNaN: true }),
    postalShare: fc.double({ min: 0, max: 1, noNaN: true }),
    shares: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 7, maxLength: 7 }),
    totalVotes: fc.nat(3000),
  })
  .map((x) => {
    const handled =
      x.resolvedEarly +
      x.resolvedOnTime +
      x.resolvedLate +
      x.pendingNotDue +
      x.pendingOverdue +
      x.returnedWithdrawn;
    const carriedOver = Math.floor(handled * x.carriedShare);
    const fresh = handled - carriedOver;
    const receivedOnline = Math.floor(fresh * x.onlineShare);
    const receivedPostal = Math.floor((fresh - receivedOnline) * x.postalShare);
    const receivedDirect = fresh - receivedOnline - receivedPostal;
    const resolved = x.resolvedEarly + x.resolvedOnTime + x.resolvedLate;
    const part = (n: number, i: number) => Math.floor(n * (x.shares[i] ?? 0));
    const payable = part(handled, 0);
    return {
      receivedOnline,
      receivedDirect,
      receivedPostal,
      carriedOver,
      resolvedEarly: x.resolvedEarly,
      resolvedOnTime: x.resolvedOnTime,
      resolvedLate: x.resolvedLate,
      pendingNotDue: x.pendingNotDue,
      pendingOverdue: x.pendingOverdue,
      returnedWithdrawn: x.returnedWithdrawn,
      fullyOnline: part(receivedOnline, 1),
      payable,
      paidOnline: part(payable, 2),
      digitisedComponents: part(fresh, 3),
      digitisedResults: part(resolved, 4),
      electronicResults: part(resolved, 5),
      satisfiedVotes: part(x.totalVotes, 6),
      totalVotes: x.totalVotes,
    };
  });

describe("properties (fast-check)", () => {
  it("counts that add up pass every rule, and every rate lies within 0–100 %", () => {
    fc.assert(
      fc.property(consistentCounts, (c) => {
        expect(dossierCountProblems(c)).toEqual([]);
        const t = totalsOf(c);
        expect(t.received).toBe(t.resolved + t.pending + c.returnedWithdrawn);
        for (const [k, v] of Object.entries(dossierRates(c))) {
          if (v === null) continue;
          expect(v, k).toBeGreaterThanOrEqual(0);
          expect(v, k).toBeLessThanOrEqual(100);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("on-time and late rates sum to 100 % of the resolved; a sum of good months is a good year", () => {
    fc.assert(
      fc.property(fc.array(consistentCounts, { minLength: 1, maxLength: 12 }), (months) => {
        const year = sumCounts(months);
        expect(dossierCountProblems(year)).toEqual([]);
        const r = dossierRates(year);
        if (r.onTime !== null) expect(r.onTime + (r.late ?? 0)).toBeCloseTo(100, 9);
      }),
      { numRuns: 60 },
    );
  });

  it("one dossier more in any part of the balance is refused as not adding up", () => {
    const balanceParts = DOSSIER_RULES.find((r) => r.code === "balance")!;
    const keys = [...balanceParts.parts, ...balanceParts.whole];
    fc.assert(
      fc.property(consistentCounts, fc.constantFrom(...keys), (c, key) => {
        const rules = dossierCountProblems({ ...c, [key]: c[key] + 1 }).map((p) => p.rule);
        expect(rules).toContain("balance");
      }),
      { numRuns: 100 },
    );
  });

  it("a bounded count pushed one past its whole is refused by its own rule, naming its column", () => {
    const bounds = DOSSIER_RULES.filter((r) => r.kind === "atMost");
    fc.assert(
      fc.property(consistentCounts, fc.constantFrom(...bounds), (c, rule) => {
        const whole = rule.whole.reduce((s, k) => s + c[k], 0);
        const part = rule.parts[0];
        const problems = dossierCountProblems({ ...c, [part]: whole + 1 });
        const own = problems.find((p) => p.rule === rule.code);
        expect(own?.column).toBe(part);
        expect(own?.message.vi.startsWith(labelOfCount(part).vi)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
