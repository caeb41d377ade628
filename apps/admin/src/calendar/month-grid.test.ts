import { describe, expect, it } from "vitest";
import { monthWeeks, moveWindow, shiftMonth, weekOf } from "./month-grid";

describe("month grid", () => {
  it("covers January 2023 with Monday-first weeks (01/01/2023 was a Sunday)", () => {
    const weeks = monthWeeks(2023, 1);
    expect(weeks[0]?.[0]).toBe("2022-12-26");
    expect(weeks[0]?.[6]).toBe("2023-01-01");
    expect(weeks.at(-1)?.[6]).toBe("2023-02-05");
    expect(weeks.every((w) => w.length === 7)).toBe(true);
  });
  it("gives the week of a day, Monday to Sunday", () => {
    expect(weekOf("2023-01-24")).toEqual([
      "2023-01-23",
      "2023-01-24",
      "2023-01-25",
      "2023-01-26",
      "2023-01-27",
      "2023-01-28",
      "2023-01-29",
    ]);
  });
  it("moves between months across the year boundary", () => {
    expect(shiftMonth(2023, 1, -1)).toEqual({ year: 2022, month: 12 });
    expect(shiftMonth(2023, 12, 1)).toEqual({ year: 2024, month: 1 });
  });
  it("moves a window keeping its length", () => {
    expect(moveWindow("2023-01-30", "2023-02-01", "2023-02-27")).toEqual({
      startDate: "2023-02-27",
      endDate: "2023-03-01",
    });
  });
});
