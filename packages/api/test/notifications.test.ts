import { NOTIFICATION_KINDS, reminderDue } from "@par/domain";
import { describe, expect, it } from "vitest";
import { produceDeadlineReminders } from "../src/notifications/deadline-sweep";
import { runDeadlineReminders } from "../src/notifications/reminder-job";
import { signIn } from "./helpers/callers";
import { buildScopeFixtures } from "./helpers/inspections";
import { addBinhPhuoc } from "./helpers/second-province";
import { useTestDb } from "./helpers/test-db";

const t = useTestDb();

describe("notifications (issue 9 §8)", () => {
  it("the database accepts exactly the domain's notification kinds (notification_kinds rows)", async () => {
    const rows = await t.trx.selectFrom("notification_kinds").select("kind").orderBy("kind").execute();
    expect(rows.map((r) => r.kind)).toEqual([...NOTIFICATION_KINDS].sort());
  });

  it("deadline reminders: one per recommendation and threshold, the same threshold as the domain's rule, a rerun adds nothing", async () => {
    const fx = await buildScopeFixtures(t.trx);
    // The fixture's recommendation is due 2023-09-30: nothing in June, d7 a week before, d1, overdue after.
    const days = ["2023-06-01", "2023-09-24", "2023-09-29", "2023-10-01"];
    for (const today of days) {
      await produceDeadlineReminders(t.trx, today);
      expect(await produceDeadlineReminders(t.trx, today)).toBe(0);
    }
    const rows = await t.trx
      .selectFrom("notifications")
      .select(["kind", "dedupe_key"])
      .where("dedupe_key", "like", `rec:${fx.recommendation}:%`)
      .orderBy("id")
      .execute();
    const expected = days.map((d) => reminderDue("2023-09-30", d)).filter((x) => x !== null);
    expect(rows.map((r) => r.dedupe_key)).toEqual(expected.map((x) => `rec:${fx.recommendation}:${x}`));
    expect(rows.at(-1)?.kind).toBe("deadline_overdue");
    // The job under its advisory lock adds nothing more the same day (its first run that day also sends
    // the reports' reminders, issue 11 §6; the second sends nothing of either).
    await runDeadlineReminders(t.trx, new Date("2023-10-01T03:00:00Z"));
    expect(await runDeadlineReminders(t.trx, new Date("2023-10-01T03:00:00Z"))).toBe(0);
  });

  it("the district's clerk and head read their units' notifications, with an unread count; another district sees none; reading is per user", async () => {
    const fx = await buildScopeFixtures(t.trx);
    await produceDeadlineReminders(t.trx, "2023-10-01");
    const clerk = (await signIn(t.trx, "ubnd.bienhoa")).caller;
    const head = (await signIn(t.trx, "ld.bienhoa")).caller;
    const other = (await signIn(t.trx, "ubnd.xuanloc")).caller;
    const mine = await clerk.notifications.page({});
    const overdue = mine.items.find((n) => n.kind === "deadline_overdue" && n.dueDate === "2023-09-30");
    expect(overdue).toBeDefined();
    const before = (await clerk.notifications.unreadCount()).unread;
    expect(before).toBeGreaterThan(0);
    const otherIds = (await other.notifications.page({ limit: 200 })).items.map((n) => n.id);
    expect(otherIds).not.toContain(overdue!.id);
    // Another district cannot mark it read for itself either (ignored, not an error).
    expect((await other.notifications.markRead({ ids: [overdue!.id] })).marked).toBe(0);
    await clerk.notifications.markRead({ ids: [overdue!.id] });
    expect((await clerk.notifications.unreadCount()).unread).toBe(before - 1);
    expect((await head.notifications.page({})).items.find((n) => n.id === overdue!.id)?.read).toBe(false);
    expect(fx.recommendation).toBeGreaterThan(0);
  });

  it("a notice and a self-check request reach the unit when an announced inspection is notified; the province's return of a response too", async () => {
    const fx = await buildScopeFixtures(t.trx);
    const clerk = (await signIn(t.trx, "ubnd.bienhoa")).caller;
    const kinds = (await clerk.notifications.page({ limit: 200 })).items.map((n) => n.kind);
    expect(kinds).toContain("notice");
    expect(kinds).toContain("self_check_requested");
    const head = (await signIn(t.trx, "ld.bienhoa")).caller;
    const admin = (await signIn(t.trx, "snv.admin")).caller;
    await clerk.responses.save({ recommendationId: fx.recommendation, response: "Đã cập nhật sổ" });
    await clerk.responses.submit({ recommendationId: fx.recommendation });
    await head.responses.approve({ recommendationId: fx.recommendation });
    await admin.responses.return({ recommendationId: fx.recommendation, comment: "Thiếu minh chứng" });
    const latest = (await clerk.notifications.page({ limit: 1 })).items[0];
    expect(latest).toMatchObject({ kind: "response_returned", link: "/portal/responses", read: false });
  });

  it("the province's own inbox: a response that goes out reaches Sở Nội vụ's verifiers once per sending, with a link to the queue; no unit and no other province reads it", async () => {
    const fx = await buildScopeFixtures(t.trx);
    const id = fx.recommendation;
    const bp = await addBinhPhuoc(t.trx);
    const clerk = (await signIn(t.trx, "ubnd.bienhoa")).caller;
    const head = (await signIn(t.trx, "ld.bienhoa")).caller;
    const admin = (await signIn(t.trx, "snv.admin")).caller;
    const inboxOf = async (name: string) =>
      (await (await signIn(t.trx, name)).caller.notifications.page({})).items.filter(
        (n) => n.kind === "response_submitted",
      );
    const before = (await admin.notifications.unreadCount()).unread;

    await clerk.responses.save({ recommendationId: id, response: "Đã cập nhật sổ hộ tịch" });
    await clerk.responses.submit({ recommendationId: id });
    // Awaiting the head: nothing has gone out, the province hears nothing.
    expect(await inboxOf("snv.admin")).toEqual([]);
    await head.responses.approve({ recommendationId: id });

    const [n, ...more] = await inboxOf("snv.admin");
    expect(more).toEqual([]);
    expect(n).toMatchObject({ link: `/admin/responses?open=${id}`, read: false, dueDate: "2023-09-30" });
    expect(n!.unitName).not.toBe("");
    expect((await admin.notifications.unreadCount()).unread).toBe(before + 1);
    expect((await admin.notifications.page({})).total).toBe(before + 1);
    expect(await inboxOf("vp.ubnd")).toHaveLength(1);
    // The link opens exactly that item in the verification queue.
    expect((await admin.responses.page({ recommendationId: id })).items.map((r) => r.id)).toEqual([id]);
    for (const name of ["ubnd.bienhoa", "ld.bienhoa", "lanhdao", "so.tuphap", "bo.noivu", bp.admin])
      expect(await inboxOf(name), name).toEqual([]);

    // Returned and sent again: a second sending, a second notification; marking read is per user.
    await admin.notifications.markRead({ ids: [n!.id] });
    await admin.responses.return({ recommendationId: id, comment: "Bổ sung ảnh chụp sổ" });
    await clerk.responses.save({ recommendationId: id, response: "Đã bổ sung ảnh" });
    await clerk.responses.submit({ recommendationId: id });
    await (await signIn(t.trx, "ld.bienhoa", new Date(Date.now() + 60_000))).caller.responses.approve({
      recommendationId: id,
    });
    const after = await inboxOf("snv.admin");
    expect(after.map((x) => x.read)).toEqual([false, true]);
    expect((await inboxOf("vp.ubnd")).every((x) => !x.read)).toBe(true);
  });
});
