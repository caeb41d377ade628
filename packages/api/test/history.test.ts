import type { FastifyInstance } from "fastify";
import { afterEach, describe, expect, it } from "vitest";
import { documentXml, plainText } from "./documents/read-docx";
import { signIn } from "./helpers/callers";
import { failureOf } from "./helpers/expect-error";
import { cookieFor, serverOn } from "./helpers/http";
import { adminWith2023Plan, announcedInput, JUNE, onDay, seedEarlierConclusion } from "./helpers/inspections";
import { useTestDb } from "./helpers/test-db";
import { unitIdByCode } from "./helpers/units";

const t = useTestDb();
let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});
const b64 = (text: string) => Buffer.from(text).toString("base64");
const HEADER =
  "Mã đơn vị;Cơ quan kết luận;Loại cơ quan;Số kết luận;Ngày kết luận;Nội dung kết luận;Kiến nghị;Hạn khắc phục;Tình trạng\n";
const sheet = (rows: string) => ({ fileName: "ket-luan.csv", contentBase64: b64(`\uFEFF${HEADER}${rows}`) });
// Xã Xuân Thọ (no demo history) and Sở Y tế (no mandate field).
const XUAN_THO = "26437";
const GOOD =
  `${XUAN_THO};Thanh tra tỉnh Đồng Nai;Thanh tra;15/KL-TTr;15/11/2021;Thanh tra công vụ;Niêm yết đầy đủ TTHC;31/03/2022;Chưa khắc phục\n` +
  `${XUAN_THO};Thanh tra tỉnh Đồng Nai;Thanh tra;15/KL-TTr;15/11/2021;;Cập nhật sổ theo dõi hồ sơ;30/06/2022;Đã khắc phục\n` +
  `SYT;Bộ Y tế;Bộ;7/KL-BYT;01/06/2022;;Số hóa hồ sơ;01/09/2022;\n`;

