import { DEFAULT_DOSSIER_THRESHOLDS, DOSSIER_COLUMNS, exampleIndexTree } from "@par/domain";
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import type { Caller } from "./helpers/callers";
import { anonymous, signIn } from "./helpers/callers";
import { factsOf } from "./helpers/expect-error";
import { indexSheet } from "./helpers/par-index";
import { callPath, procedurePaths } from "./helpers/procedures";
import {
  addSecret,
  buildWorld,
  DEMO_USERNAMES,
  firstDivisionCode,
  officerOf,
  resetNewRowIds,
  SECRET_DAYS,
  SHARED_MEMBER,
  type World,
} from "./helpers/secrecy-world";
import { useTestDb } from "./helpers/test-db";

const t = useTestDb();

/**
 * R5 by every route. Every procedure of the router, with inputs that read (lists, counts, gets) and that
 * write over the secret's unit, days and team member (dry runs, creates, reschedules, team changes),
 * is called by every demo account and by officers placed at, below and beside the target, once in a
 * world without the secret and once in the same world with it. Whoever may not see the secret must get
 * the same answer, byte for byte: a refusal, a warning or a count that changed would betray it.
 */
const INPUTS: Record<string, (w: World) => unknown[]> = {
  "auth.login": () => [{ username: "ubnd.bienhoa", password: "sai-mat-khau" }],
  "auth.logout": () => [undefined],
  "auth.me": () => [undefined],
  "auth.changePassword": () => [{ currentPassword: "sai-mat-khau", newPassword: "MatKhauMoi2024" }],
  "auth.provinces": () => [undefined],
  "auth.chooseProvince": () => [{ provinceId: 1 }],
  "accounts.list": () => [{}, { query: "r5" }],
  // An account for the secret's own unit: creating it must answer the same with or without the secret.
  "accounts.create": (w) => [
    {
      username: "r5.moi",
      displayName: "Cán bộ R5",
      role: "unit_officer",
      unitId: w.trangDai,
      password: "TamThoi2023x",
    },
  ],
  "accounts.resetPassword": () => [{ userId: 1, password: "TamThoi2023x" }],
  "accounts.setActive": () => [{ userId: 1, active: true }],
  "accounts.importPreview": () => [accountSheet()],
  "accounts.importCommit": () => [accountSheet()],
  "units.page": () => [{ query: "trang dai" }, { limit: 3 }],
  "units.tierCounts": () => [{}],
  "units.get": (w) => [{ id: w.trangDai }],
  "units.myScope": () => [undefined],
  "units.oneStopShops": (w) => [undefined, { query: "trang dai" }, { id: w.trangDai }],
  "units.create": () => [
    { code: "R5X", name: "Phòng Thử", kind: "division", parentId: 1, validFrom: "2023-01-01" },
  ],
  "units.update": (w) => [{ id: w.trangDai, name: "Phường Trảng Dài" }],
  "units.close": (w) => [{ id: w.trangDai, validTo: "2023-12-31" }],
  "units.importPreview": () => [importInput()],
  "units.importCommit": () => [importInput()],
  "audit.list": () => [{ limit: 200 }],
  "plans.list": () => [undefined],
  "plans.get": () => [{ year: 2023 }],
  "plans.create": () => [{ year: 2024, template: "dong-nai-2023" }],
  "plans.adjustQuotas": () => [{ year: 2023, quotas: [{ tier: "commune", pct: 25 }] }],
  "plans.approve": () => [{ year: 2023, number: "284/KH-UBND", issuedDate: "2022-12-29" }],
  "plans.coverage": () => [{ year: 2023 }],
  "plans.coverageUnits": () => [
    { year: 2023, tier: "commune" },
    { year: 2023, tier: "commune", state: "planned" },
    { year: 2023, tier: "commune", state: "missing", query: "Trảng Dài" },
  ],
  "proposal.run": () => [{ year: 2023, seed: 1 }],
  "proposal.accept": (w) => [{ year: 2023, picks: [{ unitId: w.trangDai, month: 6, form: "announced" }] }],
  "inspections.list": (w) => [
    {},
    { year: 2023 },
    { unitId: w.trangDai },
    { query: "trang dai" },
    { form: "surprise" },
    { status: "scheduled" },
  ],
  "inspections.get": (w) => [{ id: w.secretId }, { id: w.ownSameTeam }],
  "inspections.calendar": () => [{ year: 2023, month: 6 }, { year: 2023 }],
  "inspections.checkSchedule": (w) => [
    { planId: w.planId, targetUnitId: w.trangDai, form: "announced", ...SECRET_DAYS },
    { planId: w.planId, targetUnitId: w.trangDai, form: "surprise", ...SECRET_DAYS },
    { inspectionId: w.ownSameUnit, ...SECRET_DAYS },
    { inspectionId: w.ownSameTeam, ...SECRET_DAYS },
    { inspectionId: w.secretId, ...SECRET_DAYS },
  ],
  "inspections.create": (w) => [
    { planId: w.planId, targetUnitId: w.trangDai, form: "announced", areas: ["4"], ...SECRET_DAYS },
    { planId: w.planId, targetUnitId: w.trangDai, form: "surprise", areas: ["4"], ...SECRET_DAYS },
  ],
  "inspections.reschedule": (w) => [
    { inspectionId: w.ownSameUnit, ...SECRET_DAYS, noticeDate: "2023-06-05" },
    { inspectionId: w.secretId, ...SECRET_DAYS },
  ],
  "inspections.schedule": (w) => [{ id: w.ownSameTeam }, { id: w.secretId }],
  "inspections.notify": (w) => [{ id: w.secretId, noticeDate: "2023-06-02" }],
  "inspections.start": (w) => [{ id: w.secretId }],
  "inspections.recordFinding": (w) => [{ inspectionId: w.secretId, itemCode: "4", rating: "dat" }],
  "inspections.conclude": (w) => [
    { inspectionId: w.secretId, number: "1/TB", date: "2023-06-20", summary: "Kết luận kiểm tra" },
  ],
  "inspections.close": (w) => [{ id: w.secretId }],
  "inspections.cancel": (w) => [{ id: w.secretId, reason: "Thử hủy" }],
  "teams.set": (w) => [
    { inspectionId: w.ownSameTeam, members: [SHARED_MEMBER] },
    {
      inspectionId: w.ownSameUnit,
      members: [SHARED_MEMBER, { name: "Trần Thị Nội", body: "Sở Nội vụ", role: "member" }],
    },
    { inspectionId: w.secretId, members: [SHARED_MEMBER] },
  ],
  "recommendations.list": (w) => [{}, { unitId: w.trangDai }],
  "recommendations.respond": () => [{ recommendationId: 1, response: "Đã khắc phục xong" }],
  "recommendations.verify": () => [{ recommendationId: 1, verdict: "resolved", verifiedOn: "2023-06-01" }],
  "responses.page": (w) => [{}, { unitId: w.trangDai }, { state: "none", openOnly: true }],
  "responses.save": () => [{ recommendationId: 1, response: "Đã khắc phục xong" }],
  "responses.submit": () => [{ recommendationId: 1 }],
  "responses.approve": () => [{ recommendationId: 1 }],
  "responses.sendBack": () => [{ recommendationId: 1, comment: "Bổ sung minh chứng" }],
  "responses.return": () => [{ recommendationId: 1, comment: "Chưa đạt" }],
  "responses.accept": () => [{ recommendationId: 1 }],
  // The secret's id and an announced inspection of the same team: a report must betray neither.
  "notifications.page": () => [{}, { unreadOnly: true, limit: 200 }],
  "notifications.unreadCount": () => [undefined],
  "notifications.markRead": () => [{ all: true }, { ids: [1, 2, 3] }],
  "selfChecks.page": () => [{}, { limit: 200 }],
  "selfChecks.get": (w) => [{ inspectionId: w.secretId }, { inspectionId: w.ownSameTeam }],
  "selfChecks.save": (w) => [
    { inspectionId: w.secretId, items: [] },
    { inspectionId: w.ownSameTeam, items: [{ itemCode: "4", rating: "dat", justification: "Đã làm" }] },
  ],
  "selfChecks.submit": (w) => [{ inspectionId: w.secretId }, { inspectionId: w.ownSameTeam }],
  "selfChecks.approve": (w) => [{ inspectionId: w.secretId }, { inspectionId: w.ownSameTeam }],
  "selfChecks.sendBack": (w) => [{ inspectionId: w.secretId, comments: [{ text: "Bổ sung" }] }],
  "selfChecks.return": (w) => [{ inspectionId: w.secretId, comments: [{ itemCode: "4", text: "Bổ sung" }] }],
  "selfChecks.accept": (w) => [{ inspectionId: w.secretId }, { inspectionId: w.ownSameTeam }],
  "internal.coverage": (w) => [{ unitId: w.trangDai, year: 2023 }],
  "internal.overview": () => [{ year: 2023 }],
  "internal.list": () => [{}],
  "internal.create": (w) => [{ targetUnitId: w.trangDai, ...SECRET_DAYS }],
  "internal.record": () => [{ id: 1, conductedOn: "2023-06-01", summary: "Đạt yêu cầu" }],
  "internal.home": () => [{ year: 2023 }],
  "internal.detail": () => [{ id: 1 }],
  // An internal check of the secret's unit on the secret's days: no warning may betray it.
  "internal.nearby": (w) => [{ targetUnitId: w.trangDai, ...SECRET_DAYS }],
  "internal.recommendations": (w) => [{ unitId: w.trangDai }],
  "internal.setTeam": () => [
    {
      id: 1,
      decisionNumber: "1/QĐ-UBND",
      decisionDate: "2023-06-01",
      members: [{ name: "Nguyễn Văn An", role: "lead" }],
    },
  ],
  "internal.saveFinding": () => [{ id: 1, itemCode: "mc", rating: "dat" }],
  "internal.conclude": () => [
    { id: 1, conductedOn: "2023-06-14", noticeNumber: "1/TB-UBND", summary: "Đạt yêu cầu" },
  ],
  "internal.closeRecommendation": () => [{ id: 1, doneOn: "2023-06-20", note: "Đã thực hiện" }],
  "internal.fieldUnits": () => [{ departmentId: 2 }],
  "internal.addFieldUnit": (w) => [{ departmentId: 2, unitId: w.trangDai }],
  "internal.removeFieldUnit": (w) => [{ departmentId: 2, unitId: w.trangDai }],
  "evidence.list": (w) => [{ inspectionId: w.secretId }],
  "evidence.remove": () => [{ id: "5b0f3d2e-1c4a-4f7e-9a61-3c2b1d0e9f88" }],
  "documents.available": (w) => [{ inspectionId: w.secretId }, { inspectionId: w.ownSameTeam }],
  "conflicts.list": () => [{}, { includeResolved: true }],
  "conflicts.resolve": () => [{ id: 1, note: "Đã điều chỉnh lịch" }],
  "inspections.setDecision": (w) => [
    { inspectionId: w.secretId, number: "12/QĐ-SNV", date: "2023-06-01" },
    { inspectionId: w.ownSameTeam, number: "13/QĐ-SNV", date: "2023-06-01" },
  ],
  "proposal.acceptPreview": (w) => [
    { year: 2023, picks: [{ unitId: w.trangDai, month: 6, form: "announced" }] },
  ],
  "units.setFields": (w) => [{ id: w.trangDai, fields: ["dat_dai"] }],
  "units.lineage": (w) => [{ id: w.trangDai }],
  "units.restructureShipped": () => [undefined],
  "units.restructurePreview": () => [restructureInput()],
  "units.restructureApply": () => [restructureInput()],
  // An earlier conclusion about the secret's own unit: it must not reveal the secret either.
  "earlier.importPreview": () => [earlierInput()],
  "earlier.importCommit": () => [earlierInput()],
  "earlier.template": () => [undefined],
  // Camera: the reviewed counters include the secret's own unit (Trảng Dài) and its district (Biên Hòa).
  "camera.counters": (w) => [{}, { shopUnitId: w.trangDai }],
  "camera.counter": () => [{ id: 1 }, { id: 3 }],
  "camera.feedStatus": () => [undefined],
  "camera.saveCounter": (w) => [{ shopUnitId: w.trangDai, number: 7, name: "Quầy thử", streamKind: "demo" }],
  "camera.importPreview": () => [counterImportInput()],
  "camera.importCommit": () => [counterImportInput()],
  "camera.reviews": (w) => [{}, { unitId: w.trangDai }],
  "camera.saveReview": () => [cameraReview(5, "violation"), cameraReview(6, "ok")],
  "camera.saveReviews": () => [{ reviews: [cameraReview(5, "violation"), cameraReview(6, "ok")] }],
  "camera.markReviewed": () => [{ reviewIds: [1, 2] }],
  "camera.sample": () => [{ date: "2023-06-12" }],
  "camera.drawSample": () => [{ date: "2023-06-12", seed: 284 }],
  "camera.reminders": (w) => [{}, { unitId: w.trangDai }],
  "camera.report": () => [{ year: 2023, month: 6 }],
  // Answering reminders (reminder 1 exists once a violation was saved in the world; 987654 never):
  // a reminder comes from a camera review, so the secret changes no answer of any step.
  "camera.reminderSave": () => [
    { reminderId: 1, response: "Đã nhắc công chức" },
    { reminderId: 987654, response: "Đã nhắc công chức" },
  ],
  "camera.reminderSubmit": () => [{ reminderId: 1 }, { reminderId: 987654 }],
  "camera.reminderApprove": () => [{ reminderId: 1 }],
  "camera.reminderSendBack": () => [{ reminderId: 1, comment: "Bổ sung ảnh" }],
  "camera.reminderReturn": () => [{ reminderId: 1, comment: "Chưa đủ minh chứng" }],
  "camera.reminderAccept": () => [{ reminderId: 1 }],
  "camera.openInspection": (w) => [{ unitId: w.trangDai, ...SECRET_DAYS }],
  // Dossier figures of the secret's own unit, read by unit and district, and a remote check of it on the
  // secret's first day: counts and refusals must be the same with and without the secret.
  "dossiers.importPreview": () => [dossierSheet()],
  "dossiers.importCommit": () => [dossierSheet()],
  "dossiers.months": (w) => [{ year: 2023 }, { year: 2023, unitId: w.trangDai }],
  "dossiers.dashboard": () => [
    { year: 2023, by: "unit" },
    { year: 2023, by: "district" },
  ],
  "dossiers.trend": (w) => [{ year: 2023 }, { year: 2023, unitId: w.trangDai }],
  "dossiers.thresholds": () => [{ year: 2023 }],
  "dossiers.saveThresholds": () => [{ year: 2023, thresholds: DEFAULT_DOSSIER_THRESHOLDS }],
  "dossiers.openRemoteCheck": (w) => [{ unitId: w.trangDai, year: 2023, date: SECRET_DAYS.startDate }],
  // Report duties with the secret around: the lists, a mark on the secret's own unit, its days as a due date.
  "reportDuties.summary": () => [{ year: 2023 }],
  "reportDuties.list": () => [
    { year: 2023, kind: "unit_cchc_section", period: "q2" },
    { year: 2023, kind: "province_results", period: "year", unsentOnly: true },
  ],
  "reportDuties.mine": () => [{ year: 2023 }],
  "reportDuties.markSent": (w) => [
    { year: 2023, kind: "unit_cchc_section", period: "q2", bodyUnitId: w.trangDai },
  ],
  "reportDuties.saveDueDates": () => [
    { year: 2023, dueDates: [{ kind: "unit_cchc_section", period: "q2", dueDate: SECRET_DAYS.startDate }] },
  ],
  "camera.remoteInspectionPreview": (w) => [{ unitId: w.trangDai, ...SECRET_DAYS }],
  // The PAR index: the sheet of the secret's own unit and of its district (figures count started
  // inspections only), writes on them, and the ranking: none may change with the secret.
  "parIndex.tree": () => [{ year: 2023, level: "district" }],
  "parIndex.versions": () => [{ year: 2023, level: "district" }],
  "parIndex.saveTree": () => [exampleIndexTree(2023, "district")],
  "parIndex.importPreview": () => [indexSheet(2023)],
  "parIndex.importCommit": () => [indexSheet(2023)],
  "parIndex.deadlines": () => [{ year: 2023 }],
  "parIndex.setDeadlines": () => [{ year: 2023, ...PAR_DEADLINES }],
  "parIndex.sheet": (w) => [
    { unitId: w.trangDai, year: 2023 },
    { unitId: w.bienHoa, year: 2023 },
  ],
  "parIndex.sheets": () => [{ year: 2023, level: "district" }],
  "parIndex.saveSelfScore": (w) => [
    { unitId: w.bienHoa, year: 2023, scores: [{ code: "1.2", points: 1, note: "Báo cáo số 5" }] },
    { unitId: w.trangDai, year: 2023, scores: [] },
  ],
  "parIndex.submit": (w) => [{ unitId: w.bienHoa, year: 2023 }],
  "parIndex.saveExplanation": (w) => [{ unitId: w.bienHoa, year: 2023, items: [] }],
  "parIndex.explain": (w) => [{ unitId: w.bienHoa, year: 2023 }],
  // A sheet's file carries no inspection: an unknown id answers alike in both worlds.
  "parIndex.removeFile": () => [{ id: "5b0f3d2e-1c4a-4f7e-9a61-3c2b1d0e9f88" }],
  "parIndex.saveAppraisal": (w) => [{ unitId: w.bienHoa, year: 2023, scores: [] }],
  "parIndex.finishRound": (w) => [{ unitId: w.bienHoa, year: 2023 }],
  "parIndex.lock": (w) => [{ unitId: w.bienHoa, year: 2023 }],
  "parIndex.ranking": () => [{ year: 2023, level: "district" }],
  // Publishing carries no inspection: refused (nothing locked) or not alike in both worlds.
  "parIndex.publications": () => [{ year: 2023 }],
  "parIndex.publish": () => [{ year: 2023, level: "district", allowUnlocked: true }],
  "parIndex.unpublish": () => [{ year: 2023, level: "district" }],
};

