import {
  DEFAULT_DOSSIER_THRESHOLDS,
  DOSSIER_COLUMNS,
  exampleIndexTree,
  hasPermission,
  INTERNAL_ITEM_CODES,
  type Permission,
  ROLES,
  type Role,
  ZERO_COUNTS,
} from "@par/domain";
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import type { Db } from "../src/db/database";
import { countsToColumns } from "../src/db/dossier-columns";
import { insertEvidence } from "../src/db/evidence.repository";
import { INSPECTION_WRITE } from "../src/inspections/procedures";
import { DEMO_USERS } from "../src/seed/demo-users";
import { anonymous, signIn, withSession } from "./helpers/callers";
import { factsOf } from "./helpers/expect-error";
import { pngBytes } from "./helpers/http";
import { buildScopeFixtures, type ScopeFixtures } from "./helpers/inspections";
import { districtSheetIn, indexSheet } from "./helpers/par-index";
import { callPath, procedurePaths } from "./helpers/procedures";
import { addBinhPhuoc } from "./helpers/second-province";
import { useTestDb } from "./helpers/test-db";
import { unitIdByCode, unitsSeen } from "./helpers/units";

const t = useTestDb();

interface Ids {
  bienHoa: number;
  bienHoaCommune: number;
  xuanLoc: number;
  closable: number;
  /** Plans and inspections (led by Sở Tư pháp, in Biên Hòa), one per lifecycle step. */
  fx: ScopeFixtures;
  /** An evidence file of item 4 of the in-progress inspection. */
  evidenceId: string;
  /** Two responses the unit's head approved, awaiting the province (one to return, one to accept). */
  approvedRecs: [number, number];
  /** An open scheduling conflict between two of Sở Tư pháp's drafts (visible to every writer). */
  conflictId: number;
  sgddt: number;
  /** Biên Hòa's office (731.VP): a division in no department's field (its Phòng GD&ĐT is in Sở GD&ĐT's). */
  bienHoaOffice: number;
  /** Biên Hòa's internal inspection with its team and every finding: ready to conclude. */
  internalReady: number;
  /** An open recommendation of Biên Hòa's concluded internal inspection. */
  internalRec: number;
  /** A demo counter of Biên Hòa's one-stop shop. */
  counterId: number;
  /** Camera reminders to Biên Hòa at each step of their answer's review loop. */
  reminders: ReminderFixtures;
  /** Tỉnh Đồng Nai, the register's root (a province, issue 8 §3). */
  province: number;
  /** The account of ubnd.xuanloc (accounts.* act on it). */
  xuanLocUser: number;
  /** An evidence file on Biên Hòa's 2024 PAR-index sheet (self-scoring). */
  parIndexFileId: string;
}
let seq = 0;

/**
 * Every procedure, the permission it needs ("public" = anyone; a list = any of them), and an input that
 * succeeds for a holder. `outsideBienHoa`: what a unit officer bound outside Biên Hòa gets for that
 * input (the inputs are in Biên Hòa). A procedure missing here fails the first test: add it.
 */
const PROCEDURES: Record<
  string,
  {
    /** "session": any signed-in user; "national": a national body only (the province switcher). */
    needs: Permission | readonly Permission[] | "public" | "session" | "national";
    input: (ids: Ids) => unknown;
    outsideBienHoa?: "FORBIDDEN" | "NOT_FOUND";
    /** Among the permission's holders, only these roles may act on this input (the rest: FORBIDDEN). */
    onlyRoles?: readonly Role[];
  }
