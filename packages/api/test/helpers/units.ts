import type { Db } from "../../src/db/database";
import type { Caller } from "./callers";

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

/** Higher levels first, as a reader scans a register (the order units.list once had). */
const LEVEL_OF_KIND: Record<string, number> = {
  province: 0,
  office: 1,
  department: 1,
  agency: 1,
  district: 2,
  commune: 3,
  division: 4,
};

type UnitsPageArgs = Parameters<Caller["units"]["page"]>[0];

/**
 * Every unit the caller sees matching the filter, all pages of units.page followed (the API has no
 * whole-scope list): for tests that assert on the whole answer. Higher levels first, then by name.
 */
export async function unitsSeen(
  caller: Caller,
  input: Omit<NonNullable<UnitsPageArgs>, "cursor" | "limit"> = {},
) {
  const items = [];
  let cursor: string | null = null;
  do {
    const page = await caller.units.page({ ...input, limit: 200, cursor });
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor !== null);
  return items.sort((a, b) => (LEVEL_OF_KIND[a.kind] ?? 5) - (LEVEL_OF_KIND[b.kind] ?? 5));
}
