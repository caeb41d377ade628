import type { Role } from "@par/domain";
import { sql } from "kysely";
import type { Db } from "./database";
import { containsPattern } from "./unit.repository";

/** One account as the accounts list shows it: no hash, its first role and unit. */
export interface AccountRow {
  id: number;
  username: string;
  display_name: string;
  active: boolean;
  must_change_password: boolean;
  province_id: number | null;
  email: string | null;
  role: Role | null;
  unit_id: number | null;
  unit_name: string | null;
}

function accounts(db: Db) {
  return db
    .selectFrom("users as us")
    .leftJoin("role_assignments as r", (j) =>
      j
        .onRef("r.user_id", "=", "us.id")
        .on("r.id", "=", sql<number>`(select min(id) from role_assignments x where x.user_id = us.id)`),
    )
    .leftJoin("org_units as u", "u.id", "r.unit_id")
    .select([
      "us.id",
      "us.username",
      "us.display_name",
      "us.active",
      "us.must_change_password",
      "us.province_id",
      "us.email",
      "r.role",
      "r.unit_id",
      "u.name as unit_name",
    ]);
}

/** A province's accounts by username, one keyset page (province_id, username leads the index). */
export async function listAccounts(
  db: Db,
  f: { provinceId: number; afterUsername?: string | undefined; query?: string | undefined; limit: number },
): Promise<AccountRow[]> {
  let q = accounts(db).where("us.province_id", "=", f.provinceId).orderBy("us.username").limit(f.limit);
  if (f.afterUsername !== undefined) q = q.where("us.username", ">", f.afterUsername);
  if (f.query) {
    const p = containsPattern(f.query.toLowerCase());
    q = q.where((eb) =>
      eb.or([eb("us.username", "like", p), eb(sql<string>`lower(us.display_name)`, "like", p)]),
    );
  }
  return q.execute();
}

export async function countAccounts(db: Db, provinceId: number): Promise<number> {
  const row = await db
    .selectFrom("users")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("province_id", "=", provinceId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function findAccount(db: Db, id: number): Promise<AccountRow | undefined> {
  return accounts(db).where("us.id", "=", id).executeTakeFirst();
}

/** Usernames already taken among these (usernames are national: one sign-in page for all). */
export async function takenUsernames(db: Db, names: readonly string[]): Promise<Set<string>> {
  if (names.length === 0) return new Set();
  const rows = await db
    .selectFrom("users")
    .select("username")
    .where("username", "=", sql<string>`any(${[...names]}::text[])`)
    .execute();
  return new Set(rows.map((r) => r.username));
}

export async function setPassword(
  db: Db,
  id: number,
  p: { hash: string; mustChange: boolean; now: Date },
): Promise<void> {
  await db
    .updateTable("users")
    .set({
      password_hash: p.hash,
      must_change_password: p.mustChange,
      password_changed_at: p.now,
      updated_at: p.now,
    })
    .where("id", "=", id)
    .execute();
}

export async function setActive(db: Db, id: number, active: boolean, now: Date): Promise<void> {
  await db.updateTable("users").set({ active, updated_at: now }).where("id", "=", id).execute();
  // A disabled account is signed out everywhere at once.
  if (!active) await db.deleteFrom("sessions").where("user_id", "=", id).execute();
}

/** Signs the user out of every other session (after a password change or reset). */
export async function endOtherSessions(db: Db, userId: number, keepSessionId: string | null): Promise<void> {
  let q = db.deleteFrom("sessions").where("user_id", "=", userId);
  if (keepSessionId !== null) q = q.where("id", "<>", keepSessionId);
  await q.execute();
}
