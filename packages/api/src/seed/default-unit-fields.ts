import { defaultUnitFields, PLAN_TEMPLATES } from "@par/domain";
import { insertAudit } from "../db/audit.repository";
import type { Db } from "../db/database";
import { insertUnitFieldsIfNone } from "../db/history.repository";

/**
 * R6: every unit without fields gets the domain's default (communes and districts: the four focus fields;
 * departments: their mandate). Run with the seed, and once after the migration that created unit_fields
 * on a register seeded before it. The register is Đồng Nai's 2023 one, hence the 2023 template's fields.
 */
export async function fillDefaultUnitFields(db: Db): Promise<number> {
  const template = PLAN_TEMPLATES["dong-nai-2023"];
  const units = await db.selectFrom("org_units").select(["id", "kind", "name"]).execute();
  return insertUnitFieldsIfNone(
    db,
    units.map((u) => ({ unitId: u.id, fields: defaultUnitFields(template, u) })),
  );
}

/** At start-up: only when the table is still empty, so that the province's later edits are never redone. */
export async function fillDefaultUnitFieldsIfEmpty(db: Db, now: Date): Promise<number> {
  const any = await db.selectFrom("unit_fields").select("unit_id").limit(1).executeTakeFirst();
  if (any) return 0;
  const rows = await fillDefaultUnitFields(db);
  if (rows > 0) {
    await insertAudit(
      db,
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
}