async function count(table: "earlier_conclusions" | "earlier_recommendations" | "audit_log") {
  const r = await t.trx
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

describe("R10 earlier conclusions imported from outside the system", () => {
  it("previews per-row errors naming the column in Vietnamese, and the commit writes nothing for them", async () => {
    const { caller } = await signIn(t.trx, "snv.admin");
    const bad = sheet(`${GOOD}X999;Thanh tra tỉnh;Công an;;31/02/2022;;Một cửa;;\n`);
    const preview = await caller.earlier.importPreview(bad);
    expect(preview.ok).toBe(false);
    expect(preview.problems.map((p) => [p.row, p.field])).toEqual([
      [5, "unitCode"],
      [5, "issuerKind"],
      [5, "number"],
      [5, "date"],
    ]);
    expect(preview.problems[0]!.message).toMatch(/^Dòng 5 – Mã đơn vị: không có đơn vị mã "X999"/);
    const before = [await count("earlier_conclusions"), await count("earlier_recommendations")];
    const refused = await failureOf(caller.earlier.importCommit(bad));
    expect(refused).toMatchObject({ code: "BAD_REQUEST", domainCode: "IMPORT.INVALID" });
    expect(refused.message).toMatch(/^Tệp có 4 lỗi, không ghi gì: Dòng 5 – Mã đơn vị/);
    expect([await count("earlier_conclusions"), await count("earlier_recommendations")]).toEqual(before);
  });

  it("commits every conclusion with its recommendations, audited, and refuses the same file twice", async () => {
    const { caller } = await signIn(t.trx, "snv.admin");
    const preview = await caller.earlier.importPreview(sheet(GOOD));
    expect(preview).toMatchObject({ ok: true, summary: { conclusions: 2, recommendations: 3, open: 2 } });
    const audits = await count("audit_log");
    const done = await caller.earlier.importCommit({ ...sheet(GOOD), token: preview.token });
    expect(done).toMatchObject({ conclusions: 2, recommendations: 3 });
    expect(await count("audit_log")).toBe(audits + 2);
    const again = await caller.earlier.importPreview(sheet(GOOD));
    expect(again.problems.map((p) => p.code)).toEqual([
      "IMPORT.ALREADY_IMPORTED",
      "IMPORT.ALREADY_IMPORTED",
      "IMPORT.ALREADY_IMPORTED",
    ]);
    const template = await caller.earlier.template();
    expect(template.fileName).toMatch(/\.xlsx$/);
    // The sample workbook is read by the same import: its two rows are one conclusion.
    const sample = await caller.earlier.importPreview({
      fileName: template.fileName,
      contentBase64: template.contentBase64,
    });
    expect(sample.problems.map((p) => p.field)).toEqual(["unitCode", "unitCode"]);
  });

  it("area 5 has one item per open recommendation from both sources, each rated before concluding", async () => {
    const unitId = await unitIdByCode(t.trx, XUAN_THO);
    const [here] = await seedEarlierConclusion(t.trx, {
      year: 2022,
      unitId,
      recommendations: [{ text: "Công khai số điện thoại đường dây nóng", deadline: "2022-12-31" }],
    });
    const { admin, plan } = await adminWith2023Plan(t.trx);
    await admin.earlier.importCommit(sheet(GOOD));
    const imported = await t.trx
      .selectFrom("earlier_recommendations")
      .select(["id", "status"])
      .where("unit_id", "=", unitId)
      .orderBy("id")
      .execute();
    const openImported = imported.find((r) => r.status === "open")!.id;

    const created = await admin.inspections.create({
      ...(await announcedInput(t.trx, plan.id, XUAN_THO)),
      areas: ["4"],
    });
    expect(created.checklistNote).toMatch(/còn 2 kiến nghị chưa khắc phục/);
    const id = created.inspection.id;
    const detail = await admin.inspections.get({ id });
    const five = detail.checklist.areas.find((a) => a.code === "5")!;
    // This system's recommendations first, then the imported ones (oldest conclusion first).
    expect(five.items.map((i) => i.code)).toEqual([`5.r${here}`, `5.e${openImported}`]);
    expect(five.items.find((i) => i.code === `5.e${openImported}`)!.vi).toContain("Thanh tra tỉnh Đồng Nai");
    expect(five.recommendations.find((r) => r.source === "earlier")).toMatchObject({
      text: "Niêm yết đầy đủ TTHC",
      conclusionNumber: "15/KL-TTr",
      conclusionYear: 2021,
    });

    await admin.teams.set({
      inspectionId: id,
      members: [{ name: "Nguyễn Văn A", body: "Sở Nội vụ", role: "leader" }],
    });
    await admin.inspections.schedule({ id });
    await admin.inspections.notify({ id });
    const { caller: field } = await signIn(t.trx, "snv.admin", onDay(JUNE.startDate));
    await field.inspections.start({ id });
    await field.inspections.recordFinding({ inspectionId: id, itemCode: "4", rating: "dat" });
    const one = await field.inspections.recordFinding({
      inspectionId: id,
      itemCode: `5.r${here}`,
      rating: "dat",
      note: "Đã niêm yết",
    });
    expect(one).toMatchObject({ status: "in_progress", missing: [`5.e${openImported}`] });
    const early = await failureOf(
      field.inspections.conclude({
        inspectionId: id,
        number: "1/TB-SNV",
        date: "2023-06-20",
        summary: "Kết luận kiểm tra đầy đủ",
      }),
    );
    expect(early.message).toContain(`5.e${openImported}`);
    const last = await field.inspections.recordFinding({
      inspectionId: id,
      itemCode: `5.e${openImported}`,
      rating: "chua_dat",
      note: "Chưa cập nhật",
    });
    expect(last).toMatchObject({ status: "findings_recorded", missing: [] });
    const after = await field.inspections.get({ id });
    expect(after.findings.map((f) => [f.itemCode, f.rating]).sort()).toEqual(
      [
        ["4", "dat"],
        [`5.e${openImported}`, "chua_dat"],
        [`5.r${here}`, "dat"],
      ].sort(),
    );
    // The minutes (biên bản) print area 5 per recommendation, each with its rating and note.
    await admin.plans.approve({ year: 2023, number: "284/KH-UBND", issuedDate: "2022-12-29" });
    app = await serverOn(t.trx);
    const res = await app.inject({
      url: `/files/docs/inspections/${id}/minutes.docx`,
      headers: { cookie: await cookieFor(app, "snv.admin") },
    });
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    const minutes = plainText(await documentXml(res.rawPayload));
    expect(minutes).toContain("Kiến nghị: Công khai số điện thoại đường dây nóng");
    expect(minutes).toContain("Kiến nghị: Niêm yết đầy đủ TTHC (15/KL-TTr, Thanh tra tỉnh Đồng Nai, 2021)");
    expect(minutes).toContain("Chưa cập nhật");
    expect(minutes).toContain("Đã niêm yết");
  });

  it("closing lists the open recommendations that go to area 5 of the next inspection", async () => {
    const { admin, plan } = await adminWith2023Plan(t.trx);
    const created = await admin.inspections.create({
      ...(await announcedInput(t.trx, plan.id, XUAN_THO)),
      areas: ["4"],
    });
    const id = created.inspection.id;
    await admin.teams.set({
      inspectionId: id,
      members: [{ name: "Nguyễn Văn A", body: "Sở Nội vụ", role: "leader" }],
    });
    await admin.inspections.schedule({ id });
    await admin.inspections.notify({ id });
    const { caller: field } = await signIn(t.trx, "snv.admin", onDay(JUNE.startDate));
    await field.inspections.start({ id });
    await field.inspections.recordFinding({ inspectionId: id, itemCode: "4", rating: "co_ton_tai" });
    expect((await field.inspections.get({ id })).carryForward).toEqual({ recommendations: [], note: null });
    await field.inspections.conclude({
      inspectionId: id,
      number: "2/TB-SNV",
      date: "2023-06-20",
      summary: "Kết luận kiểm tra đầy đủ",
      recommendations: [
        { text: "Bố trí đủ công chức tại Bộ phận Một cửa", deadline: "2023-09-30" },
        { text: "Niêm yết số đường dây nóng", deadline: "2023-08-31" },
      ],
    });
    const detail = await field.inspections.get({ id });
    expect(detail.carryForward.recommendations.map((r) => [r.text, r.deadline])).toEqual([
      ["Niêm yết số đường dây nóng", "2023-08-31"],
      ["Bố trí đủ công chức tại Bộ phận Một cửa", "2023-09-30"],
    ]);
    expect(detail.carryForward.note?.vi).toBe(
      "2 kiến nghị chưa khắc phục sẽ được chuyển vào nội dung 5 của cuộc kiểm tra tiếp theo tại đơn vị",
    );
  });
});

describe("R6 focus fields and history in the proposal", () => {
  it("every commune handles the four focus fields by default, a department its mandate; the admin edits them", async () => {
    const { caller } = await signIn(t.trx, "snv.admin");
    const commune = await caller.units.get({ id: await unitIdByCode(t.trx, XUAN_THO) });
    expect(commune.fields).toEqual(["dang_ky_kinh_doanh", "dat_dai", "tu_phap_ho_tich", "xay_dung"]);
    const tnmt = await unitIdByCode(t.trx, "STNMT");
    expect((await caller.units.get({ id: tnmt })).fields).toEqual(["dat_dai"]);
    const audits = await count("audit_log");
    expect(await caller.units.setFields({ id: tnmt, fields: ["dat_dai", "xay_dung"] })).toEqual({
      id: tnmt,
      fields: ["dat_dai", "xay_dung"],
    });
    expect(await count("audit_log")).toBe(audits + 1);
    // A commune created by hand starts with the defaults too.
    const parentId = await unitIdByCode(t.trx, "741");
    const created = await caller.units.create({
      code: "X-NEW",
      name: "Xã Mới Lập",
      kind: "commune",
      parentId,
      validFrom: "2023-07-01",
    });
    expect((await caller.units.get({ id: created.id })).fields).toHaveLength(4);
    const bad = await failureOf(caller.units.setFields({ id: tnmt, fields: ["y_te"] }));
    expect(bad).toMatchObject({ code: "BAD_REQUEST", domainCode: "UNIT.FIELD_UNKNOWN" });
    expect(String(bad.fieldErrors.fields)).toMatch(/^Lĩnh vực: /);
  });

  it("the reasons name the focus fields and the overdue imported recommendations, and they raise the rank", async () => {
    const { admin } = await adminWith2023Plan(t.trx);
    const syt = await unitIdByCode(t.trx, "SYT");
    const agencies = async () => {
      const p = await admin.proposal.run({ year: 2023, seed: 7 });
      const tier = p.tiers.find((x) => x.tier === "agency")!;
      const all = [...tier.picks, ...tier.reserve].sort((a, b) => b.score - a.score);
      return { all, communes: p.tiers.find((x) => x.tier === "commune")! };
    };
    const before = await agencies();
    for (const c of before.communes.picks) {
      expect(c.reasons.vi).toContain(
        "lĩnh vực trọng tâm: đất đai, đăng ký kinh doanh, tư pháp – hộ tịch, xây dựng",
      );
    }
    // Sở Y tế: never inspected (40), no focus field; ties with the other never-inspected agencies.
    const beforeScore = before.all.find((x) => x.unitId === syt)?.score ?? 40;
    expect(beforeScore).toBe(40);
    // A ministry's conclusion of 2015 with one recommendation past its deadline, and a focus field.
    await admin.earlier.importCommit(
      sheet("SYT;Bộ Y tế;Bộ;3/KL-BYT;10/03/2015;;Số hóa hồ sơ;30/06/2015;Chưa khắc phục\n"),
    );
    await admin.units.setFields({ id: syt, fields: ["xay_dung"] });
    const after = await agencies();
    const pick = after.all.find((x) => x.unitId === syt)!;
    // 8 years (40) + 1 open (4) + 1 overdue (3) + 1 focus field (5).
    expect(pick.score).toBe(52);
    expect(after.all[0]!.unitId).toBe(syt);
    expect(pick.reasons.vi).toBe(
      "chưa được kiểm tra từ 2015; 1 kiến nghị chưa khắc phục; 1 kiến nghị quá hạn khắc phục; lĩnh vực trọng tâm: xây dựng",
    );
    expect(pick.reasons.en).toContain("1 overdue recommendation");
  });
});
