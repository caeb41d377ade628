import type { Role } from "@par/domain";
import { sql } from "kysely";
import type { Db } from "./database";

export interface SessionRecord {
  id: string;
  userId: number;
  username: string;
  displayName: string;
  /** The account's province; null for a national body. */
  accountProvinceId: number | null;
  /** The province a national body has chosen to look at in this session. */
  chosenProvinceId: number | null;
  /** Set by an administrator's reset: the user must choose a new password before anything else. */
  mustChangePassword: boolean;
  createdAt: Date;
  lastSeen: Date;
  expiresAt: Date;
}

export async function insertSession(
  db: Db,
  s: { id: string; userId: number; now: Date; expiresAt: Date },
): Promise<void> {
  await db
    .insertInto("sessions")
    .values({ id: s.id, user_id: s.userId, created_at: s.now, last_seen: s.now, expires_at: s.expiresAt })
    .execute();
}

export async function touchSession(db: Db, id: string, now: Date): Promise<void> {
  await db.updateTable("sessions").set({ last_seen: now }).where("id", "=", id).execute();
}

export async function deleteSession(db: Db, id: string): Promise<number> {
  const result = await db.deleteFrom("sessions").where("id", "=", id).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Housekeeping at sign-in: sessions past their absolute expiry or idle too long. */
export async function deleteStaleSessions(db: Db, now: Date, idleSince: Date): Promise<void> {
  await db
    .deleteFrom("sessions")
    .where((eb) => eb.or([eb("expires_at", "<=", now), eb("last_seen", "<", idleSince)]))
    .execute();
}

/** The province a national body looks at from now on in this session (the admin app's switcher). */
export async function chooseSessionProvince(db: Db, id: string, provinceId: number): Promise<void> {
  await db.updateTable("sessions").set({ province_id: provinceId }).where("id", "=", id).execute();
}
export interface SessionWithRoles extends SessionRecord {
  assignments: { role: Role; unitId: number | null; unitName: string | null }[];
}

/**
 * The session, its active user and the user's role assignments in ONE statement (a signed-in call
 * used to send two before its own query): the assignments travel as a JSON array.
 */
export async function findSessionWithRoles(db: Db, id: string): Promise<SessionWithRoles | undefined> {
  const row = await db
    .selectFrom("sessions as s")
    .innerJoin("users as u", "u.id", "s.user_id")
    .select([
      "s.id",
      "s.user_id as userId",
      "u.username",
      "u.display_name as displayName",
      "u.province_id as accountProvinceId",
      "s.province_id as chosenProvinceId",
      "u.must_change_password as mustChangePassword",
      "s.created_at as createdAt",
      "s.last_seen as lastSeen",
      "s.expires_at as expiresAt",
      sql<SessionWithRoles["assignments"]>`coalesce((
        select json_agg(json_build_object('role', r.role, 'unitId', r.unit_id, 'unitName', o.name) order by r.id)
        from role_assignments r left join org_units o on o.id = r.unit_id where r.user_id = u.id), '[]'::json)`.as(
        "assignments",
      ),
    ])
    .where("s.id", "=", id)
    .where("u.active", "=", true)
    .executeTakeFirst();
  return row;
}

/** Tells every API process that this session ended (sign-out): their caches drop it at once. */
export async function announceSessionEnded(db: Db, id: string): Promise<void> {
  await sql`select pg_notify(${SESSION_END_CHANNEL}, ${id})`.execute(db);
}

export const SESSION_END_CHANNEL = "par_session_end";

/**
 * Tells every API process that what it cached of a user's sessions is stale (delivered when the
 * transaction commits); returns the session ids so this process can drop them at once.
 */
export async function announceUserSessionsChanged(db: Db, userId: number): Promise<string[]> {
  const { rows } = await sql<{ id: string }>`
    select id, pg_notify(${SESSION_END_CHANNEL}, id) from sessions where user_id = ${userId}`.execute(db);
  return rows.map((r) => r.id);
}
