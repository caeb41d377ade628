import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, parseDateInput, todayIso } from "./date";
import { formatNumber, formatPercent } from "./number";

describe("formatDate", () => {
  it("shows a calendar date as dd/mm/yyyy", () => {
    expect(formatDate("2023-01-05")).toBe("05/01/2023");
    expect(formatDate("2022-12-29")).toBe("29/12/2022");
  });
  it("shows an instant on its day in Việt Nam, not in UTC", () => {
    // 18:30 UTC on 31 Dec is already 1 Jan in Đồng Nai (UTC+7).
    expect(formatDate(new Date("2022-12-31T18:30:00Z"))).toBe("01/01/2023");
    expect(formatDateTime(new Date("2022-12-31T18:30:00Z"))).toBe("01/01/2023 01:30");
  });
  it("is empty for no date", () => {
    expect(formatDate(null)).toBe("");
    expect(formatDate(undefined)).toBe("");
  });
});

describe("parseDateInput", () => {
  it("reads dd/mm/yyyy and its variants", () => {
    expect(parseDateInput("05/01/2023")).toBe("2023-01-05");
    expect(parseDateInput("5/1/2023")).toBe("2023-01-05");
    expect(parseDateInput(" 05-01-2023 ")).toBe("2023-01-05");
    expect(parseDateInput("2023-01-05")).toBe("2023-01-05");
  });
  it("refuses days that do not exist and other text", () => {
    expect(parseDateInput("31/02/2023")).toBeNull();
    expect(parseDateInput("29/02/2023")).toBeNull();
    expect(parseDateInput("29/02/2024")).toBe("2024-02-29");
    expect(parseDateInput("01/13/2023")).toBeNull();
    expect(parseDateInput("hôm nay")).toBeNull();
  });
  it("round-trips with formatDate", () => {
    expect(parseDateInput(formatDate("2023-07-01"))).toBe("2023-07-01");
  });
});

describe("todayIso", () => {
  it("is the day in Việt Nam", () => {
    expect(todayIso(new Date("2023-06-30T17:00:00Z"))).toBe("2023-07-01");
  });
});

describe("numbers", () => {
  it("groups thousands with dots and uses a decimal comma", () => {
    expect(formatNumber(1234567)).toBe("1.234.567");
    expect(formatNumber(12.25)).toBe("12,3");
    expect(formatPercent(0.405)).toBe("40,5 %");
  });
});
