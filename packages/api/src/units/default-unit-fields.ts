import { defaultUnitFields, PLAN_TEMPLATES, type UnitKind } from "@par/domain";
import { ADVISORY_LOCKS, advisoryXactLock } from "../db/advisory-lock";
import { insertAudit } from "../db/audit.repository";
import type { Db } from "../db/database";
import {
  hasAnyUnitFields,
  insertUnitFields,
  insertUnitFieldsIfNone,
  unitKindsAndNames,
} from "../db/history.repository";
import { inTransaction } from "../db/transaction";

/**
 * R6: the domain's default fields (communes and districts: the four focus fields; departments: their
 * mandate). The register is Đồng Nai's 2023 one, hence the 2023 template's fields.
 */
const TEMPLATE = PLAN_TEMPLATES["dong-nai-2023"];

/** Every unit without fields gets the default: with the seed, and once on a register seeded before unit_fields. */
export async function fillDefaultUnitFields(db: Db): Promise<number> {
  const units = await unitKindsAndNames(db);
  return insertUnitFieldsIfNone(
    db,
    units.map((u) => ({ unitId: u.id, fields: defaultUnitFields(TEMPLATE, u) })),
  );
}

/** A unit just created (by hand or by the catalogue import) starts with the default fields of its kind. */
export async function giveDefaultFields(
  db: Db,
  units: readonly { id: number; kind: UnitKind; name: string }[],
): Promise<void> {
  await insertUnitFields(
    db,
    units.flatMap((u) => defaultUnitFields(TEMPLATE, u).map((field) => ({ unit_id: u.id, field }))),
  );
}

/** At start-up: only when the table is still empty, so that the province's later edits are never redone. */
export async function fillDefaultUnitFieldsIfEmpty(db: Db, now: Date): Promise<number> {
  if (await hasAnyUnitFields(db)) return 0;
  // All or nothing, and once when several processes start together on one database.
  return inTransaction(db, async (trx) => {
    await advisoryXactLock(trx, ADVISORY_LOCKS.defaultUnitFields);
    if (await hasAnyUnitFields(trx)) return 0;
    const rows = await fillDefaultUnitFields(trx);
    if (rows > 0) {
      await insertAudit(
        trx,
        { userId: null, ip: null, now },
        {
          action: "default_fields",
          entity: "unit_fields",
          entityId: null,
          unitId: null,
          before: null,
          after: { rows },
        },
      );
    }
    return rows;
  });
}
