import { dossierFigures, type FigureValues, internalFromCounts, percentOf, poolDate } from "@par/domain";
import type { Db } from "../db/database";
import { internalCoverageCounts } from "../db/internal-coverage.repository";
import { parFigureCounts } from "../db/par-figures.repository";
import { dossierRatesOfUnit } from "../dossiers/unit-rates";
import { templateForYear } from "../internal/internal-inspections";

/** The dossier figures of a unit for a year (a parameter so that a test can put in its own). */
export type DossierFigureProvider = (db: Db, unitId: number, year: number) => Promise<FigureValues>;

/** From the unit's imported dossier statistics (issue 11 §1); "no data" for a year with none. */
export const dossierFiguresOf: DossierFigureProvider = async (db, unitId, year) => {
  const own = await dossierRatesOfUnit(db, unitId, year);
  return dossierFigures(own.months > 0 ? own.rates : null);
};

/** Every named figure of the unit for the year, from the system's own data. A few aggregate queries. */
export async function unitFigures(
  db: Db,
  unit: { id: number; province_id: number },
  year: number,
  today: string,
  dossiers: DossierFigureProvider = dossierFiguresOf,
): Promise<FigureValues> {
  const [coverage, counts, dossier] = await Promise.all([
    internalCoverageCounts(db, {
      provinceId: unit.province_id,
      year,
      poolDate: poolDate(year),
      scopeRoots: [unit.id],
    }),
    parFigureCounts(db, unit.id, year, today),
    dossiers(db, unit.id, year),
  ]);
  const own = coverage.find((c) => c.id === unit.id);
  const internal = own
    ? internalFromCounts(await templateForYear(db, unit.province_id, year), {
        manySubordinates: own.many_subordinates,
        poolSize: own.pool_size,
        done: own.done,
      })
    : null;
  return {
    internal_required: internal?.required ?? null,
    internal_done: internal?.done ?? null,
    internal_coverage_rate: own ? percentOf(own.done, own.pool_size) : null,
    recommendations_due: counts.recommendations_due,
    recommendations_on_time: counts.recommendations_on_time,
    // Nothing due yields null ("no data"), not full marks: whether that earns the points is the appraiser's call.
    recommendations_on_time_rate: percentOf(counts.recommendations_on_time, counts.recommendations_due),
    camera_reviews: counts.camera_reviews,
    camera_violations: counts.camera_violations,
    province_inspections: counts.province_inspections,
    province_findings_failed: counts.province_findings_failed,
    ...dossier,
  };
}
