import { describe, expect, it } from "vitest";
import { signIn } from "./helpers/callers";
import { failureOf } from "./helpers/expect-error";
import { seedEvidence } from "./helpers/files";
import { buildScopeFixtures } from "./helpers/inspections";
import { useTestDb } from "./helpers/test-db";

const t = useTestDb();

type Caller = Awaited<ReturnType<typeof signIn>>["caller"];
const as = async (username: string): Promise<Caller> => (await signIn(t.trx, username)).caller;

/**
 * Biên Hòa's recommendation of the scope fixtures, its inspection, one evidence file under it, and the
 * three people of the review loop: the unit's clerk, the unit's head, the province's verifier.
 */
async function reviewLoop() {
  const fx = await buildScopeFixtures(t.trx);
  const id = fx.recommendation;
  const { inspection_id: inspectionId } = await t.trx
    .selectFrom("recommendations")
    .select("inspection_id")
    .where("id", "=", id)
    .executeTakeFirstOrThrow();
  const file = await seedEvidence(t.trx, inspectionId, `5.r${id}`);
  return {
    id,
    inspectionId,
    file,
    clerk: await as("ubnd.bienhoa"),
    head: await as("ld.bienhoa"),
    province: await as("snv.admin"),
  };
}

/** The audit trail of a recommendation's response, oldest first. */
async function auditActions(id: number): Promise<string[]> {
  const rows = await t.trx
    .selectFrom("audit_log")
    .select("action")
    .where("entity", "=", "recommendation_response")
    .where("entity_id", "=", String(id))
    .orderBy("id")
    .execute();
  return rows.map((a) => a.action);
}

