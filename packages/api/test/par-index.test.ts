import { randomUUID } from "node:crypto";
import { exampleIndexTree, leavesOf, nodeToRow, TREE_COLUMNS } from "@par/domain";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { resolveSession } from "../src/auth/sessions";
import { createContextInner } from "../src/context";
import { rankingWorkbook } from "../src/par-index/ranking";
import { createCaller } from "../src/root";
import { NOW, signIn } from "./helpers/callers";
import { failureOf } from "./helpers/expect-error";
import { attachEvidenceToAll } from "./helpers/par-index";
import { useTestDb } from "./helpers/test-db";
import { unitIdByCode } from "./helpers/units";

const t = useTestDb();
const YEAR = 2023;

/** Every leaf the unit must score by hand, at full points with a justification. */
function fullSelfScore(unitId: number) {
  const tree = exampleIndexTree(YEAR, "district");
  // Formula criteria are filled from the system's figures; dossier rates have no data yet: scored by hand.
  const leaves = leavesOf(tree.nodes).filter((n) => n.rule?.kind !== "formula");
  return {
    unitId,
    year: YEAR,
    scores: leaves.map((n) => ({
      code: n.code,
      points: n.component === "penalty" || n.code.startsWith("11") ? 0 : n.maxPoints,
      note: "Có văn bản số 12/KH-UBND",
    })),
  };
}

async function issueTree() {
  const { caller: admin } = await signIn(t.trx, "snv.admin");
  const shown = await admin.parIndex.tree({ year: YEAR, level: "district" });
  expect(shown.versionId).toBeNull(); // nothing stored: the example is shown
  expect(shown.example).toBe(true);
  const { versionId, maximum, version, ...tree } = shown;
  const saved = await admin.parIndex.saveTree(tree);
  expect(saved.version).toBe(1);
  return admin;
}

describe("PAR index: the tree, versioned", () => {
  it("stores versions, refuses an inconsistent tree naming the row, and audits each save", async () => {
    const admin = await issueTree();
    const tree = exampleIndexTree(YEAR, "district");
    const broken = {
      ...tree,
      nodes: tree.nodes.map((n) => (n.code === "1.1.3" ? { ...n, maxPoints: 1 } : n)),
    };
    const f = await failureOf(admin.parIndex.saveTree(broken));
    expect(f.code).toBe("BAD_REQUEST");
    expect(f.fieldErrors.nodes?.[0]).toMatch(/Mã 1\.1: tổng điểm .* \/ Code 1\.1/);
    const again = await admin.parIndex.saveTree({ ...tree, title: "Bộ chỉ số sửa đổi" });
    expect(again.version).toBe(2);
    const page = await admin.parIndex.versions({ year: YEAR, level: "district", limit: 1 });
    expect(page.items.map((v) => v.version)).toEqual([2]);
    const next = await admin.parIndex.versions({
      year: YEAR,
      level: "district",
      limit: 1,
      cursor: page.nextCursor,
    });
    expect(next.items.map((v) => v.version)).toEqual([1]);
    const audit = await t.trx
      .selectFrom("audit_log")
      .select("action")
      .where("entity", "=", "par_index_version")
      .execute();
    expect(audit).toHaveLength(2);
  });

  it("imports a tree from Excel: preview with per-row errors, all or nothing", async () => {
    const { caller: admin } = await signIn(t.trx, "snv.admin");
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("x");
    sheet.addRow(["Bộ chỉ số"]);
    sheet.addRow([...TREE_COLUMNS]);
    for (const n of exampleIndexTree(YEAR, "department").nodes) sheet.addRow(nodeToRow(n));
    const good = Buffer.from(await book.xlsx.writeBuffer()).toString("base64");
    const input = {
      year: YEAR,
      level: "department" as const,
      title: "Bộ chỉ số các sở 2023",
      fileName: "cs.xlsx",
      contentBase64: good,
    };
    const preview = await admin.parIndex.importPreview(input);
    expect(preview.ok).toBe(true);
    sheet.getRow(5).getCell(3).value = "9"; // 1.1 no longer matches its items
    const bad = Buffer.from(await book.xlsx.writeBuffer()).toString("base64");
    const badPreview = await admin.parIndex.importPreview({ ...input, contentBase64: bad });
    expect(badPreview.problems[0]).toMatchObject({ row: 4 });
    const f = await failureOf(admin.parIndex.importCommit({ ...input, contentBase64: bad }));
    expect(f.fieldErrors.contentBase64?.[0]).toMatch(/không ghi gì/);
    expect((await admin.parIndex.tree({ year: YEAR, level: "department" })).versionId).toBeNull();
    const saved = await admin.parIndex.importCommit({ ...input, token: preview.token });
    expect(saved).toMatchObject({ version: 1, example: false, title: "Bộ chỉ số các sở 2023" });
  });
});

