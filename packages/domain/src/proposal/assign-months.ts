import type { Validity } from "../units/validity";

export interface MonthSlot<T> {
  item: T;
  validity: Validity;
}

function validInMonth(v: Validity, year: number, month: number): boolean {
  const mm = String(month).padStart(2, "0");
  return v.validFrom <= `${year}-${mm}-31` && (v.validTo === null || v.validTo >= `${year}-${mm}-01`);
}

/**
 * Gives each item, in priority order, the month with the lowest load relative to its capacity (earliest
 * on ties) in which the unit still exists. Spreads the year's work instead of front-loading it, while
 * the highest priorities still come first within each round. Never exceeds a month's capacity.
 */
export function assignMonths<T>(
  slots: readonly MonthSlot<T>[],
  capacity: readonly number[],
  year: number,
): { months: (number | null)[]; load: number[] } {
  const load = new Array<number>(12).fill(0);
  const months = slots.map(({ validity }) => {
    let best = -1;
    for (let m = 0; m < 12; m++) {
      const cap = capacity[m] ?? 0;
      if (load[m]! >= cap || !validInMonth(validity, year, m + 1)) continue;
      // load[m]/cap < load[best]/capBest, in integers
      if (best < 0 || load[m]! * (capacity[best] ?? 0) < load[best]! * cap) best = m;
    }
    if (best < 0) return null;
    load[best]! += 1;
    return best + 1;
  });
  return { months, load };
}
