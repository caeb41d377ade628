import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { openingMonth, openingYear } from "./opening-year";

describe("openingYear", () => {
  it("opens on the latest year with a plan, even a past one", () => {
    expect(openingYear([2022, 2023], 2026)).toBe(2023);
    expect(openingYear([2023, 2022], 2023)).toBe(2023);
  });
  it("opens on this year when there is no plan", () => {
    expect(openingYear([], 2026)).toBe(2026);
  });
  it("is always a plan's year when there are plans, and none is later", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 2000, max: 2100 }), { minLength: 1 }),
        fc.integer({ min: 2000, max: 2100 }),
        (years, now) => {
          const y = openingYear(years, now);
          expect(years).toContain(y);
          expect(years.every((x) => x <= y)).toBe(true);
        },
      ),
    );
  });
});

describe("openingMonth", () => {
  it("is this month in the current year and January in another", () => {
    expect(openingMonth(2026, { year: 2026, month: 11 })).toBe(11);
    expect(openingMonth(2023, { year: 2026, month: 11 })).toBe(1);
  });
});
