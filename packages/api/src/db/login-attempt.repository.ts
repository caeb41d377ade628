import type { Db } from "./database";

/** Failed sign-ins live in the database so that the limit holds across processes and restarts. */
export async function recordFailedLogin(db: Db, a: { username: string; ip: string | null; now: Date }) {
  await db.insertInto("login_attempts").values({ at: a.now, username: a.username, ip: a.ip }).execute();
}

export async function countFailuresSince(db: Db, since: Date, by: { username: string } | { ip: string }) {
  let q = db
    .selectFrom("login_attempts")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("at", ">=", since);
  q = "username" in by ? q.where("username", "=", by.username) : q.where("ip", "=", by.ip);
  const row = await q.executeTakeFirstOrThrow();
  return Number(row.n);
}

/** A successful sign-in clears that name's failures; failures older than a day are dropped. */
export async function clearFailures(db: Db, username: string, olderThan: Date) {
  await db
    .deleteFrom("login_attempts")
    .where((eb) => eb.or([eb("username", "=", username), eb("at", "<", olderThan)]))
    .execute();
}