> = {
  "auth.login": {
    needs: "public",
    input: () => ({ username: "lanhdao", password: process.env.PAR_DEMO_PASSWORD ?? "DongNai@2023" }),
  },
  "auth.logout": { needs: "public", input: () => undefined },
  "auth.me": { needs: "public", input: () => undefined },
  "units.page": { needs: "units.read", input: () => ({ query: "biên" }) },
  "units.tierCounts": { needs: "units.read", input: () => ({}) },
  "units.get": { needs: "units.read", input: (ids) => ({ id: ids.bienHoa }), outsideBienHoa: "FORBIDDEN" },
  "units.myScope": { needs: "units.read", input: () => undefined },
  "units.oneStopShops": { needs: "camera.read", input: () => ({ query: "biên" }) },
  "units.create": {
    needs: "units.write",
    input: (ids) => ({
      code: `T${++seq}`,
      name: "Phòng Thử nghiệm",
      kind: "division",
      parentId: ids.xuanLoc,
      validFrom: "2023-01-01",
    }),
  },
  "units.update": {
    needs: "units.write",
    input: (ids) => ({ id: ids.closable, name: `Xã Đổi Tên ${++seq}` }),
  },
  "units.close": { needs: "units.write", input: (ids) => ({ id: ids.closable, validTo: "2023-12-31" }) },
  "audit.list": { needs: "audit.read", input: () => ({ limit: 5 }) },
  "plans.list": { needs: "plans.read", input: () => undefined },
  "plans.get": { needs: "plans.read", input: () => ({ year: 2023 }) },
  "plans.coverage": { needs: "plans.read", input: () => ({ year: 2023 }) },
  "plans.coverageUnits": { needs: "plans.read", input: () => ({ year: 2023, tier: "commune" }) },
  "plans.create": { needs: "plans.write", input: () => ({ year: 2024, template: "dong-nai-2023" }) },
  "plans.adjustQuotas": {
    needs: "plans.write",
    input: () => ({ year: 2023, quotas: [{ tier: "commune", pct: 25 }] }),
  },
  "plans.approve": {
    needs: "plans.write",
    input: () => ({ year: 2023, number: "284/KH-UBND", issuedDate: "2022-12-29" }),
  },
  "proposal.run": { needs: "plans.write", input: () => ({ year: 2023, seed: 1 }) },
  "proposal.acceptPreview": {
    needs: "plans.write",
    input: (ids) => ({ year: 2023, picks: [{ unitId: ids.fx.freeCommune, month: 10 }] }),
  },
  "proposal.accept": {
    needs: "plans.write",
    input: (ids) => ({
      year: 2023,
      picks: [{ unitId: ids.fx.freeCommune, month: 10 }],
      confirmShortfall: true,
    }),
  },
  "inspections.list": { needs: "inspections.read", input: () => ({ year: 2023 }) },
  "inspections.get": {
    needs: "inspections.read",
    input: (ids) => ({ id: ids.fx.concluded }),
    outsideBienHoa: "NOT_FOUND",
  },
  "inspections.calendar": { needs: "inspections.read", input: () => ({ year: 2023, month: 6 }) },
  "inspections.checkSchedule": {
    needs: INSPECTION_WRITE,
    input: (ids) => ({ inspectionId: ids.fx.draftA, startDate: "2023-07-12", endDate: "2023-07-12" }),
  },
  "inspections.create": {
    needs: INSPECTION_WRITE,
    input: (ids) => ({
      planId: ids.fx.planId,
      targetUnitId: ids.fx.freeCommune,
      form: "announced",
      areas: ["2"],
      leadBody: "so_tu_phap",
      startDate: "2023-08-08",
      endDate: "2023-08-08",
    }),
  },
  "inspections.reschedule": {
    needs: INSPECTION_WRITE,
    input: (ids) => ({ inspectionId: ids.fx.draftA, startDate: "2023-07-13", endDate: "2023-07-13" }),
  },
  "inspections.schedule": { needs: INSPECTION_WRITE, input: (ids) => ({ id: ids.fx.draftB }) },
  "inspections.notify": { needs: INSPECTION_WRITE, input: (ids) => ({ id: ids.fx.scheduled }) },
  "inspections.start": { needs: INSPECTION_WRITE, input: (ids) => ({ id: ids.fx.notified }) },
  "inspections.setDecision": {
    needs: INSPECTION_WRITE,
    input: (ids) => ({ inspectionId: ids.fx.draftA, number: "7/QĐ-STP", date: "2023-06-30" }),
  },
  "inspections.recordFinding": {
    needs: INSPECTION_WRITE,
    input: (ids) => ({ inspectionId: ids.fx.inProgress, itemCode: "4", rating: "dat" }),
  },
  "inspections.conclude": {
    needs: INSPECTION_WRITE,
    input: (ids) => ({
      inspectionId: ids.fx.findingsRecorded,
      number: "5/TB-STP",
      date: "2023-06-01",
      summary: "Kết luận kiểm tra đầy đủ",
    }),
  },
  "inspections.close": { needs: INSPECTION_WRITE, input: (ids) => ({ id: ids.fx.concluded }) },
  "inspections.cancel": {
    needs: INSPECTION_WRITE,
    input: (ids) => ({ id: ids.fx.draftC, reason: "Đổi kế hoạch" }),
  },
  "teams.set": {
    needs: INSPECTION_WRITE,
    input: (ids) => ({
      inspectionId: ids.fx.draftA,
      members: [
        { name: "Phạm Quốc Toàn", body: "Sở Tư pháp", role: "leader" },
        { name: "Lê Thị Mai", body: "Sở Nội vụ", role: "member" },
      ],
    }),
  },
  "recommendations.list": { needs: "inspections.read", input: () => ({}) },
  "recommendations.respond": {
    needs: "recommendations.respond",
    input: (ids) => ({ recommendationId: ids.fx.recommendation, response: "Đã cập nhật đầy đủ" }),
    outsideBienHoa: "NOT_FOUND",
  },
  "recommendations.verify": {
    needs: "recommendations.verify",
    input: (ids) => ({
      recommendationId: ids.fx.recommendation,
      verdict: "resolved",
      verifiedOn: "2023-06-01",
    }),
  },
  "responses.page": { needs: "inspections.read", input: () => ({ openOnly: true }) },
  "responses.save": {
    needs: "recommendations.respond",
    input: (ids) => ({ recommendationId: ids.fx.recommendation, response: "Đã cập nhật đầy đủ" }),
    outsideBienHoa: "NOT_FOUND",
  },
  "responses.submit": {
    needs: "recommendations.respond",
    input: (ids) => ({ recommendationId: ids.fx.recommendation }),
    outsideBienHoa: "NOT_FOUND",
  },
  "responses.approve": {
    needs: "submissions.approve",
    input: (ids) => ({ recommendationId: ids.fx.recommendation }),
    outsideBienHoa: "NOT_FOUND",
  },
  "responses.sendBack": {
    needs: "submissions.approve",
    input: (ids) => ({ recommendationId: ids.fx.recommendation, comment: "Bổ sung minh chứng" }),
    outsideBienHoa: "NOT_FOUND",
  },
  "responses.return": {
    needs: "recommendations.verify",
    input: (ids) => ({ recommendationId: ids.approvedRecs[0], comment: "Chưa đủ minh chứng" }),
  },
  "responses.accept": {
    needs: "recommendations.verify",
    input: (ids) => ({ recommendationId: ids.approvedRecs[1] }),
  },
  "notifications.page": { needs: "units.read", input: () => ({}) },
  "notifications.unreadCount": { needs: "units.read", input: () => undefined },
  "notifications.markRead": { needs: "units.read", input: () => ({ all: true }) },
  "parIndex.tree": { needs: "units.read", input: () => ({ year: 2023, level: "district" }) },
  "parIndex.versions": { needs: "units.read", input: () => ({ year: 2023, level: "district" }) },
  "parIndex.saveTree": { needs: "plans.write", input: () => exampleIndexTree(2030, "department") },
  "parIndex.importPreview": { needs: "plans.write", input: () => indexSheet() },
  "parIndex.importCommit": { needs: "plans.write", input: () => indexSheet() },
  "parIndex.deadlines": { needs: "units.read", input: () => ({ year: 2023 }) },
  "parIndex.setDeadlines": {
    needs: "plans.write",
    input: () => ({
      year: 2023,
      selfScoreDue: "2023-12-15",
      appraisal1Due: "2023-12-31",
      explanationDue: "2024-01-10",
      appraisal2Due: "2024-01-20",
    }),
  },
  "parIndex.sheet": {
    needs: "units.read",
    input: (ids) => ({ unitId: ids.bienHoa, year: 2024 }),
    outsideBienHoa: "FORBIDDEN",
  },
  "parIndex.sheets": { needs: "plans.write", input: () => ({ year: 2024, level: "district" }) },
  "parIndex.saveSelfScore": {
    needs: "selfAssessment.write",
    input: (ids) => ({
      unitId: ids.bienHoa,
      year: 2023,
      scores: [{ code: "1.2", points: 1, note: "Báo cáo số 5" }],
    }),
    outsideBienHoa: "FORBIDDEN",
  },
  "parIndex.submit": {
    needs: "selfAssessment.write",
    input: (ids) => ({ unitId: ids.bienHoa, year: 2024 }),
    outsideBienHoa: "FORBIDDEN",
  },
  "parIndex.saveExplanation": {
    needs: "selfAssessment.write",
    input: (ids) => ({
      unitId: ids.bienHoa,
      year: 2025,
      items: [{ code: "5.1", explanation: "Đã phê duyệt" }],
    }),
    outsideBienHoa: "FORBIDDEN",
  },
  // Biên Hòa's clerk removes its draft's file; a clerk elsewhere is told there is no such file.
  "parIndex.removeFile": {
    needs: "selfAssessment.write",
    input: (ids) => ({ id: ids.parIndexFileId }),
    outsideBienHoa: "NOT_FOUND",
  },
  "parIndex.explain": {
    needs: "selfAssessment.write",
    input: (ids) => ({ unitId: ids.bienHoa, year: 2026 }),
    outsideBienHoa: "FORBIDDEN",
  },
  "parIndex.saveAppraisal": {
    needs: "plans.write",
    input: (ids) => ({
      unitId: ids.bienHoa,
      year: 2027,
      scores: [{ code: "5.1", points: 0, comment: "Chưa có" }],
    }),
  },
  "parIndex.finishRound": { needs: "plans.write", input: (ids) => ({ unitId: ids.bienHoa, year: 2028 }) },
  "parIndex.lock": { needs: "plans.write", input: (ids) => ({ unitId: ids.bienHoa, year: 2029 }) },
  // Unpublished (2029): the province's readers only; everyone else of the province is refused.
  "parIndex.ranking": {
    needs: "units.read",
    onlyRoles: ["province_admin", "province_office", "sector_inspector", "leader", "national_reader"],
    input: () => ({ year: 2029, level: "district" }),
  },
  "parIndex.publications": { needs: "units.read", input: () => ({ year: 2029 }) },
  // 2030: Biên Hòa's sheet locked, the other districts not: published with them listed.
  "parIndex.publish": {
    needs: "plans.write",
    input: () => ({ year: 2030, level: "district", allowUnlocked: true }),
  },
  "parIndex.unpublish": { needs: "plans.write", input: () => ({ year: 2031, level: "district" }) },
  "selfChecks.page": { needs: "inspections.read", input: () => ({}) },
  "selfChecks.get": {
    needs: "inspections.read",
    input: (ids) => ({ inspectionId: ids.fx.notified }),
    outsideBienHoa: "NOT_FOUND",
  },
  "selfChecks.save": {
    needs: "selfAssessment.write",
    input: (ids) => ({ inspectionId: ids.fx.notified, items: [] }),
    outsideBienHoa: "NOT_FOUND",
  },
  "selfChecks.submit": {
    needs: "selfAssessment.write",
    input: (ids) => ({ inspectionId: ids.fx.notified }),
    outsideBienHoa: "NOT_FOUND",
  },
  "selfChecks.approve": {
    needs: "submissions.approve",
    input: (ids) => ({ inspectionId: ids.fx.notified }),
    outsideBienHoa: "NOT_FOUND",
  },
  "selfChecks.sendBack": {
    needs: "submissions.approve",
    input: (ids) => ({ inspectionId: ids.fx.notified, comments: [{ text: "Bổ sung minh chứng" }] }),
    outsideBienHoa: "NOT_FOUND",
  },
  // Reports the head already approved: the team returns one and accepts the other.
  "selfChecks.return": {
    needs: "inspections.write",
    input: (ids) => ({ inspectionId: ids.fx.notified, comments: [{ itemCode: "4", text: "Bổ sung" }] }),
  },
  "selfChecks.accept": {
    needs: "inspections.write",
    input: (ids) => ({ inspectionId: ids.fx.scheduled }),
  },
  "internal.coverage": {
    needs: "internal.read",
    input: (ids) => ({ unitId: ids.bienHoa, year: 2023 }),
    outsideBienHoa: "FORBIDDEN",
  },
  "internal.overview": { needs: "internal.read", input: () => ({ year: 2023 }) },
  "internal.list": { needs: "internal.read", input: () => ({}) },
  "internal.create": {
    needs: "internal.write",
    input: (ids) => ({
      targetUnitId: ids.bienHoaOffice,
      startDate: "2023-06-02",
      endDate: "2023-06-02",
    }),
    outsideBienHoa: "FORBIDDEN",
  },
  "internal.record": {
    needs: "internal.write",
    input: (ids) => ({ id: ids.fx.internalPlanned, conductedOn: "2023-06-01", summary: "Đạt yêu cầu" }),
    outsideBienHoa: "FORBIDDEN",
  },
  "internal.home": {
    needs: "internal.read",
    input: (ids) => ({ unitId: ids.bienHoa, year: 2023 }),
    outsideBienHoa: "FORBIDDEN",
  },
  "internal.detail": {
    needs: "internal.read",
    input: (ids) => ({ id: ids.fx.internalPlanned }),
    outsideBienHoa: "NOT_FOUND",
  },
  "internal.nearby": {
    needs: "internal.read",
    input: (ids) => ({
      targetUnitId: ids.bienHoaOffice,
      startDate: "2023-06-12",
      endDate: "2023-06-12",
    }),
    outsideBienHoa: "FORBIDDEN",
  },
  "internal.recommendations": {
    needs: "internal.read",
    input: (ids) => ({ unitId: ids.bienHoa }),
    outsideBienHoa: "FORBIDDEN",
  },
  "internal.setTeam": {
    needs: "internal.write",
    input: (ids) => ({
      id: ids.fx.internalPlanned,
      decisionNumber: "3/QĐ-UBND",
      decisionDate: "2023-05-25",
      members: [{ name: "Nguyễn Văn Tổ", position: "Chánh Văn phòng", role: "lead" }],
    }),
    outsideBienHoa: "NOT_FOUND",
  },
  "internal.saveFinding": {
    needs: "internal.write",
    input: (ids) => ({ id: ids.fx.internalPlanned, itemCode: "mc", rating: "dat" }),
    outsideBienHoa: "NOT_FOUND",
  },
  "internal.conclude": {
    needs: "internal.write",
    input: (ids) => ({
      id: ids.internalReady,
      conductedOn: "2023-06-02",
      noticeNumber: "4/TB-UBND",
      summary: "Đơn vị thực hiện tốt cơ chế một cửa",
      recommendations: [{ text: "Niêm yết đủ thủ tục hành chính", deadline: "2023-09-30" }],
    }),
    outsideBienHoa: "NOT_FOUND",
  },
  "internal.closeRecommendation": {
    needs: "internal.write",
    input: (ids) => ({ id: ids.internalRec, doneOn: "2023-06-05", note: "Đã niêm yết đủ" }),
    outsideBienHoa: "NOT_FOUND",
  },
  "internal.fieldUnits": {
    needs: "internal.read",
    input: (ids) => ({ departmentId: ids.bienHoa }),
    outsideBienHoa: "FORBIDDEN",
  },
  "internal.addFieldUnit": {
    needs: "units.write",
    input: (ids) => ({ departmentId: ids.sgddt, unitId: ids.fx.bienHoaDivision }),
  },
  "internal.removeFieldUnit": {
    needs: "units.write",
    input: (ids) => ({ departmentId: ids.sgddt, unitId: ids.fx.bienHoaDivision }),
  },
  "evidence.list": {
    needs: "inspections.read",
    input: (ids) => ({ inspectionId: ids.fx.inProgress }),
    outsideBienHoa: "NOT_FOUND",
  },
  "evidence.remove": { needs: INSPECTION_WRITE, input: (ids) => ({ id: ids.evidenceId }) },
  "documents.available": {
    needs: "inspections.read",
    input: (ids) => ({ inspectionId: ids.fx.concluded }),
    outsideBienHoa: "NOT_FOUND",
  },
  "conflicts.list": { needs: INSPECTION_WRITE, input: () => ({}) },
  "conflicts.resolve": {
    needs: INSPECTION_WRITE,
    input: (ids) => ({ id: ids.conflictId, note: "Đã thống nhất lịch" }),
  },
  "units.importPreview": {
    needs: "units.write",
    input: () => importInput(`IMP${++seq}`),
  },
  "units.importCommit": {
    needs: "units.write",
    input: () => importInput(`IMP${++seq}`),
  },
  "units.setFields": { needs: "units.write", input: (ids) => ({ id: ids.closable, fields: ["dat_dai"] }) },
  "earlier.importPreview": { needs: "units.write", input: () => earlierInput(++seq) },
  "earlier.importCommit": { needs: "units.write", input: () => earlierInput(++seq) },
  "earlier.template": { needs: "units.write", input: () => undefined },
  "units.restructureShipped": { needs: "units.write", input: () => undefined },
  "units.lineage": {
    needs: "units.read",
    input: (ids) => ({ id: ids.bienHoa }),
    outsideBienHoa: "FORBIDDEN",
  },
  "units.restructurePreview": {
    needs: "units.write",
    input: () => ({
      effectiveDate: "2025-03-01",
      rows: [{ op: "rename", sourceCode: "SYT", targetName: `Sở Y tế ${++seq}` }],
    }),
  },
  "units.restructureApply": {
    needs: "units.write",
    input: () => ({
      effectiveDate: "2025-03-01",
      rows: [{ op: "rename", sourceCode: "SYT", targetName: `Sở Y tế ${++seq}` }],
    }),
  },
  "camera.counters": { needs: "camera.read", input: () => ({}) },
  "camera.counter": { needs: "camera.read", input: (ids) => ({ id: ids.counterId }) },
  "camera.feedStatus": { needs: "camera.read", input: () => undefined },
  "camera.saveCounter": {
    needs: "camera.review",
    input: (ids) => ({ shopUnitId: ids.bienHoa, number: 100 + ++seq, name: "Quầy thử", streamKind: "demo" }),
  },
  "camera.importPreview": { needs: "camera.review", input: () => counterImportInput(++seq) },
  "camera.importCommit": { needs: "camera.review", input: () => counterImportInput(++seq) },
  "camera.reviews": { needs: "camera.read", input: () => ({}) },
  "camera.saveReview": {
    needs: "camera.review",
    input: (ids) => ({
      clientId: crypto.randomUUID(),
      counterId: ids.counterId,
      watchedFrom: "2023-06-01T01:40:00Z",
      watchedTo: "2023-06-01T01:50:00Z",
      items: ["attitude"],
      severity: "minor",
      verdict: "violation",
    }),
  },
  "camera.saveReviews": {
    needs: "camera.review",
    input: (ids) => ({
      reviews: [
        {
          clientId: crypto.randomUUID(),
          counterId: ids.counterId,
          watchedFrom: "2023-06-01T01:40:00Z",
          watchedTo: "2023-06-01T01:50:00Z",
          items: [],
          severity: "none",
          verdict: "ok",
        },
      ],
    }),
  },
  "camera.markReviewed": { needs: "camera.review", input: () => ({ reviewIds: [1] }) },
  "camera.sample": { needs: "camera.read", input: () => ({ date: "2023-06-12" }) },
  "camera.drawSample": { needs: "camera.review", input: () => ({ date: "2023-06-12" }) },
  // Reviewers and planners read every reminder; a unit's clerk those of its units.
  "camera.reminders": {
    needs: [
      "camera.read",
      "recommendations.verify",
      "camera.review",
      "recommendations.respond",
      "submissions.approve",
    ],
    input: () => ({}),
  },
  "camera.report": { needs: "camera.read", input: () => ({ year: 2023, month: 6 }) },
  // A reminder's answer through the review loop, each step on a reminder in the state it starts from.
  "camera.reminderSave": {
    needs: "recommendations.respond",
    input: (ids) => ({ reminderId: ids.reminders.draft, response: "Đã nhắc công chức tại quầy" }),
    outsideBienHoa: "NOT_FOUND",
  },
  "camera.reminderSubmit": {
    needs: "recommendations.respond",
    input: (ids) => ({ reminderId: ids.reminders.draft }),
    outsideBienHoa: "NOT_FOUND",
  },
  "camera.reminderApprove": {
    needs: "submissions.approve",
    input: (ids) => ({ reminderId: ids.reminders.submitted[0] }),
    outsideBienHoa: "NOT_FOUND",
  },
  "camera.reminderSendBack": {
    needs: "submissions.approve",
    input: (ids) => ({ reminderId: ids.reminders.submitted[1], comment: "Bổ sung ảnh minh chứng" }),
    outsideBienHoa: "NOT_FOUND",
  },
  "camera.reminderReturn": {
    needs: ["recommendations.verify", "camera.review"],
    input: (ids) => ({ reminderId: ids.reminders.approved[0], comment: "Chưa đủ minh chứng" }),
  },
  "camera.reminderAccept": {
    needs: ["recommendations.verify", "camera.review"],
    input: (ids) => ({ reminderId: ids.reminders.approved[1] }),
  },
  "camera.remoteInspectionPreview": {
    needs: "inspections.write",
    input: (ids) => ({ unitId: ids.bienHoa, startDate: "2023-06-01", endDate: "2023-06-30" }),
  },
  "camera.openInspection": {
    // Sở Nội vụ and VP UBND tỉnh (not the sector departments: remote camera checks are not in a field).
    needs: "inspections.write",
    input: (ids) => ({ unitId: ids.bienHoa, startDate: "2023-06-01", endDate: "2023-06-30" }),
  },
  "dossiers.importPreview": { needs: "dossiers.write", input: () => dossierSheet(++seq) },
  "dossiers.importCommit": { needs: "dossiers.write", input: () => dossierSheet(++seq) },
  // Reads in scope: Biên Hòa's officer reads Biên Hòa; one bound elsewhere is refused Biên Hòa's unit.
  "dossiers.months": {
    needs: "dossiers.read",
    input: (ids) => ({ year: 2023, unitId: ids.bienHoa }),
    outsideBienHoa: "FORBIDDEN",
  },
  "dossiers.dashboard": { needs: "dossiers.read", input: () => ({ year: 2023, by: "district" }) },
  "dossiers.trend": {
    needs: "dossiers.read",
    input: (ids) => ({ year: 2023, unitId: ids.bienHoa }),
    outsideBienHoa: "FORBIDDEN",
  },
  "dossiers.thresholds": { needs: "dossiers.read", input: () => ({ year: 2023 }) },
  "dossiers.saveThresholds": {
    needs: "dossiers.write",
    input: () => ({ year: 2023, thresholds: DEFAULT_DOSSIER_THRESHOLDS }),
  },
  // Sở Nội vụ only (dossiers.write); the figures are imported in the same test first (dossierSheet).
  "dossiers.openRemoteCheck": {
    needs: "dossiers.write",
    input: (ids) => ({ unitId: ids.bienHoa, year: 2023, date: "2023-12-15" }),
  },
  "reportDuties.summary": { needs: "reports.export", input: () => ({ year: 2023 }) },
  "reportDuties.list": {
    needs: "reports.export",
    input: () => ({ year: 2023, kind: "unit_cchc_section", period: "q2" }),
  },
  // Only the body itself (the domain's maySendFor): Biên Hòa's clerk for Biên Hòa's CCHC section; Sở Nội
  // vụ, the office and the sector inspectors hold reports.send for their own reports, not this one.
  "reportDuties.markSent": {
    needs: "reports.send",
    onlyRoles: ["unit_officer"],
    input: (ids) => ({ year: 2023, kind: "unit_cchc_section", period: "q2", bodyUnitId: ids.bienHoa }),
    outsideBienHoa: "FORBIDDEN",
  },
  // Every holder of reports.send gets its own body's list (empty for a body owing nothing).
  "reportDuties.mine": { needs: "reports.send", input: () => ({ year: 2023 }) },
  "reportDuties.saveDueDates": {
    needs: "plans.write",
    input: () => ({
      year: 2023,
      dueDates: [{ kind: "unit_cchc_section", period: "q2", dueDate: "2023-06-20" }],
    }),
  },
  "auth.provinces": { needs: "session", input: () => undefined },
  "auth.chooseProvince": { needs: "national", input: (ids) => ({ provinceId: ids.province }) },
  "accounts.list": { needs: "users.manage", input: () => ({ query: "ubnd" }) },
  "accounts.create": {
    needs: "users.manage",
    input: (ids) => ({
      username: `tk.thu${++seq}`,
      displayName: "Cán bộ thử",
      role: "unit_officer",
      unitId: ids.xuanLoc,
      password: "TamThoi2023x",
    }),
  },
  "accounts.resetPassword": {
    needs: "users.manage",
    input: (ids) => ({ userId: ids.xuanLocUser, password: "TamThoi2023x" }),
  },
  "accounts.setActive": {
    needs: "users.manage",
    input: (ids) => ({ userId: ids.xuanLocUser, active: true }),
  },
  "accounts.importPreview": { needs: "users.manage", input: () => accountSheet(`tk.nhap${++seq}`) },
  "accounts.importCommit": { needs: "users.manage", input: () => accountSheet(`tk.nhap${++seq}`) },
  // Last: it changes the signed-in user's password, which later sign-ins of the same test would need.
  "auth.changePassword": {
    needs: "session",
    input: () => ({
      currentPassword: process.env.PAR_DEMO_PASSWORD ?? "DongNai@2023",
      newPassword: "MatKhauMoi2024",
    }),
  },
};

