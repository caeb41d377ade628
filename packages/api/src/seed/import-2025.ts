import { foldVietnamese, kindOfGsoType, tierOfKind } from "@par/domain";
import { type AuditActor, insertAudit } from "../db/audit.repository";
import type { Db } from "../db/database";
import { inTransaction } from "../db/transaction";
import { insertUnit, listUnits, subtreeIds, updateUnit } from "../db/unit.repository";
import { toUnitDto } from "../units/unit-dto";
import { loadUnits2025, REGISTER_START, TWO_TIER_EVE, TWO_TIER_START } from "./reference-data";

export interface ImportSummary {
  closed: number;
  created: number;
}

/**
 * The two-tier structure of 1 July 2025 (Nghị quyết 1662/NQ-UBTVQH15): every district, with its
 * divisions and communes, closes on 30 June 2025; the 95 new communes open on 1 July under the
 * province. The register keeps both years. Running it again changes nothing. Each change is audited.
 */
export async function importTwoTier2025(db: Db, actor: AuditActor): Promise<ImportSummary> {
  const gso = loadUnits2025();
  const provinceGso = gso.find((u) => u.parentCode === null);
  if (!provinceGso) throw new Error("dong-nai-units-2025-07.json has no province");

  return inTransaction(db, async (trx) => {
    const audit = (action: string, before: unknown, after: { id: number }) =>
      insertAudit(trx, actor, {
        action,
        entity: "org_unit",
        entityId: after.id,
        unitId: after.id,
        before,
        after,
      });

    const validOnEve = await listUnits(trx, { scope: "all", at: TWO_TIER_EVE });
    let province = validOnEve.find((u) => u.code === provinceGso.code && u.kind === "province");
    if (!province) {
      province = await insertUnit(trx, {
        code: provinceGso.code,
        name: provinceGso.name,
        search_name: foldVietnamese(provinceGso.name),
        kind: "province",
        tier: null,
        parent_id: null,
        valid_from: REGISTER_START,
        valid_to: null,
        created_at: actor.now,
        updated_at: actor.now,
      });
      await audit("import.create", null, toUnitDto(province));
    }

    // Districts and everything under them that would still be valid on 1 July.
    const districts = validOnEve.filter((u) => u.kind === "district");
    const underDistricts = new Set(
      await subtreeIds(
        trx,
        districts.map((d) => d.id),
      ),
    );
    let closed = 0;
    for (const unit of validOnEve) {
      if (!underDistricts.has(unit.id) || unit.valid_from > TWO_TIER_EVE) continue;
      if (unit.valid_to !== null && unit.valid_to <= TWO_TIER_EVE) continue;
      const after = await updateUnit(trx, unit.id, { valid_to: TWO_TIER_EVE, updated_at: actor.now });
      await audit("import.close", toUnitDto(unit), toUnitDto(after));
      closed++;
    }

    const validOnDay = await listUnits(trx, { scope: "all", at: TWO_TIER_START });
    const present = new Set(validOnDay.filter((u) => u.parent_id === province.id).map((u) => u.code));
    let created = 0;
    for (const c of gso.filter((u) => u.parentCode === provinceGso.code)) {
      if (present.has(c.code)) continue;
      const kind = kindOfGsoType(c.type, "commune");
      const row = await insertUnit(trx, {
        code: c.code,
        name: c.name,
        search_name: foldVietnamese(c.name),
        kind,
        tier: tierOfKind(kind),
        parent_id: province.id,
        has_one_stop_shop: true,
        valid_from: TWO_TIER_START,
        valid_to: null,
        created_at: actor.now,
        updated_at: actor.now,
      });
      await audit("import.create", null, toUnitDto(row));
      created++;
    }
    return { closed, created };
  });
}
