import { type DossierCounts, type DossierRates, dossierRates } from "@par/domain";
import type { Db } from "../db/database";
import { unitYearSums } from "../db/dossier.repository";
import { columnsToCounts } from "../db/dossier-columns";

export interface UnitDossierRates {
  unitId: number;
  year: number;
  /** Months of the year with figures (0: nothing imported; every rate is then null). */
  months: number;
  counts: DossierCounts;
  rates: DossierRates;
}

/**
 * The dossier rates of unit U for year Y (issue 11 §1, for the PAR index and the remote check): the
 * sums of the months the unit itself reported (not its subtree: a district's figures are its own
 * level's, as the dossier system reports them), rated by the domain's `dossierRates`. One aggregate
 * query; no authorization here — callers check scope first.
 */
export async function dossierRatesOfUnit(db: Db, unitId: number, year: number): Promise<UnitDossierRates> {
  const row = await unitYearSums(db, unitId, year);
  const counts = columnsToCounts(row);
  return { unitId, year, months: Number(row.months), counts, rates: dossierRates(counts) };
}
