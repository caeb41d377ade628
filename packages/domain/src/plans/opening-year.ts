/**
 * The year a planning screen opens on when the address names none: the latest year that has a plan,
 * so that an officer lands on the work in hand (in early 2024 the 2023 plan is still being closed),
 * or this year when no plan exists yet, so that the first plan is drawn up for it.
 */
export function openingYear(planYears: readonly number[], thisYear: number): number {
  return planYears.length === 0 ? thisYear : Math.max(...planYears);
}

/** The month a calendar opens on in that year: this month in the current year, else January. */
export function openingMonth(year: number, today: { year: number; month: number }): number {
  return year === today.year ? today.month : 1;
}
