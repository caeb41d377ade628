import type { SentReportFileParams } from "@par/domain";
import { isReportOverdue, kindOf, mayReadSentReport, reportDueDates, reportsOwedBy } from "@par/domain";
import { provinceOf } from "../access/province";
import type { Request } from "../access/request";
import { dueDateRows, sentOf, sentReportFile } from "../db/report.repository";
import { fail } from "../errors";
import { vietnamDate } from "../time";
import { reportBodies } from "./report-bodies";

/**
 * reportDuties.mine: the reports the signed-in user sends for their body this year (issue 11 §6, the
 * portal's own screen) — the domain's reportsOwedBy over the province's bodies, each with its due date,
 * whether it was sent (one query for the records of those bodies) and whether it is overdue. A body
 * owes at most a handful of reports a year (one kind, four periods at most), so the list is bounded
 * and returned whole rather than paged.
 */
export async function myReports(q: Request, year: number) {
  const provinceId = provinceOf(q.user);
  const bodies = await reportBodies(q.db, provinceId, year);
  const dates = reportDueDates(year, await dueDateRows(q.db, provinceId, year));
  const owed = reportsOwedBy(q.user.assignments, bodies, dates);
  const sent = await sentOf(q.db, [...new Set(owed.map((o) => o.bodyUnitId))], year);
  const today = vietnamDate(q.now);
  return owed.map((o) => {
    const body = bodies.find((b) => b.unitId === o.bodyUnitId)!;
    const record = sent.find(
      (s) => s.body_unit_id === o.bodyUnitId && s.kind === o.kind && s.period === o.period,
    );
    return {
      ...o,
      year,
      bodyName: body.name,
      sentAt: record?.sent_at ?? null,
      note: record?.note ?? null,
      fileName: record?.file_name ?? null,
      overdue: isReportOverdue(o.dueDate, record !== undefined, today),
    };
  });
}

const NO_FILE = () =>
  fail(
    "REPORT.NO_FILE",
    "Tệp báo cáo: không có tệp đã gửi cho báo cáo này / Report file: no file was sent for this report",
  );

/**
 * A sent report's file, for the body itself and the province receiving it (the domain's
 * mayReadSentReport); a body of another province, one that does not owe the report, another body's
 * file and a report sent without a file all answer alike: not found.
 */
export async function readSentReportFile(q: Request, p: SentReportFileParams) {
  const body = (await reportBodies(q.db, provinceOf(q.user), p.year)).find((b) => b.unitId === p.bodyUnitId);
  const kind = kindOf(p.kind);
  if (!body || !mayReadSentReport(q.user.assignments, kind, body)) return NO_FILE();
  const file = await sentReportFile(q.db, p);
  if (!file?.content || !file.file_name) return NO_FILE();
  return { fileName: file.file_name, content: file.content };
}
