import { dossierFindings, dossierRates, type RiskSignals } from "@par/domain";
import type { Db } from "../db/database";
import { unitSumsBetween } from "../db/dossier.repository";
import { columnsToCounts } from "../db/dossier-columns";
import { yearThresholds } from "./thresholds";

/**
 * The dossier side of each unit's risk signal in the province's proposal for `year` (issue 11 §2): the
 * figures of the year before and of the plan year (as far as imported), summed per unit in SQL, rated
 * by the domain, held against the plan year's thresholds. The late share and the rates past their
 * thresholds raise the unit's score; the proposal names them in its reasons.
 */
export async function dossierRisks(db: Db, provinceId: number, year: number): Promise<RiskSignals[]> {
  const rows = await unitSumsBetween(db, provinceId, `${year - 1}-01-01`, `${year + 1}-01-01`);
  const { thresholds } = await yearThresholds(db, provinceId, year);
  return rows.map((r) => {
    const rates = dossierRates(columnsToCounts(r));
    return {
      unitId: r.unit_id,
      lateDossierRate: (rates.late ?? 0) / 100,
      dossierShortfalls: dossierFindings(rates, thresholds).map((f) => f.rate),
    };
  });
}

/** Camera and dossier signals of the same unit, as one entry per unit. */
export function mergeRisks(...lists: readonly (readonly RiskSignals[])[]): RiskSignals[] {
  const byUnit = new Map<number, RiskSignals>();
  for (const list of lists) for (const r of list) byUnit.set(r.unitId, { ...byUnit.get(r.unitId), ...r });
  return [...byUnit.values()];
}
