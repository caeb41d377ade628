import { sql } from "kysely";
import type { Db, OrgUnitRow } from "./database";

/** The whole register, every validity: the import compares codes over time. */
/**
 * The register an import or restructuring plans against: one province's units (a province account
 * never touches another's), or the whole register for installation-level tools (seed, CLI).
 */
export async function allUnits(db: Db, provinceId?: number): Promise<OrgUnitRow[]> {
  let q = db.selectFrom("org_units").selectAll().orderBy("id");
  if (provinceId !== undefined) q = q.where("province_id", "=", provinceId);
  return q.execute();
}

/**
 * One import at a time, and no unit edit in between: the plan is checked and written against the
 * register as it stands. Reads go on (SHARE ROW EXCLUSIVE blocks only writers).
 */
export async function lockUnitsForImport(db: Db): Promise<void> {
  await sql`lock table org_units in share row exclusive mode`.execute(db);
}
