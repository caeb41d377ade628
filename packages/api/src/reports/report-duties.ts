import {
  kindOf,
  type MarkReportSentInput,
  maySendFor,
  REPORT_KINDS,
  REPORT_PERIOD_LABELS,
  type ReportDutiesInput,
  type ReportKind,
  type ReportPeriod,
  reportDueDates,
  type SaveReportDueDatesInput,
} from "@par/domain";
import { provinceOf } from "../access/province";
import type { Request } from "../access/request";
import { insertAudit } from "../db/audit.repository";
import { decodeCursor, toPage } from "../db/keyset";
import { countSent, dueDateRows, pageBodies } from "../db/report.repository";
import { inTransaction } from "../db/transaction";
import { fail } from "../errors";
import { vietnamDate } from "../time";
import { bodiesOwing } from "./report-bodies";
import { produceReportReminders } from "./report-reminders";

/** reportDuties.summary: each (kind, period) of the year — due date, how many owe it, how many sent. */
export async function dutySummary(q: Request, year: number) {
  const provinceId = provinceOf(q.user);
  const dates = reportDueDates(year, await dueDateRows(q.db, provinceId, year));
  const out = [];
  for (const k of REPORT_KINDS) {
    const bodies = await bodiesOwing(q.db, provinceId, year, k.code);
    const ids = bodies.map((b) => b.unitId);
    for (const period of k.periods) {
      const due = dates.find((d) => d.kind === k.code && d.period === period)!;
      out.push({
        kind: k.code,
        period,
        dueDate: due.dueDate,
        isDefault: due.isDefault,
        owing: ids.length,
        sent: await countSent(q.db, ids, k.code, year, period),
      });
    }
  }
  return out;
}

function periodOf(kind: ReportKind, period: ReportPeriod) {
  if (!(kindOf(kind).periods as readonly string[]).includes(period))
    fail(
      "REPORT.PERIOD",
      `Kỳ báo cáo: "${REPORT_PERIOD_LABELS[period].vi}" không áp dụng cho loại báo cáo này / Report period: "${REPORT_PERIOD_LABELS[period].en}" does not apply to this report kind`,
      "period",
    );
}

/** reportDuties.list: the bodies owing (kind, period), who has not sent first if asked; keyset on name. */
export async function listDuties(q: Request, input: ReportDutiesInput) {
  periodOf(input.kind, input.period);
  const bodies = await bodiesOwing(q.db, provinceOf(q.user), input.year, input.kind);
  const byId = new Map(bodies.map((b) => [b.unitId, b]));
  const def = kindOf(input.kind);
  const after = decodeCursor(input.cursor);
  const rows = await pageBodies(q.db, {
    bodyIds: bodies.map((b) => b.unitId),
    kind: input.kind,
    year: input.year,
    period: input.period,
    unsentOnly: input.unsentOnly ?? false,
    after: after ? { name: String(after.key), id: Number(after.id) } : null,
    limit: input.limit,
  });
  return toPage(
    rows,
    input.limit,
    (r) => [r.name, r.id],
    (r) => ({
      unitId: r.id,
      code: r.code,
      name: r.name,
      sentAt: r.sent_at,
      fileName: r.file_name,
      note: r.note,
      // The domain's decision, the same markSent checks: the screen offers "mark sent" only where it holds.
      maySend: maySendFor(q.user.assignments, def, byId.get(r.id)!),
    }),
  );
}

/**
 * reportDuties.markSent: the body marks its report of (kind, year, period) sent, with the file it sent
 * (optional: a report the system generates is that file). Sending again replaces the record. Audited.
 */
export async function markSent(q: Request, input: MarkReportSentInput) {
  periodOf(input.kind, input.period);
  if ((input.fileName === undefined) !== (input.contentBase64 === undefined))
    fail(
      "REPORT.FILE",
      "Tệp báo cáo: cần cả tên tệp và nội dung / Report file: needs both name and content",
      "fileName",
    );
  const provinceId = provinceOf(q.user);
  const body = (await bodiesOwing(q.db, provinceId, input.year, input.kind)).find(
    (b) => b.unitId === input.bodyUnitId,
  );
  if (!body)
    fail(
      "REPORT.NOT_OWED",
      "Cơ quan báo cáo: không phải gửi loại báo cáo này / Reporting body: does not owe this report",
      "bodyUnitId",
    );
  if (!maySendFor(q.user.assignments, kindOf(input.kind), body))
    fail(
      "ACCESS.OUT_OF_SCOPE",
      "Chỉ chính cơ quan báo cáo được đánh dấu đã gửi / Only the reporting body marks its report sent",
    );
  const content = input.contentBase64 ? Buffer.from(input.contentBase64, "base64") : null;
  return inTransaction(q.db, async (trx) => {
    const before = await trx
      .selectFrom("report_sent")
      .select(["sent_at", "file_name", "note"])
      .where("body_unit_id", "=", body.unitId)
      .where("kind", "=", input.kind)
      .where("year", "=", input.year)
      .where("period", "=", input.period)
      .executeTakeFirst();
    const values = {
      sent_at: q.now,
      sent_by: q.user.userId,
      note: input.note ?? "",
      file_name: input.fileName ?? null,
      content,
    };
    await trx
      .insertInto("report_sent")
      .values({
        province_id: provinceId,
        body_unit_id: body.unitId,
        year: input.year,
        kind: input.kind,
        period: input.period,
        ...values,
      })
      .onConflict((oc) => oc.columns(["body_unit_id", "kind", "year", "period"]).doUpdateSet(values))
      .execute();
    const after = {
      kind: input.kind,
      year: input.year,
      period: input.period,
      fileName: values.file_name,
      note: values.note,
      bytes: content?.length ?? 0,
    };
    await insertAudit(trx, q.actor, {
      action: "report.sent",
      entity: "report_sent",
      entityId: `${body.unitId}:${input.kind}:${input.year}:${input.period}`,
      unitId: body.unitId,
      before: before ?? null,
      after,
    });
    return { bodyUnitId: body.unitId, sentAt: q.now, ...after };
  });
}

/**
 * reportDuties.saveDueDates: Sở Nội vụ sets the year's due dates (those not given keep theirs), and the
 * province's report reminders the new dates call for go out in the same transaction.
 */
export async function saveDueDates(q: Request, input: SaveReportDueDatesInput) {
  const provinceId = provinceOf(q.user);
  for (const d of input.dueDates) periodOf(d.kind, d.period);
  return inTransaction(q.db, async (trx) => {
    const before = await dueDateRows(trx, provinceId, input.year);
    for (const d of input.dueDates)
      await trx
        .insertInto("report_due_dates")
        .values({
          province_id: provinceId,
          year: input.year,
          kind: d.kind,
          period: d.period,
          due_date: d.dueDate,
        })
        .onConflict((oc) =>
          oc.columns(["province_id", "year", "kind", "period"]).doUpdateSet({ due_date: d.dueDate }),
        )
        .execute();
    // A due date brought into the reminder window reminds its bodies at once (the hourly job would,
    // within the hour; the dedupe keys keep the two from reminding twice).
    await produceReportReminders(trx, vietnamDate(q.now), { onlyProvinceId: provinceId });
    await insertAudit(trx, q.actor, {
      action: "report_due_dates.save",
      entity: "report_due_dates",
      entityId: input.year,
      unitId: provinceId,
      before,
      after: input.dueDates,
    });
    return reportDueDates(input.year, await dueDateRows(trx, provinceId, input.year));
  });
}
