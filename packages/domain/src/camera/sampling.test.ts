import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_SAMPLE_SETTINGS,
  drawSample,
  nextWorkingDay,
  type SampleCounter,
  stratumOf,
  windowStarts,
} from "./sampling";

const counters = fc.uniqueArray(
  fc.record({
    id: fc.integer({ min: 1, max: 5000 }),
    tier: fc.constantFrom("agency", "district", "commune"),
    districtId: fc.integer({ min: 1, max: 6 }),
  }),
  { selector: (c) => c.id, maxLength: 60 },
);
const seeds = fc.integer({ min: 0, max: 2 ** 31 - 1 });
const WORKDAY = "2023-06-12"; // a Monday

describe("camera sampling (auditable, stratified)", () => {
  it("same seed, same day → the same sample, whatever the order the counters are listed in", () => {
    fc.assert(
      fc.property(seeds, counters, (seed, list) => {
        const a = drawSample(seed, WORKDAY, list);
        const b = drawSample(seed, WORKDAY, [...list].reverse());
        expect(b).toEqual(a);
      }),
      { numRuns: 40 },
    );
  });

  it("every stratum gets min(perStratum, its size) distinct counters, windows inside office hours", () => {
    const starts = new Set(windowStarts(DEFAULT_SAMPLE_SETTINGS));
    fc.assert(
      fc.property(seeds, counters, (seed, list) => {
        const sample = drawSample(seed, WORKDAY, list);
        const byStratum = new Map<string, SampleCounter[]>();
        for (const c of list) byStratum.set(stratumOf(c), [...(byStratum.get(stratumOf(c)) ?? []), c]);
        for (const [key, members] of byStratum) {
          const drawn = sample.filter((w) => w.stratum === key);
          expect(drawn.length).toBe(Math.min(DEFAULT_SAMPLE_SETTINGS.perStratum, members.length));
          expect(new Set(drawn.map((w) => w.counterId)).size).toBe(drawn.length);
          for (const w of drawn) expect(members.some((m) => m.id === w.counterId)).toBe(true);
        }
        for (const w of sample) {
          expect(starts.has(w.startMinute)).toBe(true);
          expect(w.endMinute - w.startMinute).toBe(10);
        }
      }),
      { numRuns: 40 },
    );
  });

  it("no sample on weekends and holidays (the domain's calendar)", () => {
    const list = [{ id: 1, tier: "commune", districtId: 1 }];
    expect(drawSample(1, "2023-06-10", list)).toEqual([]); // Saturday
    expect(drawSample(1, "2023-09-02", list)).toEqual([]); // Quốc khánh
    expect(drawSample(1, WORKDAY, list)).toHaveLength(1);
    expect(nextWorkingDay("2023-06-10")).toBe(WORKDAY);
  });

  it("another seed may draw another sample", () => {
    const list = Array.from({ length: 30 }, (_, i) => ({ id: i + 1, tier: "commune", districtId: 1 }));
    const draws = new Set([1, 2, 3, 4, 5].map((s) => JSON.stringify(drawSample(s, WORKDAY, list))));
    expect(draws.size).toBeGreaterThan(1);
  });
});
