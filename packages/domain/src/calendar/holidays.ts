/**
 * Vietnam's public holidays for civil servants, per year, as data: adding a year is adding rows.
 * `basis` says where a row comes from: "plan" rows are the dates given with Plan 284 (see
 * data/SOURCES.md); "public" rows are from public knowledge of the Government's yearly announcements
 * (Labour Code art. 112 plus the announced swaps) and should be checked against the official notice.
 * Ranges include the weekend days inside them so that messages name the holiday, not "a Saturday".
 */
export const HOLIDAY_KINDS = {
  new_year: { vi: "Tết Dương lịch", en: "New Year's Day" },
  tet: { vi: "Tết Nguyên đán", en: "Lunar New Year" },
  hung_kings: { vi: "Giỗ Tổ Hùng Vương", en: "Hung Kings' Commemoration" },
  reunification_labour: {
    vi: "Ngày Giải phóng miền Nam và Quốc tế Lao động",
    en: "Reunification Day and Labour Day",
  },
  national_day: { vi: "Quốc khánh", en: "National Day" },
} as const;
export type HolidayKind = keyof typeof HOLIDAY_KINDS;

export interface HolidayRange {
  /** The plan year the range belongs to (31/12/2022 belongs to the 2023 New Year break). */
  year: number;
  from: string;
  to: string;
  kind: HolidayKind;
  basis: "plan" | "public";
}

export const HOLIDAYS = [
  { year: 2023, from: "2022-12-31", to: "2023-01-02", kind: "new_year", basis: "plan" },
  { year: 2023, from: "2023-01-20", to: "2023-01-26", kind: "tet", basis: "plan" },
  // 29/04/2023 was also Hung Kings' day; the plan's range covers both holidays.
  { year: 2023, from: "2023-04-29", to: "2023-05-03", kind: "reunification_labour", basis: "plan" },
  { year: 2023, from: "2023-09-01", to: "2023-09-04", kind: "national_day", basis: "plan" },
  { year: 2024, from: "2024-01-01", to: "2024-01-01", kind: "new_year", basis: "public" },
  { year: 2024, from: "2024-02-08", to: "2024-02-14", kind: "tet", basis: "public" },
  { year: 2024, from: "2024-04-18", to: "2024-04-18", kind: "hung_kings", basis: "public" },
  { year: 2024, from: "2024-04-27", to: "2024-05-01", kind: "reunification_labour", basis: "public" },
  { year: 2024, from: "2024-08-31", to: "2024-09-03", kind: "national_day", basis: "public" },
  { year: 2025, from: "2025-01-01", to: "2025-01-01", kind: "new_year", basis: "public" },
  { year: 2025, from: "2025-01-25", to: "2025-02-02", kind: "tet", basis: "public" },
  { year: 2025, from: "2025-04-05", to: "2025-04-07", kind: "hung_kings", basis: "public" },
  { year: 2025, from: "2025-04-30", to: "2025-05-04", kind: "reunification_labour", basis: "public" },
  { year: 2025, from: "2025-08-30", to: "2025-09-02", kind: "national_day", basis: "public" },
  { year: 2026, from: "2026-01-01", to: "2026-01-01", kind: "new_year", basis: "public" },
  { year: 2026, from: "2026-02-14", to: "2026-02-22", kind: "tet", basis: "public" },
  // 26/04/2026 is a Sunday: the compensatory day is Monday 27/04.
  { year: 2026, from: "2026-04-26", to: "2026-04-27", kind: "hung_kings", basis: "public" },
  { year: 2026, from: "2026-04-30", to: "2026-05-03", kind: "reunification_labour", basis: "public" },
  // Statutory 02/09 plus one adjacent day; 01/09 assumed until the official notice.
  { year: 2026, from: "2026-09-01", to: "2026-09-02", kind: "national_day", basis: "public" },
] as const satisfies readonly HolidayRange[];

/** Saturdays worked in exchange for a bridge day (làm bù): working days despite the weekend. */
export const MAKE_UP_WORKDAYS = [
  { year: 2024, date: "2024-05-04", basis: "public" },
  { year: 2025, date: "2025-04-26", basis: "public" },
] as const satisfies readonly { year: number; date: string; basis: "plan" | "public" }[];

/** Years for which the calendar is known; scheduling refuses other years rather than guess. */
export const CALENDAR_YEARS: readonly number[] = [...new Set(HOLIDAYS.map((h) => h.year))];