/** A month of the secret's own unit (Phường Trảng Dài, 25993) that adds up, late enough to be reminded. */
function dossierSheet() {
  const header = DOSSIER_COLUMNS.map((c) => c.vi).join(",");
  const row = "25993,2023,6,600,350,50,100,400,300,300,77,3,20,300,200,80,800,700,600,380,400";
  return { fileName: "hs.csv", contentBase64: Buffer.from(`${header}\n${row}\n`).toString("base64") };
}

/** A counter at the secret's own unit (Phường Trảng Dài, 25993). */
function counterImportInput() {
  const csv = "Mã đơn vị,Số quầy,Tên quầy,Lĩnh vực,Loại luồng\n25993,9,Quầy thử,dat_dai,demo\n";
  return { fileName: "quay.csv", contentBase64: Buffer.from(csv).toString("base64") };
}

/** A review of a demo counter (5–6: Phường Trảng Dài's), the same id in both worlds. */
function cameraReview(counterId: number, verdict: "ok" | "violation") {
  return {
    clientId: `5b0f3d2e-1c4a-4f7e-9a61-3c2b1d0e9f${String(counterId).padStart(2, "0")}`,
    counterId,
    watchedFrom: "2023-06-01T01:40:00Z",
    watchedTo: "2023-06-01T01:50:00Z",
    items: verdict === "ok" ? [] : ["personal_phone"],
    severity: verdict === "ok" ? "none" : "minor",
    verdict,
  };
}

