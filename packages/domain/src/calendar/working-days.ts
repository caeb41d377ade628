import { HOLIDAY_KINDS, HOLIDAYS, type HolidayKind, type HolidayRange, MAKE_UP_WORKDAYS } from "./holidays";
import { addDays, dayNumber, isoOfDay, weekday } from "./iso-date";

/** A holiday calendar indexed by date, built once from the data tables (or from test data). */
export interface WorkCalendar {
  holidays: ReadonlyMap<string, HolidayKind>;
  makeUpWorkdays: ReadonlySet<string>;
  years: ReadonlySet<number>;
}

export function buildCalendar(
  ranges: readonly HolidayRange[],
  makeUp: readonly { date: string }[] = [],
): WorkCalendar {
  const holidays = new Map<string, HolidayKind>();
  for (const r of ranges) {
    for (let d = dayNumber(r.from); d <= dayNumber(r.to); d++) holidays.set(isoOfDay(d), r.kind);
  }
  return {
    holidays,
    makeUpWorkdays: new Set(makeUp.map((m) => m.date)),
    years: new Set(ranges.map((r) => r.year)),
  };
}

export const VN_CALENDAR: WorkCalendar = buildCalendar(HOLIDAYS, MAKE_UP_WORKDAYS);

export function holidayOn(
  date: string,
  cal: WorkCalendar = VN_CALENDAR,
): (typeof HOLIDAY_KINDS)[HolidayKind] | null {
  const kind = cal.holidays.get(date);
  return kind === undefined ? null : HOLIDAY_KINDS[kind];
}

export function isWeekend(date: string): boolean {
  const wd = weekday(date);
  return wd === 0 || wd === 6;
}

export function isWorkingDay(date: string, cal: WorkCalendar = VN_CALENDAR): boolean {
  if (cal.holidays.has(date)) return false;
  return !isWeekend(date) || cal.makeUpWorkdays.has(date);
}

/**
 * The working day `n` working days after `date` (before it when n < 0); n = 0 gives `date` itself.
 * Inverse of workingDaysBetween for working-day targets: workingDaysBetween(d, addWorkingDays(d, n)) = n.
 */
export function addWorkingDays(date: string, n: number, cal: WorkCalendar = VN_CALENDAR): string {
  const step = n < 0 ? -1 : 1;
  let left = Math.abs(n);
  let d = date;
  while (left > 0) {
    d = addDays(d, step);
    if (isWorkingDay(d, cal)) left--;
  }
  return d;
}

/**
 * Working days in (from, to]: from excluded, to included; negative when to < from, so that counts add
 * up like differences of a running total. A notice sent on a Monday for an inspection on the next
 * Monday is 5 working days ahead.
 */
export function workingDaysBetween(from: string, to: string, cal: WorkCalendar = VN_CALENDAR): number {
  if (to < from) return 0 - workingDaysBetween(to, from, cal) || 0;
  let count = 0;
  for (let d = dayNumber(from) + 1; d <= dayNumber(to); d++) if (isWorkingDay(isoOfDay(d), cal)) count++;
  return count;
}
