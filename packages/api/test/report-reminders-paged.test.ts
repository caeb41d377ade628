import { kindOf, owes, REMINDER_HORIZON_DAYS, REPORT_KINDS, reminderDue, reportDueDates } from "@par/domain";
import { describe, expect, it } from "vitest";
import { dueDateRows } from "../src/db/report.repository";
import { reportBodies } from "../src/reports/report-bodies";
import { produceReportReminders } from "../src/reports/report-reminders";
import { addBinhPhuoc } from "./helpers/second-province";
import { useTestDb } from "./helpers/test-db";

const t = useTestDb();
const TODAY = "2023-06-14";
const YEAR = 2023;
const noPause = async () => {};
const horizonEnd = new Date(Date.parse(`${TODAY}T00:00:00Z`) + REMINDER_HORIZON_DAYS * 86_400_000)
  .toISOString()
  .slice(0, 10);

/** What the domain expects, province by province as the screens read it: every owing body, every due report not sent. */
async function expectedKeys(provinceIds: readonly number[]) {
  const sent = new Set(
    (
      await t.trx
        .selectFrom("report_sent")
        .select(["body_unit_id", "kind", "period"])
        .where("year", "=", YEAR)
        .execute()
    ).map((s) => `${s.body_unit_id}|${s.kind}|${s.period}`),
  );
  const keys: string[] = [];
  for (const provinceId of provinceIds) {
    const dates = reportDueDates(YEAR, await dueDateRows(t.trx, provinceId, YEAR));
    for (const body of await reportBodies(t.trx, provinceId, YEAR))
      for (const d of dates) {
        const threshold = reminderDue(d.dueDate, TODAY);
        if (threshold === null || d.dueDate > horizonEnd || !owes(kindOf(d.kind), body)) continue;
        if (sent.has(`${body.unitId}|${d.kind}|${d.period}`)) continue;
        keys.push(`report:${d.kind}:${YEAR}:${d.period}:${body.unitId}:${threshold}`);
      }
  }
  return keys.sort();
}

describe("the report reminders, in keyset pages of the country's bodies (issue 8 for background jobs)", () => {
  it("over two provinces with their own due dates and pages smaller than a province, it queues exactly the domain's reminders, none for a report sent; a rerun inserts nothing", async () => {
    const dongNai = (
      await t.trx.selectFrom("org_units").select("id").where("code", "=", "75").executeTakeFirstOrThrow()
    ).id;
    const bp = await addBinhPhuoc(t.trx);
    // Bình Phước moves the half-year CCHC section to 20/06 (within the week); Đồng Nai keeps 15/06.
    await t.trx
      .insertInto("report_due_dates")
      .values({
        province_id: bp.provinceId,
        year: YEAR,
        kind: "unit_cchc_section",
        period: "q2",
        due_date: "2023-06-20",
      })
      .execute();
    // One district of each province already sent its q1 section: no reminder for it.
    const sentBy = [
      bp.ids["689"]!,
      (await reportBodies(t.trx, dongNai, YEAR)).find((b) => b.kind === "district")!.unitId,
    ];
    for (const body of sentBy)
      await t.trx
        .insertInto("report_sent")
        .values({
          province_id: body === sentBy[0] ? bp.provinceId : dongNai,
          body_unit_id: body,
          year: YEAR,
          kind: "unit_cchc_section",
          period: "q1",
          sent_at: new Date("2023-03-14T03:00:00Z"),
        })
        .execute();
    const expected = await expectedKeys([dongNai, bp.provinceId]);
    expect(
      expected.some(
        (k) => k.startsWith("report:unit_cchc_section:2023:q2:") && k.endsWith(`:${bp.ids["689"]}:d7`),
      ),
    ).toBe(true);
    for (const body of sentBy)
      expect(expected).not.toContain(`report:unit_cchc_section:2023:q1:${body}:overdue`);
    // …while a district that did not send is reminded of it.
    expect(expected).toContain(`report:unit_cchc_section:2023:q1:${bp.ids["690"]}:overdue`);

    let pages = 0;
    const queued = await produceReportReminders(t.trx, TODAY, {
      page: 4,
      pause: async () => {
        pages++;
      },
    });
    expect(pages).toBeGreaterThan(2);
    const rows = await t.trx
      .selectFrom("notifications")
      .select(["dedupe_key", "kind", "link"])
      .where("dedupe_key", "like", "report:%")
      .execute();
    expect(rows.map((r) => r.dedupe_key!).sort()).toEqual(expected);
    expect(queued).toBe(expected.length);
    // The kinds follow the domain: Sở Nội vụ's own report to the province's inbox, the others to the body.
    for (const r of rows) {
      const kind = REPORT_KINDS.find((k) => r.dedupe_key!.startsWith(`report:${k.code}:`))!;
      expect(r.kind).toBe(
        "leadBodyKind" in kind.body && kind.body.leadBodyKind === "home_affairs"
          ? "province_report_due"
          : "report_due",
      );
    }

    expect(await produceReportReminders(t.trx, TODAY, { page: 3, pause: noPause })).toBe(0);
    expect(await produceReportReminders(t.trx, TODAY)).toBe(0);
  });
});