const PAR_DEADLINES = {
  selfScoreDue: "2023-12-15",
  appraisal1Due: "2023-12-31",
  explanationDue: "2024-01-10",
  appraisal2Due: "2024-01-20",
};

function restructureInput() {
  return {
    effectiveDate: "2025-03-01",
    rows: [{ op: "rename", sourceCode: "SYT", targetName: "Sở Y tế mới" }],
  };
}

function earlierInput() {
  const csv =
    "Mã đơn vị;Cơ quan kết luận;Loại cơ quan;Số kết luận;Ngày kết luận;Kiến nghị\n25993;Thanh tra tỉnh;Thanh tra;7/KL-TTr;15/11/2022;Niêm yết TTHC\n";
  return { fileName: "kl.csv", contentBase64: Buffer.from(csv).toString("base64") };
}

/** An account of Phường Trảng Dài (25993), the secret's target. */
function accountSheet() {
  const csv =
    "Tên đăng nhập,Họ tên,Vai trò,Mã đơn vị,Mật khẩu tạm\nr5.nhap,Cán bộ nhập,Cán bộ đơn vị,25993,TamThoi2023x\n";
  return { fileName: "tk.csv", contentBase64: Buffer.from(csv).toString("base64") };
}

function importInput() {
  const csv = "code,name,type,parent code\nR5I,Xã Nhập Thử,Xã,741\n";
  return { fileName: "dm.csv", contentBase64: Buffer.from(csv).toString("base64"), validFrom: "2023-07-01" };
}

