/** Validity of a unit over time: valid_from inclusive, valid_to inclusive (null = still valid). */
export interface Validity {
  validFrom: string;
  validTo: string | null;
}

export function isValidOn(unit: Validity, date: string): boolean {
  return unit.validFrom <= date && (unit.validTo === null || unit.validTo >= date);
}

/** A unit counts for a plan year when it is valid on at least one day of that year. */
export function isValidInYear(unit: Validity, year: number): boolean {
  return unit.validFrom <= `${year}-12-31` && (unit.validTo === null || unit.validTo >= `${year}-01-01`);
}
