import type { Db } from "../../src/db/database";

/** The id of the unit valid on `at` with this code (seeded codes: GSO codes, agency abbreviations). */
export async function unitIdByCode(db: Db, code: string, at = "2023-06-01"): Promise<number> {
  const row = await db
    .selectFrom("org_units")
    .select("id")
    .where("code", "=", code)
    .where("valid_from", "<=", at)
    .where((eb) => eb.or([eb("valid_to", "is", null), eb("valid_to", ">=", at)]))
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function countRows(
  db: Db,
  table:
    | "org_units"
    | "audit_log"
    | "sessions"
    | "login_attempts"
    | "users"
    | "plans"
    | "inspections"
    | "team_members"
    | "findings"
    | "conclusions"
    | "recommendations"
    | "internal_inspections"
    | "evidence_files"
    | "schedule_conflicts",
) {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Everything the suite's "nothing written" checks compare. */
export async function snapshotCounts(db: Db) {
  return {
    units: await countRows(db, "org_units"),
    audit: await countRows(db, "audit_log"),
    sessions: await countRows(db, "sessions"),
    attempts: await countRows(db, "login_attempts"),
    users: await countRows(db, "users"),
    plans: await countRows(db, "plans"),
    inspections: await countRows(db, "inspections"),
    team: await countRows(db, "team_members"),
    findings: await countRows(db, "findings"),
    conclusions: await countRows(db, "conclusions"),
    recommendations: await countRows(db, "recommendations"),
    internal: await countRows(db, "internal_inspections"),
    evidence: await countRows(db, "evidence_files"),
    conflicts: await countRows(db, "schedule_conflicts"),
  };
}
