import { addDays } from "../calendar/iso-date";
import { isWorkingDay, VN_CALENDAR, type WorkCalendar } from "../calendar/working-days";
import { mulberry32 } from "../proposal/prng";

/**
 * The day's worklist (mẫu kiểm tra ngẫu nhiên): counters × time windows drawn at random from a seed
 * that is published with the sample, so anyone can redraw it and get the same list. Stratified by
 * tier and district so that no tier or district is left out by chance. Pure: the seed is an input.
 */
export interface SampleSettings {
  /** Counters drawn per stratum (tier × district) per working day. */
  perStratum: number;
  /** Length of a window in minutes. */
  windowMinutes: number;
  /** Office hours in minutes after midnight, local time (giờ hành chính). */
  officeHours: readonly { from: number; to: number }[];
}

export const DEFAULT_SAMPLE_SETTINGS: SampleSettings = {
  perStratum: 2,
  windowMinutes: 10,
  officeHours: [
    { from: 7 * 60 + 30, to: 11 * 60 + 30 },
    { from: 13 * 60 + 30, to: 17 * 60 },
  ],
};

export interface SampleCounter {
  id: number;
  tier: string;
  /** The district (or the province, for provincial agencies) the counter's unit belongs to. */
  districtId: number;
}

export interface SampleWindow {
  counterId: number;
  stratum: string;
  /** Minutes after local midnight. */
  startMinute: number;
  endMinute: number;
}

export const stratumOf = (c: SampleCounter) => `${c.tier}:${c.districtId}`;

/** Every window start of the day's office hours. */
export function windowStarts(settings: SampleSettings): number[] {
  const starts: number[] = [];
  for (const span of settings.officeHours)
    for (let m = span.from; m + settings.windowMinutes <= span.to; m += settings.windowMinutes)
      starts.push(m);
  return starts;
}

/** A 32-bit seed for one stratum of one day, so strata draw independently of each other's size. */
function mix(seed: number, date: string, stratum: string): number {
  let h = seed >>> 0;
  for (const ch of `${date}|${stratum}`) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return h;
}

export function drawSample(
  seed: number,
  date: string,
  counters: readonly SampleCounter[],
  settings: SampleSettings = DEFAULT_SAMPLE_SETTINGS,
  calendar: WorkCalendar = VN_CALENDAR,
): SampleWindow[] {
  if (!isWorkingDay(date, calendar)) return [];
  const starts = windowStarts(settings);
  if (starts.length === 0) return [];
  const strata = new Map<string, SampleCounter[]>();
  for (const c of [...counters].sort((a, b) => a.id - b.id)) {
    const key = stratumOf(c);
    strata.set(key, [...(strata.get(key) ?? []), c]);
  }
  const out: SampleWindow[] = [];
  for (const key of [...strata.keys()].sort()) {
    const pool = [...strata.get(key)!];
    const random = mulberry32(mix(seed, date, key));
    // Partial Fisher–Yates: the first k of a uniform shuffle.
    const k = Math.min(settings.perStratum, pool.length);
    for (let i = 0; i < k; i++) {
      const j = i + Math.floor(random() * (pool.length - i));
      [pool[i], pool[j]] = [pool[j]!, pool[i]!];
      const start = starts[Math.floor(random() * starts.length)]!;
      out.push({
        counterId: pool[i]!.id,
        stratum: key,
        startMinute: start,
        endMinute: start + settings.windowMinutes,
      });
    }
  }
  return out.sort((a, b) => a.startMinute - b.startMinute || a.counterId - b.counterId);
}

/** The next working day on or after `date` (a worklist opened on a holiday shows the next one). */
export function nextWorkingDay(date: string, calendar: WorkCalendar = VN_CALENDAR): string {
  let d = date;
  for (let i = 0; i < 30 && !isWorkingDay(d, calendar); i++) d = addDays(d, 1);
  return d;
}

/** A window's start as an instant: local time in Vietnam is UTC+7 all year. */
export function windowInstant(date: string, minute: number): Date {
  return new Date(Date.parse(`${date}T00:00:00+07:00`) + minute * 60_000);
}

/** "08:40" for a minute of the day. */
export const clockOf = (minute: number) =>
  `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;
