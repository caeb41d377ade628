import {
  DEFAULT_DOSSIER_THRESHOLDS,
  type DossierThresholds,
  type SaveThresholdsInput,
  THRESHOLD_RATES,
} from "@par/domain";
import { provinceOf } from "../access/province";
import type { Request } from "../access/request";
import { insertAudit } from "../db/audit.repository";
import type { Db } from "../db/database";
import { saveThresholdsRow, thresholdsOf } from "../db/dossier.repository";
import { inTransaction } from "../db/transaction";

/** The year's thresholds: the province's own, else the domain's defaults (each rate, whatever is stored). */
export async function yearThresholds(db: Db, provinceId: number, year: number) {
  const row = await thresholdsOf(db, provinceId, year);
  const stored = (row?.thresholds ?? {}) as Partial<DossierThresholds>;
  const thresholds = Object.fromEntries(
    THRESHOLD_RATES.map((t) => [
      t.rate,
      typeof stored[t.rate] === "number" ? stored[t.rate] : DEFAULT_DOSSIER_THRESHOLDS[t.rate],
    ]),
  ) as DossierThresholds;
  return {
    year,
    thresholds,
    source: row ? ("province" as const) : ("default" as const),
    updatedAt: row?.updated_at ?? null,
  };
}

export async function readThresholds(q: Request, year: number) {
  return yearThresholds(q.db, provinceOf(q.user), year);
}

/** dossiers.saveThresholds: the province's thresholds for a year, audited with the ones they replace. */
export async function saveThresholds(q: Request, input: SaveThresholdsInput) {
  const provinceId = provinceOf(q.user);
  return inTransaction(q.db, async (trx) => {
    const before = await yearThresholds(trx, provinceId, input.year);
    await saveThresholdsRow(trx, provinceId, input.year, input.thresholds, q.user.userId, q.now);
    await insertAudit(trx, q.actor, {
      action: "dossier_thresholds.save",
      entity: "dossier_thresholds",
      entityId: input.year,
      unitId: provinceId,
      before: before.source === "province" ? before.thresholds : null,
      after: input.thresholds,
    });
    return yearThresholds(trx, provinceId, input.year);
  });
}