/** A one-account sheet (CSV) for an officer of Huyện Xuân Lộc (741). */
function accountSheet(username: string) {
  const csv = `Tên đăng nhập,Họ tên,Vai trò,Mã đơn vị,Mật khẩu tạm\n${username},Cán bộ nhập,Cán bộ đơn vị,741,TamThoi2023x\n`;
  return { fileName: "tk.csv", contentBase64: Buffer.from(csv).toString("base64") };
}

/** One imported conclusion of Thanh tra tỉnh about Biên Hòa, numbered apart each time (never a duplicate). */
function earlierInput(n: number) {
  const csv = `Mã đơn vị;Cơ quan kết luận;Loại cơ quan;Số kết luận;Ngày kết luận;Kiến nghị\n731;Thanh tra tỉnh;Thanh tra;${n}/KL-TTr;15/11/2022;Niêm yết TTHC\n`;
  return { fileName: "kl.csv", contentBase64: Buffer.from(csv).toString("base64") };
}

/** One counter of Biên Hòa's one-stop shop, numbered apart each time. */
/** A month of Biên Hòa (731) that adds up; a different month each time (n). */
function dossierSheet(n: number) {
  const header = DOSSIER_COLUMNS.map((c) => c.vi).join(",");
  const row = `731,2023,${(n % 12) + 1},600,350,50,100,400,500,100,77,3,20,300,200,80,800,700,600,380,400`;
  return { fileName: "hs.csv", contentBase64: Buffer.from(`${header}\n${row}\n`).toString("base64") };
}

