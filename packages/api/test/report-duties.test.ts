import { describe, expect, it } from "vitest";
import { runDeadlineReminders } from "../src/notifications/reminder-job";
import { signIn } from "./helpers/callers";
import { factsOf } from "./helpers/expect-error";
import { useTestDb } from "./helpers/test-db";
import { unitIdByCode } from "./helpers/units";

const t = useTestDb();

async function refusal(p: Promise<unknown>) {
  try {
    await p;
  } catch (error) {
    return factsOf(error);
  }
  throw new Error("expected a refusal");
}

describe("the reports each body owes (issue 11 §6)", () => {
  it("the summary counts who owes each report and who sent; the list shows who has not sent", async () => {
    const { caller: admin } = await signIn(t.trx, "snv.admin");
    const summary = await admin.reportDuties.summary({ year: 2023 });
    const districts = summary.find((s) => s.kind === "unit_cchc_section" && s.period === "year")!;
    expect(districts).toMatchObject({ dueDate: "2023-12-15", isDefault: true, sent: 0 });
    expect(districts.owing).toBeGreaterThanOrEqual(11 + 15); // 11 districts and the departments
    expect(summary.find((s) => s.kind === "province_results")).toMatchObject({ owing: 1, sent: 0 });
    expect(summary.find((s) => s.kind === "tthc_control")).toMatchObject({ owing: 1 });
    expect(summary.find((s) => s.kind === "sector_field")!.owing).toBe(7);

    const { caller: clerk } = await signIn(t.trx, "ubnd.xuanloc");
    const xuanLoc = await unitIdByCode(t.trx, "741");
    await clerk.reportDuties.markSent({
      year: 2023,
      kind: "unit_cchc_section",
      period: "year",
      bodyUnitId: xuanLoc,
      fileName: "bao-cao.pdf",
      contentBase64: Buffer.from("%PDF-1.4 báo cáo").toString("base64"),
    });
    const unsent = await admin.reportDuties.list({
      year: 2023,
      kind: "unit_cchc_section",
      period: "year",
      unsentOnly: true,
      limit: 200,
    });
    expect(unsent.items.map((u) => u.code)).not.toContain("741");
    expect(unsent.items.map((u) => u.code)).toContain("731");
    const all = await admin.reportDuties.list({
      year: 2023,
      kind: "unit_cchc_section",
      period: "year",
      limit: 5,
    });
    expect(all.items).toHaveLength(5);
    expect(all.nextCursor).not.toBeNull();
    expect(
      (await admin.reportDuties.summary({ year: 2023 })).find(
        (s) => s.kind === "unit_cchc_section" && s.period === "year",
      )!.sent,
    ).toBe(1);
    const audit = await t.trx
      .selectFrom("audit_log")
      .select("action")
      .where("action", "=", "report.sent")
      .execute();
    expect(audit).toHaveLength(1);
  });

  it("only the body itself marks its report sent; a period the kind lacks is refused by name", async () => {
    const { caller: bienHoa } = await signIn(t.trx, "ubnd.bienhoa");
    const xuanLoc = await unitIdByCode(t.trx, "741");
    const other = await refusal(
      bienHoa.reportDuties.markSent({
        year: 2023,
        kind: "unit_cchc_section",
        period: "year",
        bodyUnitId: xuanLoc,
      }),
    );
    expect(other.code).toBe("FORBIDDEN");
    const { caller: admin } = await signIn(t.trx, "snv.admin");
    const snv = await unitIdByCode(t.trx, "SNV");
    const period = await refusal(
      admin.reportDuties.markSent({ year: 2023, kind: "province_results", period: "q1", bodyUnitId: snv }),
    );
    expect(period.fieldErrors.period?.[0]).toBe(
      'Kỳ báo cáo: "Quý I" không áp dụng cho loại báo cáo này / Report period: "Q1" does not apply to this report kind',
    );
    const sent = await admin.reportDuties.markSent({
      year: 2023,
      kind: "province_results",
      period: "year",
      bodyUnitId: snv,
    });
    expect(sent.fileName).toBeNull();
    // Each row carries the domain's decision (maySendFor), so the screen offers "mark sent" where it holds.
    const decisions = async (caller: typeof admin, kind: "province_results" | "unit_cchc_section") =>
      (await caller.reportDuties.list({ year: 2023, kind, period: "year", limit: 200 })).items.map(
        (b) => [b.code, b.maySend] as const,
      );
    expect(await decisions(admin, "province_results")).toEqual([["SNV", true]]);
    expect((await decisions(admin, "unit_cchc_section")).filter(([, may]) => may)).toEqual([]);
    const { caller: vp } = await signIn(t.trx, "vp.ubnd");
    expect(await decisions(vp, "province_results")).toEqual([["SNV", false]]);
    expect(
      (
        await refusal(
          vp.reportDuties.markSent({ year: 2023, kind: "province_results", period: "year", bodyUnitId: snv }),
        )
      ).code,
    ).toBe("FORBIDDEN");
  });

  it("the province sets the year's due dates; the hourly job reminds each body that has not sent, once per threshold", async () => {
    const { caller: admin } = await signIn(t.trx, "snv.admin");
    const dates = await admin.reportDuties.saveDueDates({
      year: 2023,
      dueDates: [{ kind: "unit_cchc_section", period: "q2", dueDate: "2023-06-20" }],
    });
    expect(dates.find((d) => d.kind === "unit_cchc_section" && d.period === "q2")).toMatchObject({
      dueDate: "2023-06-20",
      isDefault: false,
    });
    // 14/06: q1 (15/03) is long past — its overdue reminder goes out once; q2 is within a week.
    await runDeadlineReminders(t.trx, new Date("2023-06-14T03:00:00Z"));
    expect(await runDeadlineReminders(t.trx, new Date("2023-06-14T05:00:00Z"))).toBe(0);
    const { caller: clerk } = await signIn(t.trx, "ubnd.xuanloc");
    const inbox = (await clerk.notifications.page({ limit: 200 })).items.filter(
      (n) => n.kind === "report_due",
    );
    expect(inbox.map((n) => n.dueDate).sort()).toEqual(["2023-03-15", "2023-06-20"]);
    expect(inbox.find((n) => n.dueDate === "2023-06-20")!.subject).toBe(
      "Báo cáo CCHC – phần kết quả tự kiểm tra – 6 tháng 2023 (gửi UBND tỉnh (qua Văn phòng UBND tỉnh và Sở Nội vụ))",
    );
    // Once sent, no further reminder of that report (d1 on 19/06).
    await clerk.reportDuties.markSent({
      year: 2023,
      kind: "unit_cchc_section",
      period: "q2",
      bodyUnitId: await unitIdByCode(t.trx, "741"),
    });
    await runDeadlineReminders(t.trx, new Date("2023-06-19T03:00:00Z"));
    const after = (await clerk.notifications.page({ limit: 200 })).items.filter(
      (n) => n.kind === "report_due",
    );
    expect(after).toHaveLength(2);
  });

  it("Sở Nội vụ's own report is reminded in the province's inbox, to the accounts that send it; a sector department's in its own", async () => {
    // 14/12: the province's report (due 20/12) is within a week; the field reports (10/12) are overdue.
    await runDeadlineReminders(t.trx, new Date("2023-12-14T03:00:00Z"));
    const inboxOf = async (who: string) => {
      const { caller } = await signIn(t.trx, who, new Date("2023-12-14T04:00:00Z"));
      return (await caller.notifications.page({ limit: 200 })).items;
    };
    const snv = (await inboxOf("snv.admin")).filter((n) => n.kind === "province_report_due");
    expect(snv).toHaveLength(1);
    expect(snv[0]).toMatchObject({
      dueDate: "2023-12-20",
      link: "/admin/report-duties?year=2023&kind=province_results&period=year",
      subject: "Báo cáo kết quả kiểm tra CCHC – Năm 2023 (gửi Chủ tịch UBND tỉnh, Bộ Nội vụ)",
    });
    // The office, the leadership and a sector department do not send it: not in their inboxes.
    for (const who of ["vp.ubnd", "lanhdao", "so.tuphap", "ubnd.bienhoa"])
      expect(
        (await inboxOf(who)).filter((n) => n.kind === "province_report_due"),
        who,
      ).toEqual([]);
    // Nothing about it is left in a unit's inbox.
    const unitRows = await t.trx
      .selectFrom("notifications")
      .select("kind")
      .where("dedupe_key", "like", "report:province_results:%")
      .execute();
    expect(unitRows.map((r) => r.kind)).toEqual(["province_report_due"]);
    const field = (await inboxOf("so.tuphap")).filter(
      (n) => n.kind === "report_due" && n.subject.includes("trong lĩnh vực"),
    );
    expect(field.map((n) => n.link)).toEqual(["/portal/reports"]);
    // Once Sở Nội vụ marks it sent, no further reminder (d1 on 19/12).
    const { caller: admin } = await signIn(t.trx, "snv.admin");
    await admin.reportDuties.markSent({
      year: 2023,
      kind: "province_results",
      period: "year",
      bodyUnitId: await unitIdByCode(t.trx, "SNV"),
    });
    await runDeadlineReminders(t.trx, new Date("2023-12-19T03:00:00Z"));
    expect((await inboxOf("snv.admin")).filter((n) => n.kind === "province_report_due")).toHaveLength(1);
  });
});
