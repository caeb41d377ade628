import { EMAIL_MAX_ATTEMPTS, type NotificationKind, ROLE_POLICIES, ROLES } from "@par/domain";
import { sql } from "kysely";
import type { Db } from "./database";
import { yieldToRequests } from "./yield-to-requests";

/** Roles bound to a unit read that unit's notifications (as the inbox does: `isUnitBound`). */
const UNIT_ROLES = ROLES.filter((r) => ROLE_POLICIES[r].needsUnit);
/** (permission, role) pairs: who of the province reads a notification addressed to it for a permission. */
const PERMISSION_ROLES = ROLES.flatMap((r) => ROLE_POLICIES[r].permissions.map((p) => sql`(${p}, ${r})`));

/**
 * Copies notifications not yet mailed (created since `since`) into the outbox, one row per recipient
 * with an address — the same people the inbox shows it to (a unit's bound accounts, the province's
 * holders of the permission or of the role) — and marks them mailed, in one statement.
 * Rows another process is fanning out are skipped (`skip locked`); a rerun inserts nothing twice.
 */
export async function fanOutNotifications(db: Db, since: Date, batch = 500): Promise<number> {
  const result = await sql<{ id: number }>`
    with fresh as (
      select n.id, n.unit_id, n.province_id, n.for_permission, n.for_role from notifications n
      where n.mailed_at is null and n.created_at >= ${since}
      order by n.id limit ${batch} for update skip locked
    ), to_unit as (
      select f.id as notification_id, us.id as user_id, us.email
      from fresh f
      join org_units ou on ou.id = f.unit_id
      join role_assignments ra on ra.unit_id = any(ou.path) and ra.role = any(${[...UNIT_ROLES]}::text[])
      join users us on us.id = ra.user_id
      where f.for_permission is null and f.for_role is null and us.active and us.email is not null
    ), to_province as (
      select f.id as notification_id, us.id as user_id, us.email
      from fresh f
      join users us on us.province_id = f.province_id
      join role_assignments ra on ra.user_id = us.id
      join (values ${sql.join(PERMISSION_ROLES)}) as pr(permission, role)
        on pr.permission = f.for_permission and pr.role = ra.role
      where f.for_permission is not null and us.active and us.email is not null
    ), to_role as (
      select f.id as notification_id, us.id as user_id, us.email
      from fresh f
      join users us on us.province_id = f.province_id
      join role_assignments ra on ra.user_id = us.id and ra.role = f.for_role
      where f.for_role is not null and us.active and us.email is not null
    ), queued as (
      insert into email_outbox (notification_id, user_id, to_address)
      select distinct notification_id, user_id, email
      from (select * from to_unit union select * from to_province union select * from to_role) r
      on conflict (notification_id, user_id) do nothing
    )
    update notifications set mailed_at = now() where id in (select id from fresh) returning id`.execute(db);
  return result.rows.length;
}

/**
 * Notifications from before the sender was switched on are never mailed: only the inbox shows them.
 * Marked `batch` at a time (they pile up while e-mail is off: 20,289 on the national data set), each
 * statement its own short transaction on the unmailed index, so the start never holds them all at once.
 */
export async function skipOlderThan(db: Db, since: Date, batch = 5000): Promise<number> {
  let marked = 0;
  for (;;) {
    const result = await sql`
      update notifications set mailed_at = ${since}
      where id in (
        select id from notifications where mailed_at is null and created_at < ${since}
        order by created_at limit ${batch} for update skip locked)`.execute(db);
    const n = Number(result.numAffectedRows ?? 0);
    marked += n;
    // Fewer than a batch: none left (or another process is marking the rest).
    if (n < batch) return marked;
    await yieldToRequests();
  }
}

export interface DueEmail {
  id: number;
  to_address: string;
  attempts: number;
  kind: NotificationKind;
  subject: string;
  due_date: string | null;
  link: string;
  unit_name: string;
}

/**
 * Takes up to `limit` due e-mails for this process: their next attempt moves `leaseMs` ahead and the
 * attempt is counted before sending, so a crash mid-send retries later and two processes never send
 * the same row at once. One statement, with the notification's content.
 */
export async function claimDueEmails(db: Db, now: Date, limit: number, leaseMs: number): Promise<DueEmail[]> {
  const result = await sql<DueEmail>`
    with claimed as (
      update email_outbox o set attempts = o.attempts + 1,
        next_attempt_at = ${new Date(now.getTime() + leaseMs)}
      where o.id in (
        select id from email_outbox
        where sent_at is null and attempts < ${EMAIL_MAX_ATTEMPTS} and next_attempt_at <= ${now}
        order by id limit ${limit} for update skip locked)
      returning o.id, o.notification_id, o.to_address, o.attempts
    )
    select c.id, c.to_address, c.attempts, n.kind, n.subject, to_char(n.due_date, 'YYYY-MM-DD') as due_date,
           n.link, u.name as unit_name
    from claimed c join notifications n on n.id = c.notification_id join org_units u on u.id = n.unit_id
    order by c.id`.execute(db);
  return result.rows;
}

export async function markEmailSent(db: Db, id: number, now: Date): Promise<void> {
  await db.updateTable("email_outbox").set({ sent_at: now, last_error: null }).where("id", "=", id).execute();
}

export async function markEmailFailed(db: Db, id: number, error: string, retryAt: Date): Promise<void> {
  await db
    .updateTable("email_outbox")
    .set({ last_error: error.slice(0, 500), next_attempt_at: retryAt })
    .where("id", "=", id)
    .execute();
}
