const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/** The calendar date in Việt Nam (UTC+7, no daylight saving) at this instant: "today" for validity. */
export function vietnamDate(now: Date): string {
  return new Date(now.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

/** Midnight at the start of a Vietnamese calendar day, as an instant. */
export function startOfVietnamDay(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00+07:00`);
}

export function addDaysIso(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
