import { REMINDER_HORIZON_DAYS } from "@par/domain";
import { type Insertable, sql } from "kysely";
import type { Db, NotificationsTable } from "./database";
import { TOTAL_ROWS } from "./page-total";

/**
 * Whose inbox a user reads: the notifications of the units under `roots` (addressed to a unit), and in
 * `provinceId` those addressed to the province for one of `permissions` or of `roles` (the province's
 * own inbox; a role where no permission singles out its holders, as Văn phòng UBND tỉnh's).
 */
export interface Inbox {
  roots: readonly number[];
  provinceId: number | null;
  permissions: readonly string[];
  roles: readonly string[];
}

const isEmpty = (b: Inbox) =>
  b.roots.length === 0 && (b.provinceId === null || b.permissions.length + b.roles.length === 0);

/** The inbox as one predicate over `notifications n` joined to its unit `u`. */
function inInbox(b: Inbox) {
  const toUnits =
    b.roots.length === 0
      ? sql`false`
      : sql`(n.for_permission is null and n.for_role is null and u.path && ${[...b.roots]}::int[])`;
  // The province as a conjunct of its own, outside the or: the first page then walks the partial index
  // (province_id, id desc) of migration 2026_12_02_0301 in order, whichever of the two addresses a row has.
  const toProvince =
    b.provinceId === null || b.permissions.length + b.roles.length === 0
      ? sql`false`
      : sql`(n.province_id = ${b.provinceId} and (n.for_permission = any(${[...b.permissions]}::text[])
          or n.for_role = any(${[...b.roles]}::text[])))`;
  return sql<boolean>`(${toUnits} or ${toProvince})`;
}

export async function insertNotifications(
  db: Db,
  rows: readonly Insertable<NotificationsTable>[],
): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto("notifications")
    .values([...rows])
    .onConflict((oc) => oc.column("dedupe_key").doNothing())
    .execute();
}

/** Where a province's deadline sweep stands: the last (deadline, id) queued, keyset order. */
export interface SweepCursor {
  deadline: string;
  id: number;
}

/**
 * One batch of a province's deadline reminders, in one statement: the next `limit` open recommendations
 * due within the horizon after `after` (keyset on (deadline, id), the province's deadline index), each
 * queued under the threshold computed in SQL exactly as the domain's `reminderDue` does (a test holds
 * them together). The dedupe key `rec:<id>:<threshold>` makes a rerun, or a second process, insert
 * nothing. Returns how many were new, how many recommendations the batch saw and where it ended.
 */
export async function queueDeadlineReminderBatch(
  db: Db,
  b: { provinceId: number; today: string; after: SweepCursor | null; limit: number },
): Promise<{ queued: number; seen: number; last: SweepCursor | null }> {
  const after =
    b.after === null ? sql`` : sql`and (r.deadline, r.id) > (${b.after.deadline}::date, ${b.after.id}::int)`;
  const { rows } = await sql<{
    queued: number;
    seen: number;
    last_deadline: string | null;
    last_id: number | null;
  }>`
    with batch as (
      select r.id, r.unit_id, r.text, r.deadline
      from recommendations r
      join inspections i on i.id = r.inspection_id
      where r.province_id = ${b.provinceId} and r.status <> 'resolved'
        -- The inspections scoped to the province too: else the planner may hash the country's inspections.
        and i.province_id = ${b.provinceId} and i.status <> 'closed'
        and r.deadline <= ${b.today}::date + ${REMINDER_HORIZON_DAYS}::int ${after}
      order by r.deadline, r.id
      limit ${b.limit}
    ), queued as (
      insert into notifications (unit_id, kind, subject, due_date, link, dedupe_key)
      select unit_id,
             case when deadline < ${b.today}::date then 'deadline_overdue' else 'deadline_near' end,
             text, deadline, '/portal/responses',
             'rec:' || id || ':' || case when deadline < ${b.today}::date then 'overdue'
                                         when deadline <= ${b.today}::date + 1 then 'd1' else 'd7' end
      from batch order by deadline, id
      on conflict (dedupe_key) do nothing
      returning 1
    ), last as (select deadline, id from batch order by deadline desc, id desc limit 1)
    select (select count(*) from queued)::int as queued, (select count(*) from batch)::int as seen,
           (select deadline from last) as last_deadline, (select id from last) as last_id`.execute(db);
  const row = rows[0]!;
  return {
    queued: row.queued,
    seen: row.seen,
    last:
      row.last_deadline === null || row.last_id === null
        ? null
        : { deadline: row.last_deadline, id: row.last_id },
  };
}