describe("a response to a recommendation goes through the review loop", () => {
  it("clerk drafts and submits, the head approves, the province returns with a comment, the clerk answers again, it is accepted; every step audited", async () => {
    const { id, file, clerk, head, province } = await reviewLoop();

    const listed = await clerk.responses.page({ openOnly: true });
    const mine = listed.items.find((r) => r.id === id)!;
    // The first page carries the list's size, counted in SQL over the caller's scope; later pages do not.
    const everything = await clerk.responses.page({ limit: 200 });
    expect(listed.total).toBe(listed.items.length);
    expect(everything.total).toBe(everything.items.length);
    const firstOfOne = await clerk.responses.page({ limit: 1 });
    expect(firstOfOne.total).toBe(everything.total);
    if (firstOfOne.nextCursor)
      expect((await clerk.responses.page({ limit: 1, cursor: firstOfOne.nextCursor })).total).toBeUndefined();
    expect(mine).toMatchObject({ reviewState: "draft", started: false, steps: ["save", "submit"] });

    // Nothing to submit before a draft exists: the message names the field in words.
    const empty = await failureOf(clerk.responses.submit({ recommendationId: id }));
    expect(empty).toMatchObject({ code: "BAD_REQUEST", domainCode: "RECOMMENDATION.RESPONSE_MISSING" });
    expect(empty.message).toMatch(/^Kết quả khắc phục là bắt buộc.* \/ Response is required/);

    await clerk.responses.save({
      recommendationId: id,
      response: "Đã cập nhật sổ hộ tịch",
      evidenceFileIds: [file],
    });
    const submitted = await clerk.responses.submit({ recommendationId: id });
    expect(submitted).toMatchObject({ reviewState: "submitted", status: "open", steps: [] });
    // Locked for the clerk once submitted.
    const locked = await failureOf(
      clerk.responses.save({ recommendationId: id, response: "Sửa sau khi trình" }),
    );
    expect(locked).toMatchObject({ code: "CONFLICT", domainCode: "REVIEW.TRANSITION_INVALID" });
    // The province decides nothing before the head signs; the clerk cannot sign.
    expect(await failureOf(province.responses.accept({ recommendationId: id }))).toMatchObject({
      domainCode: "REVIEW.TRANSITION_INVALID",
    });
    expect(await failureOf(clerk.responses.approve({ recommendationId: id }))).toMatchObject({
      code: "FORBIDDEN",
    });

    const approved = await head.responses.approve({ recommendationId: id });
    expect(approved).toMatchObject({
      reviewState: "approved",
      status: "responded",
      approvedBy: "Lãnh đạo UBND thành phố Biên Hòa",
      evidenceFileIds: [file],
    });
    // The head is read-only elsewhere: it cannot answer for the clerk.
    expect(
      await failureOf(head.responses.save({ recommendationId: id, response: "Lãnh đạo tự trả lời" })),
    ).toMatchObject({
      code: "FORBIDDEN",
    });

    const noComment = await failureOf(province.responses.return({ recommendationId: id, comment: "" }));
    expect(noComment.fieldErrors.comment?.[0]).toMatch(/^Ý kiến: .* \/ Comments: /);
    const returned = await province.responses.return({ recommendationId: id, comment: "Thiếu ảnh chụp sổ" });
    expect(returned).toMatchObject({
      reviewState: "returned",
      status: "not_resolved",
      verificationNote: "Thiếu ảnh chụp sổ",
    });
    expect(returned.comments).toMatchObject([
      { by: "verifier", text: "Thiếu ảnh chụp sổ", author: "Phòng CCHC – Sở Nội vụ" },
    ]);

    const back = (await clerk.responses.page({ state: "returned" })).items.find((r) => r.id === id)!;
    expect(back.steps).toEqual(["save", "submit"]);
    await clerk.responses.save({
      recommendationId: id,
      response: "Đã bổ sung ảnh chụp sổ",
      evidenceFileIds: [file],
    });
    await clerk.responses.submit({ recommendationId: id });
    await head.responses.approve({ recommendationId: id });
    const accepted = await province.responses.accept({ recommendationId: id });
    expect(accepted).toMatchObject({
      reviewState: "accepted",
      status: "resolved",
      verdict: "resolved",
      steps: [],
    });
    expect(
      await failureOf(clerk.responses.save({ recommendationId: id, response: "Sau khi chấp nhận" })),
    ).toMatchObject({
      domainCode: "REVIEW.TRANSITION_INVALID",
    });

    expect(await auditActions(id)).toEqual([
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

  it("a draft's text and files stay the unit's in every list: the province reads them once the head signs", async () => {
    const { id, inspectionId, file, clerk, head, province } = await reviewLoop();
    await clerk.responses.save({
      recommendationId: id,
      response: "Bản nháp chưa trình",
      evidenceFileIds: [file],
    });
    const inList = async (caller: Caller) =>
      (await caller.recommendations.list({ limit: 200 })).items.find((r) => r.id === id)!;
    const onInspection = async (caller: Caller) =>
      (await caller.inspections.get({ id: inspectionId })).recommendations.find((r) => r.id === id)!;
    for (const read of [inList, onInspection]) {
      expect(await read(clerk)).toMatchObject({ response: "Bản nháp chưa trình", evidenceFileIds: [file] });
      expect(await read(province)).toMatchObject({ response: null, evidenceFileIds: [] });
    }
    await clerk.responses.submit({ recommendationId: id });
    expect(await inList(province)).toMatchObject({ response: null });
    await head.responses.approve({ recommendationId: id });
    for (const read of [inList, onInspection])
      expect(await read(province)).toMatchObject({
        response: "Bản nháp chưa trình",
        evidenceFileIds: [file],
      });
  });

  it("the head may send a submission back to the clerk with a comment; nothing reaches the province", async () => {
    const { id, clerk, head } = await reviewLoop();
    await clerk.responses.save({ recommendationId: id, response: "Bản nháp đầu tiên" });
    await clerk.responses.submit({ recommendationId: id });
    const back = await head.responses.sendBack({ recommendationId: id, comment: "Ghi rõ ngày hoàn thành" });
    expect(back).toMatchObject({ reviewState: "returned", status: "open", respondedOn: null });
    expect(back.comments).toMatchObject([{ by: "head", text: "Ghi rõ ngày hoàn thành" }]);
  });

  it("scope: another unit's clerk and head neither read nor write Biên Hòa's responses (not found, like a missing one)", async () => {
    const { id } = await reviewLoop();
    const other = await as("ubnd.xuanloc");
    const otherHead = await as("ld.xuanloc");
    expect((await other.responses.page({})).items.map((r) => r.id)).not.toContain(id);
    expect((await otherHead.responses.page({})).items.map((r) => r.id)).not.toContain(id);
    const missing = await failureOf(
      other.responses.save({ recommendationId: 999_999, response: "Không có" }),
    );
    const foreign = await failureOf(
      other.responses.save({ recommendationId: id, response: "Không phải của tôi" }),
    );
    expect(foreign).toEqual(missing);
    expect(await failureOf(otherHead.responses.approve({ recommendationId: id }))).toMatchObject({
      code: "NOT_FOUND",
    });
    const row = await t.trx
      .selectFrom("recommendations")
      .select(["review_state", "response"])
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ review_state: null, response: null });
  });

  it("a unit with no active head account: the clerk's submit goes out directly, signed by the clerk, audited as such", async () => {
    const { id, clerk, province } = await reviewLoop();
    const mine = async () => (await clerk.responses.page({ openOnly: true })).items.find((r) => r.id === id)!;
    expect(await mine()).toMatchObject({ unitHasHead: true, sentDirectly: false });
    // Biên Hòa's only head account is disabled: nobody can sign for the unit any more.
    await t.trx.updateTable("users").set({ active: false }).where("username", "=", "ld.bienhoa").execute();
    expect(await mine()).toMatchObject({ unitHasHead: false });

    await clerk.responses.save({ recommendationId: id, response: "Đã cập nhật sổ hộ tịch điện tử" });
    const sent = await clerk.responses.submit({ recommendationId: id });
    expect(sent).toMatchObject({
      reviewState: "approved",
      status: "responded",
      sentDirectly: true,
    });
    expect(sent.submittedBy).not.toBeNull();
    expect(sent.approvedBy).toBe(sent.submittedBy);
    // It reached the province: the verifier reads the text and may decide.
    const seen = (await province.responses.page({ state: "approved" })).items.find((r) => r.id === id)!;
    expect(seen).toMatchObject({ response: "Đã cập nhật sổ hộ tịch điện tử", steps: ["return", "accept"] });
    expect(await auditActions(id)).toEqual(["save", "submit_direct"]);
  });
});
