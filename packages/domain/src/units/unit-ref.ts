import type { UnitKind } from "./unit-kinds";
import { isValidOn, type Validity } from "./validity";

/** A unit of the register as the rules read it; the API maps its rows onto this. */
export interface UnitRef extends Validity {
  id: number;
  kind: UnitKind;
  parentId: number | null;
  /** Designated unit with many subordinates: 50 % internal quota instead of 60 % (IV.4). */
  manySubordinates?: boolean;
}

/**
 * The day on which a plan year's pool of units is taken. The plan is drawn up in December against the
 * register as it then stands, so the default is 1 January: a unit merged away in mid-year stays in the
 * pool (it was owed an inspection), its successor does not enter it (that would count the same place
 * twice). A plan re-issued after a restructuring passes its own date.
 */
export function poolDate(year: number, referenceDate?: string): string {
  return referenceDate ?? `${year}-01-01`;
}

export function isInPool(unit: Validity, year: number, referenceDate?: string): boolean {
  return isValidOn(unit, poolDate(year, referenceDate));
}

/** ceil(pct % of n) in integer arithmetic: 0.2 × 170 in floating point is 34.000000000000004. */
export function requiredCount(pct: number, n: number): number {
  return Math.ceil(Math.round(pct * n * 100) / 10000);
}
