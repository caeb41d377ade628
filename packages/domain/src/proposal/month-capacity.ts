import { dayNumber, isoOfDay } from "../calendar/iso-date";
import { isWorkingDay, type WorkCalendar } from "../calendar/working-days";
import type { PlanTemplate } from "../templates/template-types";

function workingDaysPerMonth(year: number, cal: WorkCalendar): number[] {
  const counts = new Array<number>(12).fill(0);
  for (let d = dayNumber(`${year}-01-01`); d <= dayNumber(`${year}-12-31`); d++) {
    const iso = isoOfDay(d);
    if (isWorkingDay(iso, cal)) counts[Number(iso.slice(5, 7)) - 1]! += 1;
  }
  return counts;
}

/**
 * What the team can take on each month: the stated capacity, scaled down in months that holidays
 * shorten (Tết takes a week of January or February) relative to the year's fullest month, and zero
 * outside the plan period or before the first month still open.
 */
export function effectiveMonthCapacity(args: {
  template: PlanTemplate;
  year: number;
  capacityPerMonth: number | readonly number[];
  startMonth?: number;
  calendar: WorkCalendar;
}): number[] {
  const wd = workingDaysPerMonth(args.year, args.calendar);
  const fullest = Math.max(...wd);
  const first = Math.max(args.template.period.fromMonth, args.startMonth ?? 1);
  return wd.map((days, i) => {
    const month = i + 1;
    if (month < first || month > args.template.period.toMonth || fullest === 0) return 0;
    const stated =
      typeof args.capacityPerMonth === "number" ? args.capacityPerMonth : (args.capacityPerMonth[i] ?? 0);
    return Math.floor((Math.max(0, Math.floor(stated)) * days) / fullest);
  });
}
