import type { NotificationKind } from "@par/domain";
import { sql } from "kysely";
import type { Db } from "./database";

export interface BodyRow {
  id: number;
  code: string;
  name: string;
  kind: string;
  sent_at: Date | null;
  file_name: string | null;
  note: string | null;
}

/** The province's units of the agency and district tiers valid in the year: the bodies that may owe reports. */
export async function candidateBodies(db: Db, provinceId: number, year: number) {
  return db
    .selectFrom("org_units")
    .select(["id", "code", "name", "kind"])
    .where("province_id", "=", provinceId)
    .where("kind", "in", [...BODY_KINDS])
    .where("valid_from", "<=", `${year}-12-31`)
    .where((eb) => eb.or([eb("valid_to", "is", null), eb("valid_to", ">=", `${year}-01-01`)]))
    .orderBy("id")
    .limit(2000)
    .execute();
}

/** The tiers whose units may owe reports (agency and district). */
const BODY_KINDS = ["department", "agency", "office", "district"] as const;

/**
 * One keyset page (on id) of the candidate bodies of every province valid in the year, for the hourly
 * report reminders: the job walks the country's bodies `limit` at a time, never all of them at once.
 */
export async function candidateBodiesPage(
  db: Db,
  year: number,
  afterId: number,
  limit: number,
  onlyProvinceId?: number,
) {
  return db
    .selectFrom("org_units")
    .select(["id", "code", "name", "kind", "province_id"])
    .where("kind", "in", [...BODY_KINDS])
    .$if(onlyProvinceId !== undefined, (qb) => qb.where("province_id", "=", onlyProvinceId!))
    .where("valid_from", "<=", `${year}-12-31`)
    .where((eb) => eb.or([eb("valid_to", "is", null), eb("valid_to", ">=", `${year}-01-01`)]))
    .where("id", ">", afterId)
    .orderBy("id")
    .limit(limit)
    .execute();
}

/** The due dates these provinces set for a year (a few dozen rows a province at most). */
export async function dueDateRowsOf(db: Db, provinceIds: readonly number[], year: number) {
  if (provinceIds.length === 0) return [];
  const rows = await db
    .selectFrom("report_due_dates")
    .select(["province_id", "kind", "period", "due_date"])
    .where("province_id", "in", [...provinceIds])
    .where("year", "=", year)
    .execute();
  return rows.map((r) => ({
    provinceId: r.province_id,
    kind: r.kind,
    period: r.period,
    dueDate: r.due_date,
  }));
}

/** A report reminder to queue unless its body already sent that (kind, year, period). */
export interface ReportReminderRow {
  unit_id: number;
  kind: NotificationKind;
  for_permission: string | null;
  for_role: string | null;
  subject: string;
  due_date: string;
  link: string;
  dedupe_key: string;
  report_kind: string;
  period: string;
}

/**
 * Queues the reminders whose report was not sent (checked in SQL on report_sent's key, so the sent
 * rows never travel); the dedupe key makes a rerun insert nothing. Returns how many were new.
 */
export async function queueUnsentReportReminders(
  db: Db,
  year: number,
  rows: readonly ReportReminderRow[],
): Promise<number> {
  if (rows.length === 0) return 0;
  const result = await sql`
    insert into notifications (unit_id, kind, for_permission, for_role, subject, due_date, link, dedupe_key)
    select x.unit_id, x.kind, x.for_permission, x.for_role, x.subject, x.due_date, x.link, x.dedupe_key
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(
      unit_id int, kind text, for_permission text, for_role text, subject text, due_date date, link text, dedupe_key text,
      report_kind text, period text)
    where not exists (
      select 1 from report_sent s
      where s.body_unit_id = x.unit_id and s.kind = x.report_kind and s.year = ${year} and s.period = x.period)
    order by x.dedupe_key
    on conflict (dedupe_key) do nothing`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}

/** The bodies given (by id) with whether they sent (kind, year, period); keyset on (name, id), one query. */
export async function pageBodies(
  db: Db,
  f: {
    bodyIds: readonly number[];
    kind: string;
    year: number;
    period: string;
    unsentOnly: boolean;
    after: { name: string; id: number } | null;
    limit: number;
  },
): Promise<BodyRow[]> {
  if (f.bodyIds.length === 0) return [];
  const { rows } = await sql<BodyRow>`
    select u.id, u.code, u.name, u.kind, s.sent_at, s.file_name, s.note
    from org_units u
    left join report_sent s on s.body_unit_id = u.id and s.kind = ${f.kind} and s.year = ${f.year} and s.period = ${f.period}
    where u.id = any(${[...f.bodyIds]}::int[])
      ${f.unsentOnly ? sql`and s.body_unit_id is null` : sql``}
      ${f.after ? sql`and (u.name, u.id) > (${f.after.name}, ${f.after.id})` : sql``}
    order by u.name, u.id
    limit ${f.limit + 1}`.execute(db);
  return rows;
}

/** How many of these bodies sent (kind, year, period): one count. */
export async function countSent(
  db: Db,
  bodyIds: readonly number[],
  kind: string,
  year: number,
  period: string,
) {
  if (bodyIds.length === 0) return 0;
  const row = await db
    .selectFrom("report_sent")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .where("body_unit_id", "in", [...bodyIds])
    .where("kind", "=", kind)
    .where("year", "=", year)
    .where("period", "=", period)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function dueDateRows(db: Db, provinceId: number, year: number) {
  const rows = await db
    .selectFrom("report_due_dates")
    .select(["kind", "period", "due_date"])
    .where("province_id", "=", provinceId)
    .where("year", "=", year)
    .execute();
  return rows.map((r) => ({ kind: r.kind, period: r.period, dueDate: r.due_date }));
}

/** The sent records of these bodies in a year (a body's own screen: a handful of rows). */
export async function sentOf(db: Db, bodyIds: readonly number[], year: number) {
  if (bodyIds.length === 0) return [];
  return db
    .selectFrom("report_sent")
    .select(["body_unit_id", "kind", "period", "sent_at", "note", "file_name"])
    .where("body_unit_id", "in", [...bodyIds])
    .where("year", "=", year)
    .execute();
}

/** One sent report's file, by its key. */
export async function sentReportFile(
  db: Db,
  k: { bodyUnitId: number; kind: string; year: number; period: string },
) {
  return db
    .selectFrom("report_sent")
    .select(["file_name", "content"])
    .where("body_unit_id", "=", k.bodyUnitId)
    .where("kind", "=", k.kind)
    .where("year", "=", k.year)
    .where("period", "=", k.period)
    .executeTakeFirst();
}
