import type { Role } from "@par/domain";
import type { Db, UserRow } from "./database";

export async function findUserByUsername(db: Db, username: string): Promise<UserRow | undefined> {
  return db.selectFrom("users").selectAll().where("username", "=", username.toLowerCase()).executeTakeFirst();
}

export interface AssignmentRow {
  role: Role;
  unitId: number | null;
  unitName: string | null;
  /** The account's province (issue 8 §3): every assignment of an account carries it; null: national. */
  provinceId: number | null;
}

export async function assignmentsOf(db: Db, userId: number): Promise<AssignmentRow[]> {
  return db
    .selectFrom("role_assignments as r")
    .innerJoin("users as us", "us.id", "r.user_id")
    .leftJoin("org_units as u", "u.id", "r.unit_id")
    .select(["r.role", "r.unit_id as unitId", "u.name as unitName", "us.province_id as provinceId"])
    .where("r.user_id", "=", userId)
    .orderBy("r.id")
    .execute();
}

export interface NewUser {
  username: string;
  displayName: string;
  passwordHash: string;
  /** The account's province (a register root); null only for a national body. */
  provinceId: number | null;
  roles: readonly { role: Role; unitId: number | null }[];
  /** Optional address for e-mailed notifications. */
  email?: string | null;
}

export async function insertUser(db: Db, user: NewUser): Promise<UserRow> {
  const row = await db
    .insertInto("users")
    .values({
      username: user.username.toLowerCase(),
      display_name: user.displayName,
      password_hash: user.passwordHash,
      province_id: user.provinceId,
      email: user.email ?? null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  if (user.roles.length > 0) {
    await db
      .insertInto("role_assignments")
      .values(user.roles.map((r) => ({ user_id: row.id, role: r.role, unit_id: r.unitId })))
      .execute();
  }
  return row;
}

/** Accounts holding `role` (of one province when given). */
export async function countUsersWithRole(db: Db, role: Role, provinceId?: number): Promise<number> {
  let q = db
    .selectFrom("role_assignments as r")
    .innerJoin("users as u", "u.id", "r.user_id")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("r.role", "=", role);
  if (provinceId !== undefined) q = q.where("u.province_id", "=", provinceId);
  const row = await q.executeTakeFirstOrThrow();
  return Number(row.n);
}
