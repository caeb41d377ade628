import { addDays, dayNumber, weekday } from "@par/domain";

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

export function firstOfMonth(year: number, month: number): string {
  return `${year}-${pad(month)}-01`;
}

/** The Monday on or before a day (Vietnamese calendars start the week on Monday). */
export function mondayOf(iso: string): string {
  return addDays(iso, -((weekday(iso) + 6) % 7));
}

/** The seven days, Monday to Sunday, of the week holding `iso`. */
export function weekOf(iso: string): string[] {
  const monday = mondayOf(iso);
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

/** Whole weeks (Monday–Sunday) covering a month, days of the neighbouring months included. */
export function monthWeeks(year: number, month: number): string[][] {
  const first = firstOfMonth(year, month);
  const nextFirst = month === 12 ? firstOfMonth(year + 1, 1) : firstOfMonth(year, month + 1);
  const weeks: string[][] = [];
  for (let monday = mondayOf(first); monday < nextFirst; monday = addDays(monday, 7))
    weeks.push(weekOf(monday));
  return weeks;
}

/** The month before or after (delta −1 / +1). */
export function shiftMonth(year: number, month: number, delta: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + delta;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** A window moved so that it starts on `newStart`, keeping its length in calendar days. */
export function moveWindow(
  startDate: string,
  endDate: string,
  newStart: string,
): { startDate: string; endDate: string } {
  return { startDate: newStart, endDate: addDays(newStart, dayNumber(endDate) - dayNumber(startDate)) };
}
