import { describe, expect, it } from "vitest";
import { hashPassword } from "../src/auth/password";
import { readdressOfficeReminders } from "../src/db/migrations/2026_12_02_0301_office_report_reminders";
import { insertUser } from "../src/db/user.repository";
import { type MailSender, runEmailOutbox } from "../src/notifications/email-outbox";
import { runDeadlineReminders } from "../src/notifications/reminder-job";
import { DEMO_PASSWORD, signIn } from "./helpers/callers";
import { addBinhPhuoc } from "./helpers/second-province";
import { useTestDb } from "./helpers/test-db";
import { unitIdByCode } from "./helpers/units";

const t = useTestDb();

// 14/12/2023: Văn phòng UBND tỉnh's TTHC-control report (IV.2, due 20/12 by default) is within a week.
const DEC_14 = new Date("2023-12-14T03:00:00Z");
const DEC_19 = new Date("2023-12-19T03:00:00Z");
const SUBJECT =
  "Báo cáo kết quả kiểm tra công tác kiểm soát TTHC – Năm 2023 (gửi Chủ tịch UBND tỉnh, Văn phòng Chính phủ)";

/** The office's reminders as `who` reads them, through the inbox procedure the admin app calls. */
async function officeReminders(who: string, now = DEC_14) {
  const { caller } = await signIn(t.trx, who, now);
  return (await caller.notifications.page({ limit: 200 })).items.filter(
    (n) => n.kind === "office_report_due",
  );
}

const officeRows = () =>
  t.trx
    .selectFrom("notifications")
    .select(["id", "kind", "for_role", "dedupe_key"])
    .where("dedupe_key", "like", "report:tthc_control:%")
    .orderBy("id")
    .execute();

