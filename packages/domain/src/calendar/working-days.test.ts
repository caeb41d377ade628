import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { HOLIDAYS } from "./holidays";
import { addDays, dayNumber, formatViDate, isoOfDay, weekday } from "./iso-date";
import { addWorkingDays, holidayOn, isWorkingDay, VN_CALENDAR, workingDaysBetween } from "./working-days";

const dateIn = (from: string, to: string) =>
  fc.integer({ min: dayNumber(from), max: dayNumber(to) }).map((d) => isoOfDay(d));

describe("iso dates", () => {
  it("round-trips day numbers and knows the weekday", () => {
    fc.assert(
      fc.property(dateIn("1900-01-01", "2100-12-31"), (d) => {
        expect(isoOfDay(dayNumber(d))).toBe(d);
        expect(weekday(addDays(d, 7))).toBe(weekday(d));
      }),
    );
    expect(weekday("2023-01-24")).toBe(2); // a Tuesday
    expect(addDays("2023-02-28", 1)).toBe("2023-03-01");
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(formatViDate("2023-01-24")).toBe("24/01/2023");
  });
});

describe("R3 holiday calendar", () => {
  it("holds the plan's 2023 holidays and years 2023–2026", () => {
    expect(holidayOn("2023-01-24")?.vi).toBe("Tết Nguyên đán");
    expect(holidayOn("2022-12-31")?.en).toBe("New Year's Day");
    expect(isWorkingDay("2023-05-03")).toBe(false);
    expect(isWorkingDay("2023-05-04")).toBe(true);
    expect(isWorkingDay("2023-09-04")).toBe(false);
    expect([...VN_CALENDAR.years].sort()).toEqual([2023, 2024, 2025, 2026]);
    for (const h of HOLIDAYS) expect(h.from <= h.to).toBe(true);
  });

  it("treats weekends as days off except make-up Saturdays", () => {
    expect(isWorkingDay("2023-01-07")).toBe(false); // Saturday
    expect(isWorkingDay("2025-04-26")).toBe(true); // làm bù
  });
});

describe("R3 working-day arithmetic", () => {
  it("counts a Monday-to-Monday notice as 5 working days", () => {
    expect(workingDaysBetween("2023-03-06", "2023-03-13")).toBe(5);
    expect(addWorkingDays("2023-03-13", -5)).toBe("2023-03-06");
  });

  it("skips Tết", () => {
    expect(addWorkingDays("2023-01-19", 1)).toBe("2023-01-27");
    expect(workingDaysBetween("2023-01-19", "2023-01-27")).toBe(1);
  });

  it("addWorkingDays lands on a working day that workingDaysBetween counts back", () => {
    fc.assert(
      fc.property(dateIn("2023-01-01", "2026-10-31"), fc.integer({ min: -40, max: 40 }), (d, n) => {
        // Counting back is only defined from a working day, as a start date always is.
        fc.pre(n >= 0 || isWorkingDay(d));
        const target = addWorkingDays(d, n);
        if (n !== 0) expect(isWorkingDay(target)).toBe(true);
        expect(workingDaysBetween(d, target)).toBe(n);
      }),
    );
  });

  it("is antisymmetric and additive", () => {
    fc.assert(
      fc.property(
        dateIn("2023-01-01", "2026-12-31"),
        dateIn("2023-01-01", "2026-12-31"),
        dateIn("2023-01-01", "2026-12-31"),
        (a, b, c) => {
          expect(workingDaysBetween(a, b) + workingDaysBetween(b, a)).toBe(0);
          expect(workingDaysBetween(a, b) + workingDaysBetween(b, c)).toBe(workingDaysBetween(a, c));
        },
      ),
    );
  });
});