/** Callers who may see the secret: the province's planners (R5, R8). Everyone else must not notice it. */
const SEERS = new Set(["snv.admin", "vp.ubnd", "lanhdao"]);
/** Positions around the target (Phường Trảng Dài): at it, below its district, beside it. */
const PLACED = { "r5.at": "25993", "r5.beside": "26002" } as const;

async function outcome(caller: Caller, path: string, input: unknown) {
  await sql`savepoint r5_call`.execute(t.trx);
  await resetNewRowIds(t.trx);
  try {
    const out = await callPath(caller, path, input);
    return JSON.stringify({ ok: true, out });
  } catch (error) {
    const f = factsOf(error);
    return JSON.stringify({ ok: false, ...f });
  } finally {
    await sql`rollback to savepoint r5_call`.execute(t.trx);
  }
}

type Answers = Map<string, string>;

async function answersOf(callers: [string, Caller][], w: World): Promise<Answers> {
  const answers: Answers = new Map();
  for (const [path, inputs] of Object.entries(INPUTS)) {
    for (const [i, input] of inputs(w).entries()) {
      for (const [who, caller] of callers) {
        answers.set(`${who} ${path}#${i} ${JSON.stringify(input)}`, await outcome(caller, path, input));
      }
    }
  }
  return answers;
}