describe("PAR index: retries", () => {
  it("a step sent twice with one Idempotency-Key runs once: one submit, one audit row, the same answer", async () => {
    await issueTree();
    const bienHoa = await unitIdByCode(t.trx, "731");
    const { caller: clerk, token } = await signIn(t.trx, "ubnd.bienhoa");
    await clerk.parIndex.saveSelfScore(fullSelfScore(bienHoa));
    await attachEvidenceToAll(t.trx, bienHoa, YEAR);
    const key = randomUUID();
    const keyed = async () =>
      createCaller(
        await createContextInner({
          db: t.trx,
          sessionToken: token,
          now: NOW,
          ip: "10.0.0.1",
          idempotencyKey: key,
        }),
      );
    const first = await (await keyed()).parIndex.submit({ unitId: bienHoa, year: YEAR });
    const again = await (await keyed()).parIndex.submit({ unitId: bienHoa, year: YEAR });
    expect(again).toEqual(first);
    const submits = await t.trx
      .selectFrom("audit_log")
      .select("id")
      .where("action", "=", "submit")
      .where("entity", "=", "par_index_sheet")
      .execute();
    expect(submits).toHaveLength(1);
  });
});

describe("PAR index: scoring rounds", () => {
  it("self-score → round 1 → explanation → round 2 → locked → ranked, with the system's figures", async () => {
    const bienHoa = await unitIdByCode(t.trx, "731");
    const { caller: clerk } = await signIn(t.trx, "ubnd.bienhoa");
    // Before Sở Nội vụ issues the year's index the sheet shows the example tree, and nothing is writable.
    const early = await clerk.parIndex.sheet({ unitId: bienHoa, year: YEAR });
    expect(early).toMatchObject({ tree: { versionId: null }, writable: null });
    const admin = await issueTree();
    const blank = await clerk.parIndex.sheet({ unitId: bienHoa, year: YEAR });
    expect(blank).toMatchObject({ state: "self_scoring", writable: "self", sheetId: null });
    // Filled from the system's own data, with its source; dossier rates have no data yet.
    const row = (code: string) => blank.rows.find((r) => r.code === code)!;
    expect(row("1.3.1").sources[0]).toMatchObject({
      name: "internal_coverage_rate",
      sourceVi: "Kiểm tra nội bộ (R9)",
    });
    expect(row("3.2.1").computed).toBeNull();
    expect(row("3.2.1").sources[0]).toMatchObject({ name: "dossier_on_time_rate", value: null });

    // Incomplete: refused, naming what is missing.
    await clerk.parIndex.saveSelfScore({
      unitId: bienHoa,
      year: YEAR,
      scores: [{ code: "1.2", points: 1, note: "" }],
    });
    const incomplete = await failureOf(clerk.parIndex.submit({ unitId: bienHoa, year: YEAR }));
    expect(incomplete.fieldErrors.scores?.[0]).toMatch(
      /^Phiếu chấm điểm chưa gửi được: chưa chấm tiêu chí 1\.1\.1, .* \/ Scoring sheet cannot be sent: criteria not scored/,
    );
    // A fixed criterion is all or nothing.
    const half = await failureOf(
      clerk.parIndex.saveSelfScore({
        unitId: bienHoa,
        year: YEAR,
        scores: [{ code: "1.2", points: 0.5, note: "x" }],
      }),
    );
    expect(half.fieldErrors.scores?.[0]).toMatch(
      /^Phiếu chấm điểm, tiêu chí 1\.2: không nhận 0,5 điểm \(tối đa 1, chỉ 0 hoặc tối đa\) \/ /,
    );

    await clerk.parIndex.saveSelfScore(fullSelfScore(bienHoa));
    // Justifications alone do not send evidence-required criteria: each needs a file too.
    const noFiles = await failureOf(clerk.parIndex.submit({ unitId: bienHoa, year: YEAR }));
    expect(noFiles.fieldErrors.scores?.[0]).toMatch(
      /^Phiếu chấm điểm chưa gửi được: thiếu tài liệu kiểm chứng ở tiêu chí 1\.1\.1, .* \/ Scoring sheet cannot be sent: evidence file missing/,
    );
    await attachEvidenceToAll(t.trx, bienHoa, YEAR);
    const submitted = await clerk.parIndex.submit({ unitId: bienHoa, year: YEAR });
    expect(submitted.state).toBe("submitted");
    expect(submitted.writable).toBeNull();
    const selfTotal = submitted.totals.self.total;

    await admin.parIndex.saveAppraisal({
      unitId: bienHoa,
      year: YEAR,
      scores: [{ code: "5.1", points: 0, comment: "Chưa phê duyệt vị trí việc làm" }],
    });
    expect((await admin.parIndex.finishRound({ unitId: bienHoa, year: YEAR })).state).toBe("appraised_1");
    // The clerk cannot change the self-score any more; the province cannot explain.
    expect((await failureOf(clerk.parIndex.saveSelfScore(fullSelfScore(bienHoa)))).code).toBe("CONFLICT");
    await clerk.parIndex.saveExplanation({
      unitId: bienHoa,
      year: YEAR,
      items: [{ code: "5.1", explanation: "Đã phê duyệt theo Quyết định 45/QĐ-UBND" }],
    });
    expect((await clerk.parIndex.explain({ unitId: bienHoa, year: YEAR })).state).toBe("explained");
    await admin.parIndex.saveAppraisal({
      unitId: bienHoa,
      year: YEAR,
      scores: [{ code: "5.1", points: 2, comment: "Chấp nhận giải trình" }],
    });
    expect((await admin.parIndex.finishRound({ unitId: bienHoa, year: YEAR })).state).toBe("appraised_2");
    const locked = await admin.parIndex.lock({ unitId: bienHoa, year: YEAR });
    expect(locked.state).toBe("locked");
    expect(locked.totals.current.total).toBe(selfTotal);

    const ranking = await admin.parIndex.ranking({ year: YEAR, level: "district" });
    expect(ranking.items).toEqual([
      expect.objectContaining({ rank: 1, unit: expect.objectContaining({ id: bienHoa }), total: selfTotal }),
    ]);
    expect(ranking.fields.map((f) => f.code)).toContain("3");
    const steps = await t.trx
      .selectFrom("audit_log")
      .select("action")
      .where("entity", "=", "par_index_sheet")
      .orderBy("id")
      .execute();
    expect(steps.map((s) => s.action)).toEqual([
      "save_self_score",
      "save_self_score",
      "submit",
      "save_appraisal",
      "finish_round",
      "save_explanation",
      "explain",
      "save_appraisal",
      "finish_round",
      "lock",
    ]);

    // The Excel ranking reads back with the unit, its rank and total.
    const { token } = await signIn(t.trx, "snv.admin");
    const user = (await resolveSession(t.trx, token, NOW))!;
    const q = { db: t.trx, user, now: NOW, actor: { userId: user.userId, ip: null, now: NOW } };
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await rankingWorkbook(q, YEAR, "district")).buffer as never);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).text).toMatch(/XẾP HẠNG CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2023/);
    const header = sheet.getRow(3);
    expect(header.getCell(2).text).toBe("Đơn vị");
    const first = sheet.getRow(4);
    expect([first.getCell(1).value, first.getCell(2).text]).toEqual([1, "Thành phố Biên Hòa"]);
    expect(first.getCell(header.cellCount).value).toBe(selfTotal);
  });

  it("a unit reaches only its own sheet and no ranking; Xuân Lộc cannot score Biên Hòa", async () => {
    await issueTree();
    const bienHoa = await unitIdByCode(t.trx, "731");
    const { caller: xuanLoc } = await signIn(t.trx, "ubnd.xuanloc");
    expect((await failureOf(xuanLoc.parIndex.sheet({ unitId: bienHoa, year: YEAR }))).code).toBe("FORBIDDEN");
    expect((await failureOf(xuanLoc.parIndex.saveSelfScore(fullSelfScore(bienHoa)))).code).toBe("FORBIDDEN");
    expect((await failureOf(xuanLoc.parIndex.ranking({ year: YEAR, level: "district" }))).code).toBe(
      "FORBIDDEN",
    );
  });
});
