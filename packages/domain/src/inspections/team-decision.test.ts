import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayNumber, isoOfDay, yearOf } from "../calendar/iso-date";
import { checkDecisionDate, defaultDateInYear, defaultDecisionDate } from "./team-decision";

const facts = { year: 2023, startDate: "2023-06-13" };

describe("checkDecisionDate", () => {
  it("accepts a decision before or on the first day, in the plan year or the December before", () => {
    expect(checkDecisionDate("2023-06-01", facts).ok).toBe(true);
    expect(checkDecisionDate("2023-06-13", facts).ok).toBe(true);
    expect(checkDecisionDate("2022-12-29", { year: 2023, startDate: "2023-01-10" }).ok).toBe(true);
  });
  it("refuses a decision after the start, or from another year, naming the date as dd/mm/yyyy", () => {
    const late = checkDecisionDate("2023-06-14", facts);
    expect(late).toMatchObject({ ok: false, code: "INSPECTION.DECISION_DATE", field: "date" });
    expect(late.ok || late.message).toMatch(
      /^Ngày quyết định 14\/06\/2023 sau ngày bắt đầu kiểm tra 13\/06\/2023/,
    );
    expect(checkDecisionDate("2022-11-30", facts).ok).toBe(false);
  });
  it("holds exactly the dates from 1 December before the year to the start", () => {
    const day = fc.integer({ min: dayNumber("2021-01-01"), max: dayNumber("2024-12-31") }).map(isoOfDay);
    fc.assert(
      fc.property(day, (d) => {
        expect(checkDecisionDate(d, facts).ok).toBe(d >= "2022-12-01" && d <= facts.startDate);
      }),
    );
  });
});

describe("default dates", () => {
  it("the decision defaults to the notice date, else the first day", () => {
    expect(defaultDecisionDate({ noticeDate: "2023-06-01", startDate: "2023-06-13" })).toBe("2023-06-01");
    expect(defaultDecisionDate({ noticeDate: null, startDate: "2023-06-13" })).toBe("2023-06-13");
  });
  it("a record's date defaults to its own year, whatever today is", () => {
    expect(defaultDateInYear(2023, "2026-11-28")).toBe("2023-12-31");
    expect(defaultDateInYear(2027, "2026-11-28")).toBe("2027-01-01");
    expect(defaultDateInYear(2026, "2026-11-28")).toBe("2026-11-28");
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2100 }),
        fc.integer({ min: dayNumber("2000-01-01"), max: dayNumber("2100-12-31") }),
        (y, t) => {
          expect(yearOf(defaultDateInYear(y, isoOfDay(t)))).toBe(y);
        },
      ),
    );
  });
});
