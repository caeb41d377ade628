import { describe, expect, it } from "vitest";
import { signIn } from "./helpers/callers";
import { failureOf } from "./helpers/expect-error";
import { seedEvidence } from "./helpers/files";
import { adminWith2023Plan, announcedInput, JUNE, onDay } from "./helpers/inspections";
import { useTestDb } from "./helpers/test-db";

const t = useTestDb();

async function auditSince(id: number) {
  return t.trx
    .selectFrom("audit_log")
    .select(["action", "entity", "entity_id", "unit_id", "user_id"])
    .where("id", ">", id)
    .where("action", "<>", "login")
    .orderBy("id")
    .execute();
}
async function lastAuditId() {
  const r = await t.trx
    .selectFrom("audit_log")
    .select((eb) => eb.fn.max("id").as("m"))
    .executeTakeFirst();
  return Number(r?.m ?? 0);
}

const TEAM = [
  { name: "Nguyễn Văn Hùng", body: "Sở Nội vụ", role: "leader" as const },
  { name: "Lê Thị Mai", body: "Văn phòng UBND tỉnh", role: "member" as const },
  { name: "Phạm Quốc Toàn", body: "Sở Tư pháp", role: "member" as const },
];

describe("inspection lifecycle (R8): draft → closed, each step audited", () => {
  it("runs the whole lifecycle with team, findings, conclusion, unit response and verification", async () => {
    const { admin, plan } = await adminWith2023Plan(t.trx);
    const mark = await lastAuditId();
    const created = await admin.inspections.create(await announcedInput(t.trx, plan.id, "741"));
    const id = created.inspection.id;
    expect(created.inspection).toMatchObject({ status: "draft", leadBody: "so_noi_vu", form: "announced" });
    // Xuân Lộc was inspected in 2022 (demo history) and still has an open recommendation: R10 adds area 5.
    expect(created.checklistNote).toMatch(/^Tự động thêm nội dung 5/);

    expect(await admin.teams.set({ inspectionId: id, members: TEAM })).toHaveLength(3);
    await admin.inspections.schedule({ id });
    // Illegal: an announced inspection cannot start before it is notified.
    const early = await failureOf(admin.inspections.start({ id }));
    expect(early).toMatchObject({ code: "CONFLICT", domainCode: "INSPECTION.TRANSITION_INVALID" });
    expect(early.message).toMatch(/"Đã lên lịch" sang "Đang kiểm tra".* \/ Cannot go from/);
    await admin.inspections.notify({ id });
    // Illegal: not before the start date.
    const notYet = await failureOf(admin.inspections.start({ id }));
    expect(notYet).toMatchObject({ code: "CONFLICT", domainCode: "INSPECTION.START_BEFORE_DATE" });
    expect(notYet.message).toMatch(/12\/06\/2023/);

    const { caller: field } = await signIn(t.trx, "snv.admin", onDay(JUNE.startDate));
    await field.inspections.start({ id });
    const detail = await field.inspections.get({ id });
    const codes = detail.checklist.areas.flatMap((a) => a.items.map((i) => i.code));
    const five = detail.checklist.areas.find((a) => a.code === "5")!;
    expect(five.recommendations.length).toBeGreaterThan(0);
    // Area 5: one item per open recommendation of the earlier conclusion (R10).
    const fiveCodes = five.recommendations.map((r) => `5.r${r.id}`);
    expect(codes).toEqual(["1a", "1b", "4", ...fiveCodes]);

    // Illegal: concluding with items not rated names them.
    const incomplete = await failureOf(
      field.inspections.conclude({
        inspectionId: id,
        number: "1/TB-SNV",
        date: "2023-06-20",
        summary: "Kết luận đầy đủ",
      }),
    );
    expect(incomplete).toMatchObject({ code: "CONFLICT", domainCode: "INSPECTION.FINDINGS_INCOMPLETE" });
    expect(incomplete.message).toContain(`1a, 1b, 4, ${fiveCodes.join(", ")}`);
    const notInList = await failureOf(
      field.inspections.recordFinding({ inspectionId: id, itemCode: "3a", rating: "dat" }),
    );
    expect(notInList).toMatchObject({ code: "BAD_REQUEST", domainCode: "INSPECTION.ITEM_NOT_IN_CHECKLIST" });
    expect(notInList.fieldErrors.itemCode).toBeDefined();

    let last = null as null | { status: string; missing: string[] };
    for (const [itemCode, rating] of [
      ["1a", "dat"],
      ["1b", "co_ton_tai"],
      ["4", "chua_dat"],
      ...fiveCodes.map((c) => [c, "co_ton_tai"] as const),
    ] as const) {
      last = await field.inspections.recordFinding({
        inspectionId: id,
        itemCode,
        rating,
        note: `Ghi chú ${itemCode}`,
      });
    }
    expect(last).toMatchObject({ status: "findings_recorded", missing: [] });
    // A correction is still possible.
    await field.inspections.recordFinding({
      inspectionId: id,
      itemCode: "4",
      rating: "co_ton_tai",
      note: "Sửa",
    });

    const concluded = await field.inspections.conclude({
      inspectionId: id,
      number: "120/TB-SNV",
      date: "2023-06-20",
      summary: "Đơn vị thực hiện tốt phần lớn nhiệm vụ cải cách hành chính.",
      recommendations: [
        { text: "Niêm yết đầy đủ thủ tục hành chính", deadline: "2023-08-31" },
        { text: "Chấn chỉnh tác phong công chức tại Bộ phận Một cửa", deadline: "2023-07-31" },
      ],
    });
    expect(concluded.recommendations).toHaveLength(2);
    const [rec1, rec2] = concluded.recommendations;

    // The unit (Xuân Lộc's officer) answers; Biên Hòa's officer may not.
    const { caller: xuanLoc } = await signIn(t.trx, "ubnd.xuanloc", onDay("2023-07-10"));
    const { caller: bienHoa } = await signIn(t.trx, "ubnd.bienhoa", onDay("2023-07-10"));
    const outside = await failureOf(
      bienHoa.recommendations.respond({ recommendationId: rec1!.id, response: "Đã làm xong" }),
    );
    // Out of its scope, the recommendation does not exist for it (no existence leak).
    expect(outside).toMatchObject({ code: "NOT_FOUND", domainCode: "RECOMMENDATION.NOT_FOUND" });
    const evidence = await seedEvidence(t.trx, id, "1a");
    const answered = await xuanLoc.recommendations.respond({
      recommendationId: rec1!.id,
      response: "Đã niêm yết đầy đủ 100% thủ tục",
      evidenceFileIds: [evidence],
    });
    expect(answered).toMatchObject({ status: "responded", respondedOn: "2023-07-10", overdue: false });
    const mine = await xuanLoc.recommendations.list({ year: 2023 });
    expect(mine.items.map((r) => r.id).sort()).toEqual([rec1!.id, rec2!.id].sort());

    const { caller: verifier } = await signIn(t.trx, "snv.admin", onDay("2023-09-05"));
    // The answer waits for Xuân Lộc's head: until it signs, the province may not verify on it (issue 9 §5).
    const unsigned = await failureOf(
      verifier.recommendations.verify({
        recommendationId: rec1!.id,
        verdict: "resolved",
        verifiedOn: "2023-09-05",
      }),
    );
    expect(unsigned).toMatchObject({ code: "CONFLICT", domainCode: "RECOMMENDATION.ANSWER_NOT_SENT" });
    const { caller: xuanLocHead } = await signIn(t.trx, "ld.xuanloc", onDay("2023-07-11"));
    await xuanLocHead.responses.approve({ recommendationId: rec1!.id });
    expect(
      await verifier.recommendations.verify({
        recommendationId: rec1!.id,
        verdict: "resolved",
        verifiedOn: "2023-09-05",
      }),
    ).toMatchObject({ status: "resolved", verdict: "resolved" });
    const again = await failureOf(
      xuanLoc.recommendations.respond({ recommendationId: rec1!.id, response: "Thêm nữa" }),
    );
    expect(again).toMatchObject({ code: "CONFLICT", domainCode: "RECOMMENDATION.STATE" });
    const overdue = (await verifier.recommendations.list({ status: "open", year: 2023 })).items.find(
      (r) => r.id === rec2!.id,
    );
    expect(overdue?.overdue).toBe(true);
    // The overdue filter is the same rule in SQL: rec2 is in it, the resolved rec1 is not.
    const overdueIds = (await verifier.recommendations.list({ overdue: true, year: 2023 })).items.map(
      (r) => r.id,
    );
    expect(overdueIds).toContain(rec2!.id);
    expect(overdueIds).not.toContain(rec1!.id);
    const notOverdue = (await verifier.recommendations.list({ overdue: false, year: 2023 })).items.map(
      (r) => r.id,
    );
    expect(notOverdue).toContain(rec1!.id);
    expect(notOverdue).not.toContain(rec2!.id);

    await verifier.inspections.close({ id });
    const closed = await verifier.inspections.get({ id });
    expect(closed).toMatchObject({ status: "closed", nextSteps: [], teamLeader: "Nguyễn Văn Hùng" });
    expect(closed.findings.find((f) => f.itemCode === "4")).toMatchObject({
      rating: "co_ton_tai",
      note: "Sửa",
    });
    expect(closed.conclusion).toMatchObject({ number: "120/TB-SNV" });
    // Closing ends follow-up: the still-open recommendation can be neither verified nor answered.
    const lateVerify = await failureOf(
      verifier.recommendations.verify({
        recommendationId: rec2!.id,
        verdict: "resolved",
        verifiedOn: "2023-09-05",
      }),
    );
    expect(lateVerify).toMatchObject({
      code: "CONFLICT",
      domainCode: "RECOMMENDATION.INSPECTION_CLOSED",
      message:
        "Cuộc kiểm tra đã kết thúc, không thể xác minh kiến nghị / The inspection is closed; its recommendations can no longer be verified",
    });
    const lateAnswer = await failureOf(
      xuanLoc.recommendations.respond({ recommendationId: rec2!.id, response: "Đã chấn chỉnh" }),
    );
    expect(lateAnswer).toMatchObject({ code: "CONFLICT", domainCode: "RECOMMENDATION.INSPECTION_CLOSED" });
    expect(
      (await verifier.recommendations.list({ year: 2023 })).items.find((r) => r.id === rec2!.id),
    ).toMatchObject({
      status: "open",
      verdict: null,
    });
    // Illegal: a closed inspection is final.
    const reopen = await failureOf(verifier.inspections.cancel({ id, reason: "Thử hủy" }));
    expect(reopen).toMatchObject({ code: "CONFLICT", domainCode: "INSPECTION.TRANSITION_INVALID" });

    const audit = await auditSince(mark);
    expect(audit.map((a) => `${a.entity}:${a.action}`)).toEqual([
      "inspection:create",
      "inspection:set_team",
      "inspection:schedule",
      "inspection:notify",
      "inspection:start",
      "inspection:record_finding",
      "inspection:record_finding",
      "inspection:record_finding",
      "inspection:record_finding",
      "inspection:record_finding",
      "inspection:conclude",
      "recommendation:respond",
      "recommendation_response:approve",
      "recommendation:verify",
      "inspection:close",
    ]);
    const xuanLocId = created.inspection.targetUnit.id;
    expect(audit.every((a) => a.unit_id === xuanLocId && a.user_id !== null)).toBe(true);
  });

  it("refuses illegal steps with a clear message and writes nothing for them", async () => {
    const { admin, plan } = await adminWith2023Plan(t.trx);
    const { inspection } = await admin.inspections.create({
      ...(await announcedInput(t.trx, plan.id, "732")),
      noticeDate: null,
    });
    const mark = await lastAuditId();
    const close = await failureOf(admin.inspections.close({ id: inspection.id }));
    expect(close.message).toMatch(
      /Không thể chuyển từ "Dự thảo" sang "Đã kết thúc" .* \/ Cannot go from "Draft" to "Closed"/,
    );
    await admin.inspections.schedule({ id: inspection.id });
    const notify = await failureOf(admin.inspections.notify({ id: inspection.id }));
    expect(notify).toMatchObject({ code: "BAD_REQUEST", domainCode: "INSPECTION.NOTICE_MISSING" });
    expect(notify.fieldErrors.noticeDate).toBeDefined();
    const late = await failureOf(admin.inspections.notify({ id: inspection.id, noticeDate: "2023-06-08" }));
    expect(late).toMatchObject({ code: "BAD_REQUEST", domainCode: "SCHEDULE.NOTICE_TOO_LATE" });
    expect(late.message).toMatch(/08\/06\/2023/);
    const finding = await failureOf(
      admin.inspections.recordFinding({ inspectionId: inspection.id, itemCode: "1a", rating: "dat" }),
    );
    expect(finding).toMatchObject({ code: "CONFLICT", domainCode: "INSPECTION.NOT_EDITABLE" });
    expect(await auditSince(mark)).toEqual([
      {
        action: "schedule",
        entity: "inspection",
        entity_id: String(inspection.id),
        unit_id: inspection.targetUnit.id,
        user_id: expect.any(Number),
      },
    ]);
    const cancelled = await admin.inspections.cancel({
      id: inspection.id,
      reason: "Trùng lịch tiếp công dân",
    });
    expect(cancelled.inspection.status).toBe("cancelled");
    expect((await admin.inspections.get({ id: inspection.id })).cancelReason).toBe(
      "Trùng lịch tiếp công dân",
    );
    const missing = await failureOf(admin.inspections.get({ id: 987_654 }));
    expect(missing).toMatchObject({ code: "NOT_FOUND", domainCode: "INSPECTION.NOT_FOUND" });
  });
});