describe("Văn phòng UBND tỉnh's report reminders reach the accounts that send it (issue 11 §6 follow-up)", () => {
  it("the job puts the reminder in vp.ubnd's inbox, not in a district's, Sở Nội vụ's or another province's; a rerun adds nothing", async () => {
    await runDeadlineReminders(t.trx, DEC_14);
    const [n, ...more] = await officeReminders("vp.ubnd");
    expect(more).toEqual([]);
    expect(n).toMatchObject({
      unitName: "Văn phòng UBND tỉnh",
      dueDate: "2023-12-20",
      // The admin page opens on this report, where the office marks it sent.
      link: "/admin/report-duties?year=2023&kind=tthc_control&period=year",
      subject: SUBJECT,
      read: false,
    });
    const { caller: vp } = await signIn(t.trx, "vp.ubnd", DEC_14);
    const unread = (await vp.notifications.unreadCount()).unread;
    expect(unread).toBeGreaterThan(0);
    expect(await vp.notifications.markRead({ ids: [n!.id] })).toEqual({ marked: 1 });
    expect((await vp.notifications.unreadCount()).unread).toBe(unread - 1);

    const bp = await addBinhPhuoc(t.trx);
    await insertUser(t.trx, {
      username: "bp.vp.ubnd",
      displayName: "Văn phòng UBND tỉnh Bình Phước",
      passwordHash: await hashPassword(DEMO_PASSWORD),
      provinceId: bp.provinceId,
      roles: [{ role: "province_office", unitId: null }],
    });
    for (const who of [
      "ubnd.xuanloc",
      "ld.xuanloc",
      "so.tuphap",
      "snv.admin",
      "lanhdao",
      "bo.noivu",
      "bp.vp.ubnd",
    ]) {
      expect(await officeReminders(who), who).toEqual([]);
      // Nor can they mark it read (ignored, as any notification outside one's inbox).
      const { caller } = await signIn(t.trx, who, DEC_14);
      expect((await caller.notifications.markRead({ ids: [n!.id] })).marked, who).toBe(0);
    }
    // Nothing about it is left in the office unit's inbox: the one row is addressed to the role.
    expect(await officeRows()).toEqual([
      expect.objectContaining({ kind: "office_report_due", for_role: "province_office" }),
    ]);
    await runDeadlineReminders(t.trx, new Date("2023-12-14T09:00:00Z"));
    expect(await officeRows()).toHaveLength(1);
  });

  it("unsent, the next threshold reminds again (d1 on 19/12)", async () => {
    await runDeadlineReminders(t.trx, DEC_14);
    await runDeadlineReminders(t.trx, DEC_19);
    expect((await officeReminders("vp.ubnd", DEC_19)).map((n) => n.subject)).toEqual([SUBJECT, SUBJECT]);
    expect((await officeRows()).map((r) => r.dedupe_key?.split(":").at(-1))).toEqual(["d7", "d1"]);
  });

  it("the office's own sending stops further reminders", async () => {
    await runDeadlineReminders(t.trx, DEC_14);
    const { caller: vp } = await signIn(t.trx, "vp.ubnd", DEC_14);
    await vp.reportDuties.markSent({
      year: 2023,
      kind: "tthc_control",
      period: "year",
      bodyUnitId: await unitIdByCode(t.trx, "VPUBND"),
    });
    await runDeadlineReminders(t.trx, DEC_19);
    await runDeadlineReminders(t.trx, new Date("2023-12-22T03:00:00Z"));
    expect((await officeRows()).map((r) => r.dedupe_key?.split(":").at(-1))).toEqual(["d7"]);
    expect(await officeReminders("vp.ubnd", DEC_19)).toHaveLength(1);
  });

  it("Sở Nội vụ bringing the office's due date into the week reminds the office at once, not within the hour", async () => {
    const nov20 = new Date("2023-11-20T03:00:00Z");
    expect(await officeReminders("vp.ubnd", nov20)).toEqual([]);
    const { caller: admin } = await signIn(t.trx, "snv.admin", nov20);
    await admin.reportDuties.saveDueDates({
      year: 2023,
      dueDates: [{ kind: "tthc_control", period: "year", dueDate: "2023-11-24" }],
    });
    const [n, ...more] = await officeReminders("vp.ubnd", nov20);
    expect(more).toEqual([]);
    expect(n).toMatchObject({ dueDate: "2023-11-24", subject: SUBJECT });
    // The hourly job after it meets the same key.
    await runDeadlineReminders(t.trx, new Date("2023-11-20T04:00:00Z"));
    expect(await officeRows()).toHaveLength(1);
  });

  it("a reminder written under the old addressing (the office unit's inbox) is moved to vp.ubnd's, not sent again", async () => {
    const office = await unitIdByCode(t.trx, "VPUBND");
    const dedupeKey = `report:tthc_control:2023:year:${office}:d7`;
    // As the job wrote it before migration 2026_12_02_0301, already fanned out to e-mail.
    const old = await t.trx
      .insertInto("notifications")
      .values({
        unit_id: office,
        kind: "report_due",
        subject: SUBJECT,
        due_date: "2023-12-20",
        link: "/portal/reports",
        dedupe_key: dedupeKey,
        mailed_at: DEC_14,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    expect(await officeReminders("vp.ubnd")).toEqual([]);
    expect(await readdressOfficeReminders(t.trx)).toBe(1);
    expect(await readdressOfficeReminders(t.trx)).toBe(0);
    expect((await officeReminders("vp.ubnd")).map((n) => n.id)).toEqual([old.id]);
    // The job's run the same day meets the same dedupe key: no second d7.
    await runDeadlineReminders(t.trx, DEC_14);
    expect((await officeRows()).map((r) => r.id)).toEqual([old.id]);
  });

  it("the e-mail outbox mails it to the office's accounts with an address, and to no district", async () => {
    // Earlier rows were there before e-mail was on: only what the job writes now is mailed.
    await t.trx.updateTable("notifications").set({ mailed_at: new Date() }).execute();
    await t.trx
      .updateTable("users")
      .set({ email: "ksthc@vpubnd.dongnai.gov.vn" })
      .where("username", "=", "vp.ubnd")
      .execute();
    await t.trx
      .updateTable("users")
      .set({ email: "vanthu@xuanloc.dongnai.gov.vn" })
      .where("username", "=", "ubnd.xuanloc")
      .execute();
    const since = new Date(Date.now() - 60_000);
    await runDeadlineReminders(t.trx, DEC_14);
    const sent: { to: string; subject: string; text: string }[] = [];
    const sender: MailSender = { sendMail: async (m) => void sent.push(m) };
    const cfg = { from: "PAR Inspect <no-reply@par.test>", baseUrl: "http://par.test", batch: 500 };
    await runEmailOutbox(t.trx, sender, cfg, new Date(), since);
    const office = sent.filter((m) => m.subject.includes("Văn phòng UBND tỉnh:"));
    expect(office.map((m) => m.to)).toEqual(["ksthc@vpubnd.dongnai.gov.vn"]);
    expect(office[0]!.subject).toBe(`[PAR Inspect] Nhắc hạn gửi báo cáo của Văn phòng UBND tỉnh: ${SUBJECT}`);
    expect(office[0]!.text).toContain(
      "http://par.test/admin/report-duties?year=2023&kind=tthc_control&period=year",
    );
    expect(office[0]!.text).toContain("Ngày: 20/12/2023");
    // Xuân Lộc's clerk is mailed its own reminders (its CCHC sections), never the office's.
    expect(sent.some((m) => m.to === "vanthu@xuanloc.dongnai.gov.vn")).toBe(true);
    expect(
      sent.filter((m) => m.to === "vanthu@xuanloc.dongnai.gov.vn" && m.text.includes("kiểm soát TTHC")),
    ).toEqual([]);
  });
});
