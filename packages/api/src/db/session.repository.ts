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

/** The session with its user, if the user is still active. Expiry is the caller's decision. */
export async function findSession(db: Db, id: string): Promise<SessionRecord | undefined> {
  return db
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
    ])
    .where("s.id", "=", id)
    .where("u.active", "=", true)
    .executeTakeFirst();
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
