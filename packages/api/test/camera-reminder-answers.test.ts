import type { FastifyInstance } from "fastify";
import { afterEach, describe, expect, it } from "vitest";
import { signIn } from "./helpers/callers";
import { failureOf } from "./helpers/expect-error";
import { cookieFor, multipart, pngBytes, serverOn } from "./helpers/http";
import { useTestDb } from "./helpers/test-db";
import { unitIdByCode } from "./helpers/units";

const t = useTestDb();
let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** A violation on Biên Hòa's first counter: the reminder it raised, as Biên Hòa's clerk lists it. */
async function bienHoaReminder() {
  const { caller: reviewer } = await signIn(t.trx, "camera.1");
  const shop = await unitIdByCode(t.trx, "731");
  const counter = (await reviewer.camera.counters({ shopUnitId: shop })).items[0]!;
  const saved = await reviewer.camera.saveReview({
    clientId: crypto.randomUUID(),
    counterId: counter.id,
    watchedFrom: new Date("2023-06-01T01:40:00Z"),
    watchedTo: new Date("2023-06-01T01:50:00Z"),
    items: ["personal_phone"],
    severity: "minor",
    verdict: "violation",
    note: "Dùng điện thoại khi có người chờ",
  });
  const { caller: clerk } = await signIn(t.trx, "ubnd.bienhoa");
  const reminder = (await clerk.camera.reminders({})).items.find((r) => r.reviewId === saved.review.id)!;
  return { reviewer, clerk, reminder };
}

describe("a camera reminder answered like a recommendation (issue 10 §7)", () => {
  it("clerk answers, head approves, reviewer returns with a comment, answered again, Sở Nội vụ accepts", async () => {
    const { reviewer, clerk, reminder } = await bienHoaReminder();
    expect(reminder).toMatchObject({
      status: "open",
      reviewState: "draft",
      started: false,
      steps: ["save", "submit"],
    });
    const { caller: head } = await signIn(t.trx, "ld.bienhoa");
    const { caller: admin } = await signIn(t.trx, "snv.admin");
    const id = { reminderId: reminder.id };

    // Submitting an empty answer names the field in words.
    const empty = await failureOf(clerk.camera.reminderSubmit(id));
    expect(empty.message).toContain("Nội dung trả lời");

    await clerk.camera.reminderSave({ ...id, response: "Đã nhắc công chức, bố trí tủ gửi điện thoại" });
    const submitted = await clerk.camera.reminderSubmit(id);
    expect(submitted).toMatchObject({ reviewState: "submitted", status: "open", steps: [] });
    // Nothing reached the province yet: the reviewer cannot act, the head sees approve/send back.
    expect((await failureOf(reviewer.camera.reminderAccept(id))).code).toBe("CONFLICT");
    const headView = (await head.camera.reminders({})).items.find((r) => r.id === reminder.id)!;
    expect(headView.steps).toEqual(["approve", "send_back"]);
    expect((await head.camera.reminderApprove(id)).status).toBe("answered");

    const returned = await reviewer.camera.reminderReturn({
      ...id,
      comment: "Chưa có ảnh minh chứng việc bố trí tủ",
    });
    expect(returned).toMatchObject({ reviewState: "returned", status: "open" });
    expect(returned.comments.map((c) => [c.by, c.text])).toEqual([
      ["verifier", "Chưa có ảnh minh chứng việc bố trí tủ"],
    ]);
    const inbox = await t.trx
      .selectFrom("notifications")
      .select(["kind", "link"])
      .where("unit_id", "=", reminder.unitId)
      .where("kind", "=", "response_returned")
      .execute();
    expect(inbox).toEqual([{ kind: "response_returned", link: "/portal/camera-reminders" }]);

    await clerk.camera.reminderSave({ ...id, response: "Đã bố trí tủ gửi điện thoại, kèm ảnh" });
    await clerk.camera.reminderSubmit(id);
    await head.camera.reminderApprove(id);
    const accepted = await admin.camera.reminderAccept(id);
    expect(accepted).toMatchObject({ reviewState: "accepted", status: "accepted", steps: [] });

    const audit = await t.trx
      .selectFrom("audit_log")
      .select("action")
      .where("entity", "=", "camera_reminder")
      .where("entity_id", "=", String(reminder.id))
      .orderBy("id")
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      "camera.reminder.create",
      "save",
      "submit",
      "approve",
      "return",
      "save",
      "submit",
      "approve",
      "accept",
    ]);
  });

  it("another unit's clerk gets not found; the head cannot write the answer; a return needs a comment", async () => {
    const { clerk, reminder } = await bienHoaReminder();
    const { caller: other } = await signIn(t.trx, "ubnd.xuanloc");
    const f = await failureOf(
      other.camera.reminderSave({ reminderId: reminder.id, response: "Trả lời thử" }),
    );
    expect(f.code).toBe("NOT_FOUND");
    expect(f.message).toBe("Không tìm thấy nhắc nhở / Reminder not found");
    const { caller: head } = await signIn(t.trx, "ld.bienhoa");
    const h = await failureOf(head.camera.reminderSave({ reminderId: reminder.id, response: "Trả lời thử" }));
    expect(h.code).toBe("FORBIDDEN");
    await clerk.camera.reminderSave({ reminderId: reminder.id, response: "Trả lời thử" });
    await clerk.camera.reminderSubmit({ reminderId: reminder.id });
    const noComment = await failureOf(head.camera.reminderSendBack({ reminderId: reminder.id, comment: "" }));
    expect(noComment.message).toContain("Ý kiến: ít nhất 3 ký tự / Comments: at least 3 characters");
  });

  it("evidence files: the clerk uploads while a draft; its unit and the reviewers open it, other units get 404", async () => {
    const { clerk, reminder } = await bienHoaReminder();
    app = await serverOn(t.trx);
    const bienhoa = await cookieFor(app, "ubnd.bienhoa");
    const body = multipart("tu-dien-thoai.png", "image/png", pngBytes());
    const up = await app.inject({
      method: "POST",
      url: `/files/camera/reminder-files?reminderId=${reminder.id}`,
      headers: { cookie: bienhoa, ...body.headers },
      payload: body.payload,
    });
    expect(up.statusCode, up.body).toBe(201);
    const file = up.json().file as { id: string; url: string };
    const listed = (await clerk.camera.reminders({})).items.find((r) => r.id === reminder.id)!;
    expect(listed.files.map((f) => f.fileName)).toEqual(["tu-dien-thoai.png"]);
    for (const [who, status] of [
      ["ubnd.bienhoa", 200],
      ["ld.bienhoa", 200],
      ["camera.1", 200],
      ["snv.admin", 200],
      ["ubnd.xuanloc", 404],
    ] as const) {
      const res = await app.inject({
        method: "GET",
        url: file.url,
        headers: { cookie: await cookieFor(app, who) },
      });
      expect(res.statusCode, who).toBe(status);
      if (status === 200) expect(res.headers["content-type"]).toBe("image/png");
    }
    // Once submitted, the answer is locked for the clerk: no more files.
    await clerk.camera.reminderSave({ reminderId: reminder.id, response: "Đã bố trí tủ gửi điện thoại" });
    await clerk.camera.reminderSubmit({ reminderId: reminder.id });
    const late = await app.inject({
      method: "POST",
      url: `/files/camera/reminder-files?reminderId=${reminder.id}`,
      headers: { cookie: bienhoa, ...body.headers },
      payload: body.payload,
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.message).toContain("Chờ lãnh đạo duyệt");
  });
});
