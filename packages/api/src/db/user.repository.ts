import type { Role } from "@par/domain";
import type { Db, UserRow } from "./database";

export async function findUserByUsername(db: Db, username: string): Promise<UserRow | undefined> {
  return db.selectFrom("users").selectAll().where("username", "=", username.toLowerCase()).executeTakeFirst();
}

export interface AssignmentRow {
  role: Role;
  unitId: number | null;
  unitName: string | null;
}

export async function assignmentsOf(db: Db, userId: number): Promise<AssignmentRow[]> {
  return db
    .selectFrom("role_assignments as r")
    .leftJoin("org_units as u", "u.id", "r.unit_id")
    .select(["r.role", "r.unit_id as unitId", "u.name as unitName"])
    .where("r.user_id", "=", userId)
    .orderBy("r.id")
    .execute();
}

export interface NewUser {
  username: string;
  displayName: string;
  passwordHash: string;
  roles: readonly { role: Role; unitId: number | null }[];
}

export async function insertUser(db: Db, user: NewUser): Promise<UserRow> {
  const row = await db
    .insertInto("users")
    .values({
      username: user.username.toLowerCase(),
      display_name: user.displayName,
      password_hash: user.passwordHash,
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

export async function countUsersWithRole(db: Db, role: Role): Promise<number> {
  const row = await db
    .selectFrom("role_assignments")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("role", "=", role)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
