import type { AuditActor } from "../db/audit.repository";
import type { Db } from "../db/database";
import { applyRestructuring } from "../units/restructure";
import { findShipped } from "../units/shipped-restructurings";

export interface ImportSummary {
  closed: number;
  created: number;
}

/**
 * The two-tier structure of 1 July 2025 (Nghị quyết 1662/NQ-UBTVQH15), through the same restructuring
 * path as units.restructureApply: every district, with its divisions and communes, closes on 30 June
 * 2025; the 95 new communes open on 1 July under the province. The register keeps both years. Running
 * it again changes nothing. Each change is audited.
 */
export async function importTwoTier2025(db: Db, actor: AuditActor): Promise<ImportSummary> {
  const shipped = findShipped("dong-nai-2025-07-two-tier")!;
  if ((await shipped.rows(db)).length === 0) return { closed: 0, created: 0 };
  const { closed, created } = await applyRestructuring(db, actor, async (trx) => ({
    effectiveDate: shipped.effectiveDate,
    rows: await shipped.rows(trx),
  }));
  return { closed, created };
}
