import {
  REMINDER_HORIZON_DAYS,
  REPORT_KINDS,
  REPORT_PERIOD_LABELS,
  reminderAddressColumns,
  reminderDue,
  reportDueDates,
  reportDutiesUrl,
  reportReminderAddress,
} from "@par/domain";
import type { Db } from "../db/database";
import { dueDateRows, sentKeys } from "../db/report.repository";
import { bodiesOwing } from "./report-bodies";

const addDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Reminders of the reports due (issue 11 §6), run by the hourly deadline job: for each province, each
 * (kind, period) of this year due within the reminder horizon or past, each body owing it that has
 * not sent gets one notification per threshold (d7, d1, overdue — the domain's reminderDue); the
 * dedupe key makes a rerun insert nothing. Bounded per province by its agency and district tiers.
 */
export async function produceReportReminders(
  db: Db,
  today: string,
  onlyProvinceId?: number,
): Promise<number> {
  const year = Number(today.slice(0, 4));
  const provinces = await db
    .selectFrom("org_units")
    .select("id")
    .where("parent_id", "is", null)
    .where("kind", "=", "province")
    // A province that has just moved its due dates (saveDueDates): its reminders now, not within the hour.
    .$if(onlyProvinceId !== undefined, (qb) => qb.where("id", "=", onlyProvinceId!))
    .execute();
  let queued = 0;
  for (const { id: provinceId } of provinces) {
    const dates = reportDueDates(year, await dueDateRows(db, provinceId, year)).filter(
      (d) => d.dueDate <= addDays(today, REMINDER_HORIZON_DAYS) && d.dueDate >= `${year}-01-01`,
    );
    if (dates.length === 0) continue;
    const sent = await sentKeys(db, provinceId, year);
    const rows = [];
    for (const d of dates) {
      const threshold = reminderDue(d.dueDate, today);
      if (threshold === null) continue;
      const kind = REPORT_KINDS.find((k) => k.code === d.kind)!;
      // To the inbox its senders read (the domain's reportReminderAddress): a body bound to its unit the
      // unit's; Sở Nội vụ's and the office's reports, sent by accounts bound to no unit, the province's.
      const address = reportReminderAddress(kind);
      const { forPermission, forRole } = reminderAddressColumns(address);
      const toProvince = address.inbox === "province";
      for (const body of await bodiesOwing(db, provinceId, year, d.kind)) {
        if (sent.has(`${body.unitId}|${d.kind}|${d.period}`)) continue;
        rows.push({
          unit_id: body.unitId,
          kind: address.kind,
          for_permission: forPermission,
          for_role: forRole,
          subject: `${threshold === "overdue" ? "Quá hạn: " : ""}${kind.vi} – ${REPORT_PERIOD_LABELS[d.period].vi} ${year} (gửi ${kind.to.vi})`,
          due_date: d.dueDate,
          // The CCHC section is drawn up in the portal's report page; a body's other reports are marked
          // sent in the portal's "reports we owe"; the province's own and the office's on the admin app's page.
          link: toProvince
            ? reportDutiesUrl(year, d.kind, d.period)
            : d.kind === "unit_cchc_section"
              ? "/portal/internal/report"
              : "/portal/reports",
          dedupe_key: `report:${d.kind}:${year}:${d.period}:${body.unitId}:${threshold}`,
        });
      }
    }
    if (rows.length === 0) continue;
    // Only new ones count: a rerun meets every dedupe key already there.
    const result = await db
      .insertInto("notifications")
      .values(rows)
      .onConflict((oc) => oc.column("dedupe_key").doNothing())
      .executeTakeFirst();
    queued += Number(result.numInsertedOrUpdatedRows ?? 0);
  }
  return queued;
}