function counterImportInput(n: number) {
  const csv = `Mã đơn vị,Số quầy,Tên quầy,Lĩnh vực,Loại luồng\n731,${100 + (n % 800)},Quầy nhập,dat_dai,demo\n`;
  return { fileName: "quay.csv", contentBase64: Buffer.from(csv).toString("base64") };
}

/** A one-commune catalogue under Huyện Xuân Lộc (741). */
function importInput(code: string) {
  const csv = `code,name,type,parent code\n${code},Xã Nhập Thử,Xã,741\n`;
  return { fileName: "dm.csv", contentBase64: Buffer.from(csv).toString("base64"), validFrom: "2023-07-01" };
}

const holds = (
  assignments: { role: Role; unitId: number | null }[],
  needs: (typeof PROCEDURES)[string]["needs"],
) => {
  if (needs === "public" || needs === "session") return true;
  if (needs === "national") return assignments.some((a) => a.role === "national_reader");
  return (typeof needs === "string" ? [needs] : needs).some((p) => hasPermission(assignments, p));
};

/** Self-check reports of announced fixtures, already approved by the unit's head. */
async function approvedSelfChecks(db: Db, inspectionIds: number[]): Promise<object> {
  await db
    .insertInto("self_checks")
    .values(inspectionIds.map((id) => ({ inspection_id: id, review_state: "approved" as const })))
    .execute();
  return {};
}

