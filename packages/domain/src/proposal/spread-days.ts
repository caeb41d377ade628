import { dayNumber, isoOfDay } from "../calendar/iso-date";
import { isWorkingDay, VN_CALENDAR, type WorkCalendar } from "../calendar/working-days";
import type { Bilingual } from "../core/result";

/** An accepted pick waiting for its day. `key` is the caller's handle (e.g. the unit id). */
export interface DayPick {
  key: number;
  targetUnitId: number;
}

/** An inspection already in the calendar: it takes a team of the lead body, or blocks its unit's days. */
export interface DayBooking {
  targetUnitId: number;
  startDate: string;
  endDate: string;
  /** Led by the same body: it uses one of the body's teams on each of its working days. */
  usesTeam: boolean;
}

export interface DaySpreadInput {
  year: number;
  month: number;
  picks: readonly DayPick[];
  /** Teams the lead body can send out on one day. */
  teamsPerDay: number;
  bookings?: readonly DayBooking[];
  calendar?: WorkCalendar;
}

export interface DayPlacement {
  key: number;
  startDate: string;
  endDate: string;
}

export interface DaySpread {
  placed: DayPlacement[];
  unplaced: { key: number; reason: Bilingual }[];
}

function workingDaysOfMonth(year: number, month: number, cal: WorkCalendar): string[] {
  const mm = String(month).padStart(2, "0");
  const days: string[] = [];
  for (let d = dayNumber(`${year}-${mm}-01`); ; d++) {
    const iso = isoOfDay(d);
    if (iso.slice(5, 7) !== mm) break;
    if (isWorkingDay(iso, cal)) days.push(iso);
  }
  return days;
}

/** 0, +1, −1, +2, −2, …: the nearest days first, later before earlier on ties. */
function* nearest(ideal: number, n: number): Generator<number> {
  for (let step = 0; step < n; step++) {
    if (ideal + step < n) yield ideal + step;
    if (step > 0 && ideal - step >= 0) yield ideal - step;
  }
}

/**
 * The tentative day of each accepted pick in its month: pick i of k aims at the working day at
 * (i + ½)·n/k, so k picks spread evenly over the month's n working days instead of piling on its first
 * day, then takes the nearest working day with a team free (existing inspections of the same body count)
 * and no other inspection of the same unit. Never a weekend or holiday, never over capacity; picks that
 * fit nowhere come back with the reason. Deterministic: the order of `picks` decides ties.
 */
export function spreadOverDays(input: DaySpreadInput): DaySpread {
  const cal = input.calendar ?? VN_CALENDAR;
  const days = workingDaysOfMonth(input.year, input.month, cal);
  const capacity = Math.max(0, Math.floor(input.teamsPerDay));
  const load = days.map(
    (d) => (input.bookings ?? []).filter((b) => b.usesTeam && b.startDate <= d && b.endDate >= d).length,
  );
  const busyUnit = (unitId: number, day: string) =>
    (input.bookings ?? []).some((b) => b.targetUnitId === unitId && b.startDate <= day && b.endDate >= day);
  const taken = new Map<number, Set<number>>(); // unit → day indexes given in this call
  const placed: DayPlacement[] = [];
  const unplaced: DaySpread["unplaced"] = [];
  const k = input.picks.length;
  const mm = `${String(input.month).padStart(2, "0")}/${input.year}`;
  input.picks.forEach((pick, i) => {
    const ideal = Math.floor(((2 * i + 1) * days.length) / (2 * k));
    const mine = taken.get(pick.targetUnitId) ?? new Set<number>();
    let chosen = -1;
    for (const j of nearest(ideal, days.length)) {
      if (load[j]! < capacity && !mine.has(j) && !busyUnit(pick.targetUnitId, days[j]!)) {
        chosen = j;
        break;
      }
    }
    if (chosen < 0) {
      unplaced.push({
        key: pick.key,
        reason:
          days.length === 0
            ? { vi: `Tháng ${mm} không có ngày làm việc`, en: `${mm} has no working day` }
            : {
                vi: `Tháng ${mm} không còn ngày làm việc có đoàn kiểm tra rảnh (tối đa ${capacity} đoàn/ngày)`,
                en: `No working day of ${mm} has a team free (at most ${capacity} teams a day)`,
              },
      });
      return;
    }
    load[chosen]! += 1;
    mine.add(chosen);
    taken.set(pick.targetUnitId, mine);
    placed.push({ key: pick.key, startDate: days[chosen]!, endDate: days[chosen]! });
  });
  return { placed, unplaced };
}
