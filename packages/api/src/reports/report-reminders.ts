import {
  owes,
  REMINDER_HORIZON_DAYS,
  REPORT_KINDS,
  REPORT_PERIOD_LABELS,
  type ReminderThreshold,
  type ReportBody,
  type ReportKind,
  type ReportPeriod,
  reminderAddressColumns,
  reminderDue,
  reportDueDates,
  reportDutiesUrl,
  reportReminderAddress,
} from "@par/domain";
import { ADVISORY_LOCKS, advisoryXactLock } from "../db/advisory-lock";
import type { Db } from "../db/database";
import {
  candidateBodiesPage,
  dueDateRowsOf,
  queueUnsentReportReminders,
  type ReportReminderRow,
} from "../db/report.repository";
import { inTransaction } from "../db/transaction";
import { yieldToRequests } from "../db/yield-to-requests";
import { asReportBodies } from "./report-bodies";

const addDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Bodies per page: each page is three statements in one short transaction, whatever the country's size. */
export const REPORT_REMINDER_PAGE = 200;

/**
 * Reminders of the reports due (issue 11 §6), run by the hourly deadline job: for each (kind, period)
 * of this year due within the reminder horizon or past — by the body's province's due dates — each body
 * owing it that has not sent gets one notification per threshold (d7, d1, overdue — the domain's
 * reminderDue); the dedupe key makes a rerun insert nothing. The country's bodies (the agency and
 * district tiers) are walked in keyset pages of `page` (issue 8: no step grows with the register): per
 * page its bodies, its provinces' due dates, and one insert that skips in SQL what was sent, in one
 * short transaction under the reminders' advisory lock (two API processes take turns), then a yield.
 */
export async function produceReportReminders(
  db: Db,
  today: string,
  o: {
    page?: number;
    pause?: () => Promise<void>;
    /** A province that has just moved its due dates (saveDueDates): its reminders now, not within the hour. */
    onlyProvinceId?: number;
  } = {},
): Promise<number> {
  const year = Number(today.slice(0, 4));
  const limit = o.page ?? REPORT_REMINDER_PAGE;
  const pause = o.pause ?? yieldToRequests;
  let queued = 0;
  let afterId = 0;
  for (;;) {
    const from = afterId;
    const page = await inTransaction(db, async (trx) => {
      await advisoryXactLock(trx, ADVISORY_LOCKS.deadlineReminders);
      const units = await candidateBodiesPage(trx, year, from, limit, o.onlyProvinceId);
      const provinces = [...new Set(units.map((u) => u.province_id))];
      const overrides = await dueDateRowsOf(trx, provinces, year);
      const due = new Map(
        provinces.map((p) => [
          p,
          dueSoon(
            year,
            today,
            overrides.filter((r) => r.provinceId === p),
          ),
        ]),
      );
      const rows = asReportBodies(units, year).flatMap((body, i) =>
        reminderRows(body, due.get(units[i]!.province_id) ?? [], year),
      );
      return {
        count: units.length,
        last: units.at(-1)?.id,
        queued: await queueUnsentReportReminders(trx, year, rows),
      };
    });
    queued += page.queued;
    await pause();
    if (page.count < limit || page.last === undefined) return queued;
    afterId = page.last;
  }
}

interface DueSoon {
  kind: ReportKind;
  period: ReportPeriod;
  dueDate: string;
  threshold: ReminderThreshold;
}

/** The (kind, period) of this year whose due date in this province is within the horizon or past. */
function dueSoon(
  year: number,
  today: string,
  overrides: readonly { kind: string; period: string; dueDate: string }[],
): DueSoon[] {
  return reportDueDates(year, overrides).flatMap((d) => {
    if (d.dueDate > addDays(today, REMINDER_HORIZON_DAYS) || d.dueDate < `${year}-01-01`) return [];
    const threshold = reminderDue(d.dueDate, today);
    return threshold === null ? [] : [{ ...d, threshold }];
  });
}

/** One body's reminders for the reports due soon that it owes (whether it sent is checked in SQL). */
function reminderRows(body: ReportBody, dates: readonly DueSoon[], year: number): ReportReminderRow[] {
  return dates.flatMap((d) => {
    const kind = REPORT_KINDS.find((k) => k.code === d.kind)!;
    if (!owes(kind, body)) return [];
    // To the inbox its senders read (the domain's reportReminderAddress): a body bound to its unit the
    // unit's; Sở Nội vụ's and the office's reports, sent by accounts bound to no unit, the province's.
    const address = reportReminderAddress(kind);
    const { forPermission, forRole } = reminderAddressColumns(address);
    const toProvince = address.inbox === "province";
    return [
      {
        unit_id: body.unitId,
        kind: address.kind,
        for_permission: forPermission,
        for_role: forRole,
        subject: `${d.threshold === "overdue" ? "Quá hạn: " : ""}${kind.vi} – ${REPORT_PERIOD_LABELS[d.period].vi} ${year} (gửi ${kind.to.vi})`,
        due_date: d.dueDate,
        // The CCHC section is drawn up in the portal's report page; a body's other reports are marked
        // sent in the portal's "reports we owe"; the province's own and the office's on the admin app's page.
        link: toProvince
          ? reportDutiesUrl(year, d.kind, d.period)
          : d.kind === "unit_cchc_section"
            ? "/portal/internal/report"
            : "/portal/reports",
        dedupe_key: `report:${d.kind}:${year}:${d.period}:${body.unitId}:${d.threshold}`,
        report_kind: d.kind,
        period: d.period,
      },
    ];
  });
}
