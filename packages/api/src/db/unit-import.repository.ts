import { sql } from "kysely";
import type { Db, OrgUnitRow } from "./database";

/** The whole register, every validity: the import compares codes over time. */
export async function allUnits(db: Db): Promise<OrgUnitRow[]> {
  return db.selectFrom("org_units").selectAll().orderBy("id").execute();
}

/**
 * One import at a time, and no unit edit in between: the plan is checked and written against the
 * register as it stands. Reads go on (SHARE ROW EXCLUSIVE blocks only writers).
 */
export async function lockUnitsForImport(db: Db): Promise<void> {
  await sql`lock table org_units in share row exclusive mode`.execute(db);
}