describe("R5 by every route: the secret changes no answer for whoever may not see it", () => {
  it("R5 the table has inputs for every procedure of the router", () => {
    expect(Object.keys(INPUTS).sort()).toEqual(procedurePaths());
  });

  it("R5 every procedure × every role × at/above/below/beside: identical answers with and without a secret surprise", async () => {
    const w = await buildWorld(t.trx);
    await officerOf(t.trx, "r5.at", PLACED["r5.at"]);
    await officerOf(t.trx, "r5.beside", PLACED["r5.beside"]);
    await officerOf(t.trx, "r5.below", await firstDivisionCode(t.trx));
    const names = [...DEMO_USERNAMES, "r5.at", "r5.below", "r5.beside"];
    const callers: [string, Caller][] = [["anonymous", (await anonymous(t.trx)).caller]];
    for (const name of names) callers.push([name, (await signIn(t.trx, name)).caller]);

    const without = await answersOf(callers, w);
    await addSecret(t.trx, w);
    const withSecret = await answersOf(callers, w);

    const leaks: string[] = [];
    let seersNotice = 0;
    for (const [key, before] of without) {
      const who = key.split(" ")[0]!;
      const after = withSecret.get(key)!;
      if (before === after) continue;
      if (SEERS.has(who)) seersNotice++;
      else leaks.push(`${key}\n    without: ${before.slice(0, 300)}\n    with:    ${after.slice(0, 300)}`);
    }
    // The table could fail: the planners do notice the secret somewhere.
    expect(seersNotice).toBeGreaterThan(0);
    expect(leaks, `${leaks.length} answers betray the secret:\n${leaks.join("\n")}`).toEqual([]);
    console.info(
      `R5 table: ${Object.keys(INPUTS).length} procedures, ${[...without.keys()].length / callers.length} inputs, ${callers.length} callers, ${without.size} calls per world`,
    );
  }, 300_000);
});