/** Copies of the fixture's recommendation whose response the head already approved. */
async function approvedResponses(db: Db, recommendationId: number): Promise<[number, number]> {
  const r = await db
    .selectFrom("recommendations")
    .selectAll()
    .where("id", "=", recommendationId)
    .executeTakeFirstOrThrow();
  const copy = (position: number) =>
    db
      .insertInto("recommendations")
      .values({
        inspection_id: r.inspection_id,
        conclusion_id: r.conclusion_id,
        unit_id: r.unit_id,
        position,
        text: r.text,
        deadline: r.deadline,
        status: "responded",
        response: "Đã cập nhật sổ hộ tịch điện tử",
        responded_on: "2023-06-01",
        review_state: "approved",
      })
      .returning("id")
      .executeTakeFirstOrThrow();
  return [(await copy(90)).id, (await copy(91)).id];
}

interface ReminderFixtures {
  draft: number;
  submitted: [number, number];
  approved: [number, number];
}

/** Violations on Biên Hòa's first counter and their reminders, written straight to the tables. */
async function reminderFixtures(db: Db, counterId: number): Promise<ReminderFixtures> {
  const unitId = await unitIdByCode(db, "731");
  const reviewer = await db
    .selectFrom("users")
    .select("id")
    .where("username", "=", "camera.1")
    .executeTakeFirstOrThrow();
  const make = async (n: number, state: "submitted" | "approved" | null) => {
    const at = new Date(Date.UTC(2023, 5, 1, 1, n));
    const review = await db
      .insertInto("camera_reviews")
      .values({
        client_id: crypto.randomUUID(),
        content_hash: "0".repeat(64),
        counter_id: counterId,
        unit_id: unitId,
        reviewer_id: reviewer.id,
        watched_from: at,
        watched_to: new Date(at.getTime() + 600_000),
        items: ["personal_phone"],
        severity: "minor",
        verdict: "violation",
        note: "",
        snapshot_ids: [],
        sample_window_id: null,
        created_at: at,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const reminder = await db
      .insertInto("camera_reminders")
      .values({
        review_id: review.id,
        unit_id: unitId,
        counter_id: counterId,
        items: ["personal_phone"],
        note: "",
        snapshot_ids: [],
        created_at: at,
        response: state ? "Đã nhắc công chức" : null,
        review_state: state,
        status: state === "approved" ? "answered" : "open",
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    return reminder.id;
  };
  return {
    draft: await make(1, null),
    submitted: [await make(2, "submitted"), await make(3, "submitted")],
    approved: [await make(4, "approved"), await make(5, "approved")],
  };
}

async function idsOf(db: Db): Promise<Ids> {
  const fx = await buildScopeFixtures(db);
  // A month of Biên Hòa's dossier figures (every count 0 but one balanced pair), for dossiers.openRemoteCheck.
  const bienHoaId = await unitIdByCode(db, "731");
  await db
    .insertInto("dossier_stats")
    .values({
      province_id: await unitIdByCode(db, "75"),
      unit_id: bienHoaId,
      month: "2023-11-01",
      ...countsToColumns({ ...ZERO_COUNTS, receivedOnline: 10, resolvedLate: 10 }),
    })
    .onConflict((oc) => oc.doNothing())
    .execute();
  const internal = await internalFixtures(db, fx);
  const counterId = (
    await db
      .selectFrom("camera_counters")
      .select("id")
      .where("shop_unit_id", "=", await unitIdByCode(db, "731"))
      .orderBy("number")
      .executeTakeFirstOrThrow()
  ).id;
  return {
    ...internal,
    reminders: await reminderFixtures(db, counterId),
    sgddt: await unitIdByCode(db, "SGDDT"),
    bienHoaOffice: await unitIdByCode(db, "731.VP"),
    province: await unitIdByCode(db, "75"),
    xuanLocUser: (
      await db
        .selectFrom("users")
        .select("id")
        .where("username", "=", "ubnd.xuanloc")
        .executeTakeFirstOrThrow()
    ).id,
    bienHoa: await unitIdByCode(db, "731"),
    bienHoaCommune: await unitIdByCode(db, "25993"),
    xuanLoc: await unitIdByCode(db, "741"),
    closable: await unitIdByCode(db, "26446"),
    fx,
    approvedRecs: await approvedResponses(db, fx.recommendation),
    ...(await approvedSelfChecks(db, [fx.notified, fx.scheduled])),
    ...(await parIndexSheets(db)),
    evidenceId: (
      await insertEvidence(db, {
        id: crypto.randomUUID(),
        inspection_id: fx.inProgress,
        item_code: "4",
        file_name: "quay.png",
        content_type: "image/png",
        size_bytes: pngBytes().length,
        sha256: "0".repeat(64),
        content: pngBytes(),
        uploaded_by: null,
        uploaded_at: new Date(),
      })
    ).id,
    counterId: (
      await db
        .selectFrom("camera_counters")
        .select("id")
        .where("shop_unit_id", "=", await unitIdByCode(db, "731"))
        .orderBy("number")
        .executeTakeFirstOrThrow()
    ).id,
    conflictId: (
      await db
        .insertInto("schedule_conflicts")
        .values({
          inspection_id: fx.draftA,
          hidden_inspection_id: fx.draftB,
          kind: "same_days",
          member: null,
          first_day: "2023-07-11",
          detected_at: new Date(),
          detected_by: null,
        })
        .returning("id")
        .executeTakeFirstOrThrow()
    ).id,
  };
}

/** Rows written straight to the tables: one internal inspection ready to conclude, one concluded with an open recommendation. */
async function internalFixtures(db: Db, fx: ScopeFixtures) {
  const bienHoa = await unitIdByCode(db, "731");
  const divisions = await db
    .selectFrom("org_units")
    .select("id")
    .where("parent_id", "=", bienHoa)
    .where("kind", "=", "division")
    .where("id", "<>", fx.bienHoaDivision)
    .where("code", "<>", "731.VP")
    .orderBy("code")
    .limit(2)
    .execute();
  const make = (target: number, status: "planned" | "concluded") =>
    db
      .insertInto("internal_inspections")
      .values({
        parent_unit_id: bienHoa,
        target_unit_id: target,
        year: 2023,
        start_date: "2023-06-02",
        end_date: "2023-06-02",
        areas: "[]",
        status,
        decision_number: "2/QĐ-UBND",
        decision_date: "2023-05-25",
        created_at: new Date(),
        updated_at: new Date(),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
  const ready = await make(divisions[0]!.id, "planned");
  await db
    .insertInto("internal_team_members")
    .values({ internal_id: ready.id, name: "Trần Thị Lan", role: "lead", position: "" })
    .execute();
  await db
    .insertInto("internal_findings")
    .values(
      INTERNAL_ITEM_CODES.map((c) => ({
        internal_id: ready.id,
        item_code: c,
        rating: "dat" as const,
        note: "",
        updated_at: new Date(),
      })),
    )
    .execute();
  const concluded = await make(divisions[1]!.id, "concluded");
  const rec = await db
    .insertInto("internal_recommendations")
    .values({
      internal_id: concluded.id,
      text: "Cập nhật sổ theo dõi hồ sơ",
      deadline: "2023-09-30",
      created_at: new Date(),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return { internalReady: ready.id, internalRec: rec.id };
}

/** Biên Hòa's PAR-index sheets, one year per step so that every step finds its sheet ready (2023: none yet). */
async function parIndexSheets(db: Db) {
  const bienHoa = await unitIdByCode(db, "731");
  await districtSheetIn(db, bienHoa, 2023, null);
  const states = {
    2024: "self_scoring",
    2025: "appraised_1",
    2026: "appraised_1",
    2027: "submitted",
    2028: "submitted",
    2029: "appraised_2",
    2030: "locked",
    2031: "locked",
  } as const;
  for (const [year, state] of Object.entries(states)) await districtSheetIn(db, bienHoa, Number(year), state);
  // 2031's ranking is published (parIndex.unpublish withdraws it).
  await db
    .insertInto("par_index_publications")
    .values({
      province_id: (
        await db
          .selectFrom("org_units")
          .select("province_id")
          .where("id", "=", bienHoa)
          .executeTakeFirstOrThrow()
      ).province_id,
      year: 2031,
      level: "district",
      published_at: new Date(),
      published_by: null,
      not_locked: "[]",
    })
    .execute();
  // An evidence file of the 2024 sheet, still self-scoring: its clerk may remove it.
  const file = await db
    .selectFrom("par_index_files as f")
    .innerJoin("par_index_sheets as s", "s.id", "f.sheet_id")
    .select("f.id")
    .where("s.year", "=", 2024)
    .where("s.unit_id", "=", bienHoa)
    .executeTakeFirstOrThrow();
  return { parIndexFileId: file.id };
}

describe("authorization by role (the domain's role registry)", () => {
  it("covers every procedure of the router", () => {
    expect(Object.keys(PROCEDURES).sort()).toEqual(procedurePaths());
  });

  it("refuses every non-public procedure without a session", async () => {
    const ids = await idsOf(t.trx);
    const { caller } = await anonymous(t.trx);
    for (const [path, p] of Object.entries(PROCEDURES)) {
      if (p.needs === "public") continue;
      let code = "OK";
      try {
        await callPath(caller, path, p.input(ids));
      } catch (error) {
        code = factsOf(error).code;
      }
      expect(code, path).toBe("UNAUTHORIZED");
    }
  });

  for (const role of ROLES) {
    // Every procedure signs in afresh (argon2): a minute or more on a busy 2-core machine.
    it(`${role}: allowed exactly where the registry grants the permission`, async () => {
      const user = DEMO_USERS.find((u) => u.role === role);
      if (!user) throw new Error(`No demo user for role ${role}: add one to DEMO_USERS`);
      const ids = await idsOf(t.trx);
      const assignments = [{ role: role as Role, unitId: null }];
      for (const [path, p] of Object.entries(PROCEDURES)) {
        const { caller } = await signIn(t.trx, user.username);
        const allowed = holds(assignments, p.needs) && (!p.onlyRoles || p.onlyRoles.includes(role as Role));
        let code = "OK";
        try {
          await callPath(caller, path, p.input(ids));
        } catch (error) {
          code = factsOf(error).code;
        }
        // A unit-bound holder may still be refused a unit outside its scope: the inputs above are in
        // Biên Hòa / Xuân Lộc, so only Biên Hòa's officer reaching Biên Hòa is expected through.
        const unitBound = role === "unit_officer" || role === "unit_head";
        if (allowed && unitBound && p.outsideBienHoa && user.unitCode !== "731") {
          expect(code, `${role} ${path}`).toBe(p.outsideBienHoa);
        } else {
          expect(code, `${role} ${path}`).toBe(allowed ? "OK" : "FORBIDDEN");
        }
      }
    }, 180_000); // ~90 procedures × a fresh sign-in each: 30 s is too short on a shared 2-core machine
  }
});

describe("unit scope: ubnd.bienhoa sees Biên Hòa's subtree only", () => {
  it("units.get: every unit inside answers, every unit outside is FORBIDDEN", async () => {
    const all = await t.trx.selectFrom("org_units").select(["id", "parent_id"]).execute();
    const bienHoa = await unitIdByCode(t.trx, "731");
    const parentOf = new Map(all.map((u) => [u.id, u.parent_id]));
    const inside = (id: number): boolean => {
      for (let at: number | null | undefined = id; at != null; at = parentOf.get(at))
        if (at === bienHoa) return true;
      return false;
    };
    const { caller } = await signIn(t.trx, "ubnd.bienhoa");
    let insideCount = 0;
    for (const u of all) {
      let code = "OK";
      try {
        await caller.units.get({ id: u.id });
      } catch (error) {
        code = factsOf(error).code;
      }
      expect(code, `unit ${u.id}`).toBe(inside(u.id) ? "OK" : "FORBIDDEN");
      if (inside(u.id)) insideCount++;
    }
    // Biên Hòa: itself, 30 wards/communes, 12 divisions.
    expect(insideCount).toBe(1 + 30 + 12);
  });

  it("units.page, tierCounts and myScope return the subtree and nothing else", async () => {
    const { caller } = await signIn(t.trx, "ubnd.bienhoa");
    const list = await unitsSeen(caller, {});
    expect(list).toHaveLength(43);
    expect(
      list.some((u) => u.name === "Huyện Xuân Lộc" || u.kind === "province" || u.kind === "department"),
    ).toBe(false);
    expect(await unitsSeen(caller, { query: "xuan loc" })).toEqual([]);
    expect(await caller.units.tierCounts({})).toEqual([
      { tier: "agency", count: 0 },
      { tier: "district", count: 1 },
      { tier: "commune", count: 30 },
    ]);
    const scope = await caller.units.myScope();
    expect(scope.roots.map((u) => u.name)).toEqual(["Thành phố Biên Hòa"]);
  });

  it("writes and the audit log are refused (no units.write / audit.read), whatever the unit", async () => {
    const { caller } = await signIn(t.trx, "ubnd.bienhoa");
    const ids = await idsOf(t.trx);
    for (const path of ["units.create", "units.update", "units.close", "audit.list"]) {
      for (const unitId of [ids.bienHoa, ids.bienHoaCommune, ids.xuanLoc]) {
        const input = { ...(PROCEDURES[path]!.input(ids) as object), id: unitId, parentId: unitId, unitId };
        let code = "OK";
        try {
          await callPath(caller, path, input);
        } catch (error) {
          code = factsOf(error).code;
        }
        expect(code, `${path} on ${unitId}`).toBe("FORBIDDEN");
      }
    }
  });

  it("a department officer (so.gddt) reaches its schools, not Biên Hòa", async () => {
    const { caller } = await signIn(t.trx, "so.gddt");
    const list = await unitsSeen(caller, {});
    expect(list.filter((u) => u.kind === "subordinate").length).toBeGreaterThanOrEqual(15);
    expect(list.every((u) => u.code === "SGDDT" || u.code.startsWith("SGDDT."))).toBe(true);
    const bienHoa = await unitIdByCode(t.trx, "731");
    let code = "OK";
    try {
      await caller.units.get({ id: bienHoa });
    } catch (error) {
      code = factsOf(error).code;
    }
    expect(code).toBe("FORBIDDEN");
  });
});

describe("several provinces (issue 8 §3): a province's accounts never reach another province", () => {
  /** Đồng Nai's names that no answer to Bình Phước may carry. */
  const DONG_NAI_NAMES = ["Biên Hòa", "Xuân Lộc", "Long Khánh", "Tỉnh Đồng Nai"];

  it("Bình Phước's Sở Nội vụ, by every procedure with Đồng Nai's inputs: no Đồng Nai data out, no write in", async () => {
    const ids = await idsOf(t.trx);
    const bp = await addBinhPhuoc(t.trx);
    const dongNaiAudit = async () =>
      Number(
        (
          await t.trx
            .selectFrom("audit_log")
            .select((eb) => eb.fn.countAll<number>().as("n"))
            .where("province_id", "=", ids.province)
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await dongNaiAudit();
    for (const [path, p] of Object.entries(PROCEDURES)) {
      if (path.startsWith("auth.")) continue; // sign-in, sign-out, own password, own province list
      const { caller } = await signIn(t.trx, bp.admin);
      let out: unknown = null;
      try {
        out = await callPath(caller, path, p.input(ids));
      } catch (error) {
        expect(["FORBIDDEN", "NOT_FOUND", "BAD_REQUEST", "CONFLICT"], path).toContain(factsOf(error).code);
      }
      const text = JSON.stringify(out) ?? "";
      for (const name of DONG_NAI_NAMES) expect(text.includes(name), `${path} answered ${name}`).toBe(false);
      expect(await dongNaiAudit(), `${path} wrote to Đồng Nai's audit log`).toBe(before);
    }
  });

  it("each province sees its own register, plans and audit log only", async () => {
    const bp = await addBinhPhuoc(t.trx);
    const { caller: dn } = await signIn(t.trx, "snv.admin");
    const { caller: bpAdmin } = await signIn(t.trx, bp.admin);
    // One plan per province and year: both provinces plan 2023.
    await dn.plans.create({ year: 2023, template: "dong-nai-2023" });
    await bpAdmin.plans.create({ year: 2023, template: "dong-nai-2023" });
    expect((await bpAdmin.plans.list()).map((p) => p.year)).toEqual([2023]);
    expect((await dn.plans.list()).map((p) => p.year)).toEqual([2023, 2022]);
    // A year's list goes through the province's own plan of that year: with two plans of 2022 it used
    // to fail ("more than one row returned by a subquery").
    // (The shipped template starts in 2023: Bình Phước's 2022 plan is copied in as data.)
    await sql`insert into plans (province_id, year, template_id, status, quotas)
      select ${bp.provinceId}, year, template_id, status, quotas from plans where year = 2022`.execute(t.trx);
    expect((await dn.inspections.list({ year: 2022 })).items.length).toBeGreaterThan(0);
    expect((await bpAdmin.inspections.list({ year: 2022 })).items).toEqual([]);
    const bpUnits = await unitsSeen(bpAdmin, {});
    expect(bpUnits.map((u) => u.code).sort()).toEqual(["25195", "25198", "25201", "689", "690", "70", "SNV"]);
    expect((await unitsSeen(dn, { query: "dong xoai" })).length).toBe(0);
    const tiers = await bpAdmin.plans.coverage({ year: 2023 });
    expect(tiers.tiers.map((x) => [x.tier, x.eligible])).toEqual([
      ["agency", 1],
      ["district", 2],
      ["commune", 3],
    ]);
    const audit = await bpAdmin.audit.list({ limit: 200 });
    expect(audit.items.length).toBeGreaterThan(0);
    const dnAudit = await dn.audit.list({ limit: 200 });
    expect(dnAudit.items.some((r) => audit.items.some((x) => x.id === r.id))).toBe(false);
    // A unit code is unique per province: both have "SNV".
    expect(bpUnits.some((u) => u.code === "SNV" && u.name === "Sở Nội vụ tỉnh Bình Phước")).toBe(true);
  });

  it("the national reader reads either province through the switcher and writes nothing", async () => {
    const bp = await addBinhPhuoc(t.trx);
    const { caller: first, token } = await signIn(t.trx, "bo.noivu");
    const switcher = await first.auth.provinces();
    expect(switcher.provinces.map((p) => p.name)).toEqual(["Tỉnh Đồng Nai", "Tỉnh Bình Phước"]);
    expect((await unitsSeen(first, { query: "bien hoa" })).length).toBeGreaterThan(0);
    await first.auth.chooseProvince({ provinceId: bp.provinceId });
    // The choice holds for the session's next requests; another session starts on the first province.
    const caller = await withSession(t.trx, token);
    expect((await caller.auth.provinces()).current).toBe(bp.provinceId);
    const { caller: again } = await signIn(t.trx, "bo.noivu");
    expect((await again.auth.provinces()).current).not.toBe(bp.provinceId);
    expect((await unitsSeen(caller, {})).map((u) => u.code)).toContain("689");
    expect((await unitsSeen(caller, { query: "bien hoa" })).length).toBe(0);
    let code = "OK";
    try {
      await caller.plans.create({ year: 2024, template: "dong-nai-2023" });
    } catch (error) {
      code = factsOf(error).code;
    }
    expect(code).toBe("FORBIDDEN");
    const { caller: admin } = await signIn(t.trx, "snv.admin");
    code = "OK";
    try {
      await admin.auth.chooseProvince({ provinceId: bp.provinceId });
    } catch (error) {
      code = factsOf(error).code;
    }
    expect(code).toBe("FORBIDDEN");
  });
});
