import { describe, expect, it } from "vitest";
import { signIn } from "./helpers/callers";
import { failureOf } from "./helpers/expect-error";
import { adminWith2023Plan, announcedInput, JUNE, onDay } from "./helpers/inspections";
import { useTestDb } from "./helpers/test-db";

const t = useTestDb();

/** An announced inspection of Phường Hố Nai (Biên Hòa), notified; a surprise of Trảng Dài, scheduled. */
async function setup() {
  const { admin, plan } = await adminWith2023Plan(t.trx);
  const announced = await admin.inspections.create({
    ...(await announcedInput(t.trx, plan.id, "26002")),
    areas: ["1"],
  });
  await admin.inspections.schedule({ id: announced.inspection.id });
  await admin.inspections.notify({ id: announced.inspection.id });
  const surprise = await admin.inspections.create({
    ...(await announcedInput(t.trx, plan.id, "25993")),
    form: "surprise",
    noticeDate: null,
  });
  await admin.inspections.schedule({ id: surprise.inspection.id });
  await admin.plans.approve({ year: 2023, number: "284/KH-UBND", issuedDate: "2022-12-29" });
  return { admin, announcedId: announced.inspection.id, surpriseId: surprise.inspection.id };
}

describe("self-check report before an announced visit (issue 9 §3)", () => {
  it("the clerk rates every item with evidence or a justification, the head approves, the team returns per item, then accepts", async () => {
    const { admin, announcedId } = await setup();
    const clerk = (await signIn(t.trx, "ubnd.bienhoa")).caller;
    const head = (await signIn(t.trx, "ld.bienhoa")).caller;

    const blank = await clerk.selfChecks.get({ inspectionId: announcedId });
    expect(blank).toMatchObject({
      applies: true,
      writable: true,
      state: "draft",
      started: false,
      steps: ["save", "submit"],
    });
    const codes = blank.checklist.map((c) => c.code);
    expect(codes.length).toBeGreaterThan(1);

    // One item left out: the submit names what is missing, in words, both languages.
    await clerk.selfChecks.save({
      inspectionId: announcedId,
      items: codes
        .slice(1)
        .map((c) => ({ itemCode: c, rating: "dat", justification: "Đã ban hành quy chế" })),
    });
    const missing = await failureOf(clerk.selfChecks.submit({ inspectionId: announcedId }));
    expect(missing).toMatchObject({ code: "BAD_REQUEST", domainCode: "SELF_CHECK.INCOMPLETE" });
    expect(missing.message).toContain(codes[0]!);
    expect(missing.message).toMatch(/^Đánh giá: .* \/ Ratings: /);

    const full = codes.map((c) => ({
      itemCode: c,
      rating: "dat" as const,
      note: "Tự kiểm tra",
      justification: "Đã ban hành quy chế",
    }));
    await clerk.selfChecks.save({ inspectionId: announcedId, items: full });
    expect((await clerk.selfChecks.submit({ inspectionId: announcedId })).state).toBe("submitted");
    expect(await failureOf(clerk.selfChecks.save({ inspectionId: announcedId, items: full }))).toMatchObject({
      domainCode: "REVIEW.TRANSITION_INVALID",
    });
    // Until the head sends it, the team sees the state but none of the unit's ratings or files.
    const early = await admin.selfChecks.get({ inspectionId: announcedId });
    expect(early.state).toBe("submitted");
    expect(early.items).toEqual([]);
    expect(early.evidence).toEqual([]);
    expect((await head.selfChecks.approve({ inspectionId: announcedId })).state).toBe("approved");

    // The team sees it beside its own checklist and returns it with a comment on one item.
    const seen = await admin.selfChecks.get({ inspectionId: announcedId });
    expect(seen.items).toHaveLength(codes.length);
    expect(seen.steps).toEqual(["return", "accept"]);
    const returned = await admin.selfChecks.return({
      inspectionId: announcedId,
      comments: [{ itemCode: codes[0], text: "Bổ sung quyết định ban hành quy chế" }],
    });
    expect(returned).toMatchObject({ state: "returned", comments: [{ by: "verifier", item: codes[0] }] });

    await clerk.selfChecks.save({ inspectionId: announcedId, items: full });
    await clerk.selfChecks.submit({ inspectionId: announcedId });
    await head.selfChecks.approve({ inspectionId: announcedId });
    expect((await admin.selfChecks.accept({ inspectionId: announcedId })).state).toBe("accepted");

    const audit = await t.trx
      .selectFrom("audit_log")
      .select("action")
      .where("entity", "=", "self_check")
      .orderBy("id")
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      "save",
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

  it("R5 a surprise has no self-check and its unit cannot tell it from a missing inspection, by any self-check route", async () => {
    const { surpriseId } = await setup();
    const clerk = (await signIn(t.trx, "ubnd.bienhoa")).caller;
    const head = (await signIn(t.trx, "ld.bienhoa")).caller;
    const listed = await clerk.selfChecks.page({});
    expect(listed.items.map((i) => i.inspectionId)).not.toContain(surpriseId);
    // The total counts only what the unit may see: the surprise is not among them.
    expect(listed.total).toBe(listed.items.length);
    const calls = [
      (id: number) => clerk.selfChecks.get({ inspectionId: id }),
      (id: number) => clerk.selfChecks.save({ inspectionId: id, items: [] }),
      (id: number) => clerk.selfChecks.submit({ inspectionId: id }),
      (id: number) => head.selfChecks.approve({ inspectionId: id }),
    ];
    for (const call of calls)
      expect(await failureOf(call(surpriseId))).toEqual(await failureOf(call(987_654)));
  });

  it("scope: another district's clerk neither reads nor writes the report; after the visit starts the unit can no longer change it", async () => {
    const { admin, announcedId } = await setup();
    const other = (await signIn(t.trx, "ubnd.xuanloc")).caller;
    expect(await failureOf(other.selfChecks.get({ inspectionId: announcedId }))).toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await failureOf(other.selfChecks.save({ inspectionId: announcedId, items: [] }))).toMatchObject({
      code: "NOT_FOUND",
    });
    const day = onDay(JUNE.startDate);
    await (await signIn(t.trx, "snv.admin", day)).caller.inspections.start({ id: announcedId });
    const clerkLater = (await signIn(t.trx, "ubnd.bienhoa", day)).caller;
    expect(
      await failureOf(clerkLater.selfChecks.save({ inspectionId: announcedId, items: [] })),
    ).toMatchObject({
      domainCode: "SELF_CHECK.CLOSED",
    });
    expect(admin).toBeDefined();
  });

  it("a unit with no active head account: the clerk's report goes out directly and the team reads it", async () => {
    const { admin, announcedId } = await setup();
    await t.trx.updateTable("users").set({ active: false }).where("username", "=", "ld.bienhoa").execute();
    const clerk = (await signIn(t.trx, "ubnd.bienhoa")).caller;
    const blank = await clerk.selfChecks.get({ inspectionId: announcedId });
    expect(blank.unitHasHead).toBe(false);
    const items = blank.checklist.map((c) => ({
      itemCode: c.code,
      rating: "dat" as const,
      justification: "Đã ban hành quy chế",
    }));
    await clerk.selfChecks.save({ inspectionId: announcedId, items });
    const sent = await clerk.selfChecks.submit({ inspectionId: announcedId });
    expect(sent).toMatchObject({ state: "approved", sentDirectly: true });
    const seen = await admin.selfChecks.get({ inspectionId: announcedId });
    expect(seen).toMatchObject({ state: "approved", sentDirectly: true, steps: ["return", "accept"] });
    expect(seen.items).toHaveLength(items.length);
    // It went out: the province's teams find it in their inbox, linked to the inspection.
    const inbox = (await admin.notifications.page({})).items.filter((n) => n.kind === "self_check_submitted");
    expect(inbox).toMatchObject([{ link: `/admin/inspections/${announcedId}`, read: false }]);
    expect(
      (await clerk.notifications.page({})).items.filter((n) => n.kind === "self_check_submitted"),
    ).toEqual([]);
    const audit = await t.trx
      .selectFrom("audit_log")
      .select("action")
      .where("entity", "=", "self_check")
      .orderBy("id")
      .execute();
    expect(audit.map((a) => a.action)).toEqual(["save", "submit_direct"]);
  });
});