/** The register roots (the provinces): the background jobs walk the country one province at a time. */
export async function provinceIds(db: Db): Promise<number[]> {
  const rows = await db
    .selectFrom("org_units")
    .select("id")
    .where("parent_id", "is", null)
    .orderBy("id")
    .execute();
  return rows.map((r) => r.id);
}

export interface NotificationRow {
  id: number;
  unit_id: number;
  unit_name: string;
  kind: NotificationsTable["kind"];
  subject: string;
  due_date: string | null;
  link: string;
  created_at: Date;
  read: boolean;
}

/** A user's notifications (those of the units under `roots`), newest first, keyset on id; one query. */
export async function pageNotificationRows(
  db: Db,
  f: {
    inbox: Inbox;
    userId: number;
    unreadOnly: boolean;
    beforeId?: number;
    limit: number;
    /** First page: also the filtered list's size (TOTAL_ROWS). */
    withTotal?: boolean;
  },
): Promise<(NotificationRow & { total_rows?: string })[]> {
  if (isEmpty(f.inbox)) return [];
  let q = db
    .selectFrom("notifications as n")
    .innerJoin("org_units as u", "u.id", "n.unit_id")
    .leftJoin("notification_reads as r", (j) =>
      j.onRef("r.notification_id", "=", "n.id").on("r.user_id", "=", f.userId),
    )
    .select([
      "n.id",
      "n.unit_id",
      "u.name as unit_name",
      "n.kind",
      "n.subject",
      "n.due_date",
      "n.link",
      "n.created_at",
      sql<boolean>`r.user_id is not null`.as("read"),
    ])
    .where(inInbox(f.inbox))
    .$if(f.withTotal === true, (qb) => qb.select(TOTAL_ROWS))
    .orderBy("n.id", "desc")
    .limit(f.limit);
  if (f.unreadOnly) q = q.where("r.user_id", "is", null);
  if (f.beforeId !== undefined) q = q.where("n.id", "<", f.beforeId);
  return (await q.execute()) as NotificationRow[];
}

/** The unread count, as one aggregate. */
export async function countUnread(db: Db, inbox: Inbox, userId: number): Promise<number> {
  if (isEmpty(inbox)) return 0;
  const row = await db
    .selectFrom("notifications as n")
    .innerJoin("org_units as u", "u.id", "n.unit_id")
    .leftJoin("notification_reads as r", (j) =>
      j.onRef("r.notification_id", "=", "n.id").on("r.user_id", "=", userId),
    )
    .select(sql<string>`count(*)`.as("n"))
    .where(inInbox(inbox))
    .where("r.user_id", "is", null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Marks read the given notifications (or all) among those the user may see; others are ignored. */
export async function markRead(db: Db, inbox: Inbox, userId: number, ids: readonly number[] | "all") {
  if (isEmpty(inbox) || (ids !== "all" && ids.length === 0)) return 0;
  const result = await sql`
    insert into notification_reads (notification_id, user_id)
    select n.id, ${userId} from notifications n join org_units u on u.id = n.unit_id
    where ${inInbox(inbox)} ${ids === "all" ? sql`` : sql`and n.id = any(${[...ids]}::int[])`}
    on conflict do nothing`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}
