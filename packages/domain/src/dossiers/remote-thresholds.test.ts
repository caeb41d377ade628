import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DOSSIER_RATE_KEYS, type DossierRates } from "./dossier-rates";
import {
  DEFAULT_DOSSIER_THRESHOLDS,
  dossierFindings,
  itemRating,
  THRESHOLD_RATES,
} from "./remote-thresholds";

const rates = (over: Partial<DossierRates>): DossierRates => ({
  ...(Object.fromEntries(DOSSIER_RATE_KEYS.map((k) => [k, null])) as DossierRates),
  ...over,
});

describe("remote dossier findings from rates and thresholds", () => {
  it("a unit at 80 % on time against 95 % is 'chưa đạt' on item 2.2; one at 92 % 'có tồn tại'", () => {
    const far = dossierFindings(rates({ onTime: 80 }), DEFAULT_DOSSIER_THRESHOLDS);
    expect(far).toHaveLength(1);
    expect(far[0]).toMatchObject({ rate: "onTime", item: "2.2", rating: "chua_dat", threshold: 95 });
    expect(far[0]!.text.vi).toBe("Tỷ lệ giải quyết trước hạn, đúng hạn 80,0 %, dưới ngưỡng 95,0 %");
    expect(dossierFindings(rates({ onTime: 92 }), DEFAULT_DOSSIER_THRESHOLDS)[0]!.rating).toBe("co_ton_tai");
    expect(dossierFindings(rates({ onTime: 95 }), DEFAULT_DOSSIER_THRESHOLDS)).toEqual([]);
  });

  it("a 'max' rate (pending overdue) is a finding above its threshold", () => {
    const f = dossierFindings(rates({ pendingOverdue: 20 }), DEFAULT_DOSSIER_THRESHOLDS);
    expect(f.map((x) => [x.rate, x.rating])).toEqual([["pendingOverdue", "chua_dat"]]);
    expect(f[0]!.text.en).toContain("above the threshold");
  });

  it("no figures, no findings; an item's rating is its worst finding", () => {
    expect(dossierFindings(rates({}), DEFAULT_DOSSIER_THRESHOLDS)).toEqual([]);
    const f = dossierFindings(rates({ onTime: 93, pendingOverdue: 30 }), DEFAULT_DOSSIER_THRESHOLDS);
    expect(itemRating(f)).toBe("chua_dat");
    expect(itemRating([])).toBe("dat");
  });

  it("property: a finding exactly when a rate is on the wrong side of its threshold", () => {
    const pct = fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: null });
    fc.assert(
      fc.property(
        fc.record(
          Object.fromEntries(DOSSIER_RATE_KEYS.map((k) => [k, pct])) as Record<
            string,
            fc.Arbitrary<number | null>
          >,
        ),
        fc.record(
          Object.fromEntries(
            THRESHOLD_RATES.map((t) => [t.rate, fc.double({ min: 0, max: 100, noNaN: true })]),
          ),
        ),
        (r, th) => {
          const found = new Set(
            dossierFindings(r as DossierRates, th as typeof DEFAULT_DOSSIER_THRESHOLDS).map((f) => f.rate),
          );
          for (const t of THRESHOLD_RATES) {
            const v = r[t.rate];
            const bad =
              v !== null && v !== undefined && (t.direction === "min" ? v < th[t.rate]! : v > th[t.rate]!);
            expect(found.has(t.rate), t.rate).toBe(bad);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
