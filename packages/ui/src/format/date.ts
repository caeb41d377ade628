/**
 * Dates on screen are dd/mm/yyyy (vi-VN), whatever the browser's locale; the API carries "yyyy-mm-dd".
 * Calendar dates are formatted by string, never through `Date`, so no time zone can shift the day.
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const VI_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** "2023-01-05" → "05/01/2023"; a Date (an instant) → its calendar day in Việt Nam. Empty for null. */
export function formatDate(value: string | Date | null | undefined): string {
  if (value === null || value === undefined || value === "") return "";
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return "";
    return formatDate(isoDayInVietnam(value));
  }
  const m = ISO_DATE.exec(value.slice(0, 10));
  return m ? `${m[3]}/${m[2]}/${m[1]}` : value;
}

/** The calendar day ("yyyy-mm-dd") an instant falls on in Việt Nam (UTC+7, no daylight saving). */
export function isoDayInVietnam(instant: Date): string {
  const shifted = new Date(instant.getTime() + 7 * 3600_000);
  return `${shifted.getUTCFullYear()}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}`;
}

/** An instant as "dd/mm/yyyy hh:mm" in Việt Nam time. */
export function formatDateTime(instant: Date | string | null | undefined): string {
  if (instant === null || instant === undefined || instant === "") return "";
  const d = instant instanceof Date ? instant : new Date(instant);
  if (Number.isNaN(d.getTime())) return "";
  const shifted = new Date(d.getTime() + 7 * 3600_000);
  return `${formatDate(isoDayInVietnam(d))} ${pad(shifted.getUTCHours())}:${pad(shifted.getUTCMinutes())}`;
}

/**
 * What a user typed ("5/1/2023", "05-01-2023", "05.01.2023" or "2023-01-05") → "2023-01-05";
 * null when it is not a real calendar day (31/02/2023).
 */
export function parseDateInput(text: string): string | null {
  const trimmed = text.trim();
  let day: number;
  let month: number;
  let year: number;
  const iso = ISO_DATE.exec(trimmed);
  const vi = VI_DATE.exec(trimmed);
  if (iso) [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (vi) [day, month, year] = [Number(vi[1]), Number(vi[2]), Number(vi[3])];
  else return null;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day)
    return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Today in Việt Nam as "yyyy-mm-dd" (the clock is read here, at the edge, not in the domain). */
export function todayIso(now: Date = new Date()): string {
  return isoDayInVietnam(now);
}
