import { DOSSIER_COLUMNS, exampleIndexTree } from "@par/domain";
import { describe, expect, it } from "vitest";
import type { Db } from "../src/db/database";
import { anonymous, DEMO_PASSWORD, signIn } from "./helpers/callers";
import { failureOf } from "./helpers/expect-error";
import { callPath, procedurePaths } from "./helpers/procedures";
import { useTestDb } from "./helpers/test-db";
import { snapshotCounts, unitIdByCode, unitsSeen } from "./helpers/units";

const t = useTestDb();
const long = (n: number) => "a".repeat(n);
const UNKNOWN_ID = 987_654;

interface Case {
  input: unknown;
  field: string;
  code?: "BAD_REQUEST" | "NOT_FOUND";
}

/**
 * Bad inputs per procedure, each naming the field the error must name. Procedures that take no input
 * are listed with none. A procedure missing here fails the first test.
 */
function cases(commune: number, plan2022 = 1, bhDivision = 1): Record<string, Case[]> {
  const unit = {
    code: "NEW1",
    name: "Phòng Mới",
    kind: "division",
    parentId: commune,
    validFrom: "2023-01-01",
  };
  const insp = {
    planId: plan2022,
    targetUnitId: commune,
    form: "announced",
    areas: ["1"],
    startDate: "2023-06-12",
    endDate: "2023-06-12",
  };
  const window = { inspectionId: UNKNOWN_ID, startDate: "2023-06-12", endDate: "2023-06-12" };
  const account = { username: "tk.moi", displayName: "Cán bộ mới", role: "leader", password: "TamThoi2023x" };
  const member = { name: "Nguyễn Văn A", body: "Sở Nội vụ", role: "leader" };
  return {
    "plans.list": [],
    "plans.get": [
      { input: { year: "2023" }, field: "year" },
      { input: { year: 1999 }, field: "year" },
      { input: { year: 2031 }, field: "year", code: "NOT_FOUND" },
    ],
    "plans.coverage": [
      { input: {}, field: "year" },
      { input: { year: 2023.5 }, field: "year" },
    ],
    "plans.coverageUnits": [
      { input: { year: 2023 }, field: "tier" },
      { input: { year: 2023, tier: "ward" }, field: "tier" },
      { input: { year: 2023, tier: "commune", state: "late" }, field: "state" },
      { input: { year: 2023, tier: "commune", query: "x".repeat(101) }, field: "query" },
      { input: { year: 2023, tier: "commune", cursor: "WzUsMV0" }, field: "cursor" },
      { input: { year: 2031, tier: "commune" }, field: "year", code: "NOT_FOUND" },
    ],
    "plans.create": [
      { input: { template: "dong-nai-2023" }, field: "year" },
      { input: { year: 2101, template: "dong-nai-2023" }, field: "year" },
      { input: { year: 2023, template: "hanoi-2023" }, field: "template" },
      { input: { year: 2026, template: "dong-nai-2023" }, field: "template" },
    ],
    "plans.adjustQuotas": [
      { input: { year: 2023 }, field: "quotas" },
      { input: { year: 2023, quotas: [] }, field: "quotas" },
      { input: { year: 2023, quotas: [{ tier: "ward", pct: 30 }] }, field: "quotas" },
      { input: { year: 2023, quotas: [{ tier: "commune", pct: 101 }] }, field: "quotas" },
      { input: { year: 2022, quotas: [{ tier: "commune", pct: 10 }] }, field: "quotas" },
    ],
    "plans.approve": [
      { input: { year: 2023, issuedDate: "2022-12-29" }, field: "number" },
      { input: { year: 2023, number: "284/KH-UBND", issuedDate: "29/12/2022" }, field: "issuedDate" },
      { input: { year: 2031, number: "1/KH", issuedDate: "2030-12-29" }, field: "year", code: "NOT_FOUND" },
    ],
    "proposal.run": [
      { input: { year: 2023, monthlyCapacity: 0 }, field: "monthlyCapacity" },
      { input: { year: 2023, startMonth: 13 }, field: "startMonth" },
      { input: { year: 2023, exclude: ["x"] }, field: "exclude" },
      { input: { year: 2031 }, field: "year", code: "NOT_FOUND" },
    ],
    "proposal.acceptPreview": [
      { input: { year: 2022 }, field: "picks" },
      { input: { year: 2022, picks: [{ unitId: commune, month: 5 }], teamsPerDay: 0 }, field: "teamsPerDay" },
    ],
    "proposal.accept": [
      {
        input: { year: 2022, picks: [{ unitId: commune, month: 5 }], confirmShortfall: "yes" },
        field: "confirmShortfall",
      },
      { input: { year: 2022 }, field: "picks" },
      { input: { year: 2022, picks: [{ unitId: commune, month: 0 }] }, field: "picks" },
      {
        input: { year: 2022, picks: [{ unitId: commune, month: 5, form: "remote_camera" }] },
        field: "picks",
      },
      {
        input: {
          year: 2022,
          picks: [
            { unitId: commune, month: 5 },
            { unitId: commune, month: 6 },
          ],
        },
        field: "picks",
      },
    ],
    "inspections.list": [
      { input: { status: "done" }, field: "status" },
      { input: { unitId: 0 }, field: "unitId" },
      { input: { query: long(101) }, field: "query" },
      { input: { unitId: UNKNOWN_ID }, field: "unitId", code: "NOT_FOUND" },
      { input: { tier: "ward" }, field: "tier" },
      { input: { limit: 0 }, field: "limit" },
      { input: { cursor: "!!" }, field: "cursor" },
      { input: { cursor: "eyJ4Ijox" }, field: "cursor" },
    ],
    "inspections.get": [
      { input: {}, field: "id" },
      { input: { id: UNKNOWN_ID }, field: "id", code: "NOT_FOUND" },
    ],
    "inspections.calendar": [
      { input: { year: 2023, month: 13 }, field: "month" },
      { input: { month: 1 }, field: "year" },
      { input: { year: 2023, cursor: "!!" }, field: "cursor" },
    ],
    "inspections.checkSchedule": [
      { input: { startDate: "2023-06-12", endDate: "2023-06-12" }, field: "planId" },
      { input: { ...window, endDate: "2023-06-09" }, field: "endDate" },
      { input: window, field: "inspectionId", code: "NOT_FOUND" },
    ],
    "inspections.create": [
      { input: { ...insp, planId: undefined }, field: "planId" },
      { input: { ...insp, form: "phone" }, field: "form" },
      { input: { ...insp, areas: [] }, field: "areas" },
      { input: { ...insp, areas: ["1", "1"] }, field: "areas" },
      { input: { ...insp, startDate: "12/06/2023" }, field: "startDate" },
      { input: { ...insp, endDate: "2023-06-09" }, field: "endDate" },
      { input: { ...insp, form: "surprise", noticeDate: "2023-06-01" }, field: "noticeDate" },
      { input: { ...insp, leadBody: "Sở Nội vụ" }, field: "leadBody" },
      { input: { ...insp, areas: ["9"] }, field: "areas" },
      { input: { ...insp, leadBody: "so_y_te" }, field: "leadBody" },
      { input: { ...insp, planId: UNKNOWN_ID }, field: "planId", code: "NOT_FOUND" },
      { input: { ...insp, targetUnitId: UNKNOWN_ID }, field: "targetUnitId", code: "NOT_FOUND" },
    ],
    "inspections.reschedule": [
      { input: { ...window, inspectionId: "1" }, field: "inspectionId" },
      { input: { ...window, startDate: "2023-02-30" }, field: "startDate" },
      { input: window, field: "inspectionId", code: "NOT_FOUND" },
    ],
    "inspections.schedule": [
      { input: { id: -1 }, field: "id" },
      { input: { id: UNKNOWN_ID }, field: "id", code: "NOT_FOUND" },
    ],
    "inspections.notify": [
      { input: { id: 1, noticeDate: "tomorrow" }, field: "noticeDate" },
      { input: { id: UNKNOWN_ID }, field: "id", code: "NOT_FOUND" },
    ],
    "inspections.start": [{ input: { id: UNKNOWN_ID }, field: "id", code: "NOT_FOUND" }],
    "inspections.setDecision": [
      { input: { inspectionId: 1, date: "2023-06-01" }, field: "number" },
      { input: { inspectionId: 1, number: "1/QĐ-SNV", date: "01/06/2023" }, field: "date" },
      { input: { number: "1/QĐ-SNV", date: "2023-06-01" }, field: "inspectionId" },
      {
        input: { inspectionId: UNKNOWN_ID, number: "1/QĐ", date: "2023-06-01" },
        field: "inspectionId",
        code: "NOT_FOUND",
      },
    ],
    "inspections.recordFinding": [
      { input: { inspectionId: 1, itemCode: "3 b", rating: "dat" }, field: "itemCode" },
      { input: { inspectionId: 1, itemCode: "1a", rating: "good" }, field: "rating" },
      { input: { inspectionId: 1, itemCode: "1a", rating: "dat", note: long(4001) }, field: "note" },
      {
        input: { inspectionId: UNKNOWN_ID, itemCode: "1a", rating: "dat" },
        field: "inspectionId",
        code: "NOT_FOUND",
      },
    ],
    "inspections.conclude": [
      { input: { inspectionId: 1, number: "1", date: "2023-06-20" }, field: "summary" },
      {
        input: {
          inspectionId: 1,
          number: "1",
          date: "2023-06-20",
          summary: "Kết luận đầy đủ",
          recommendations: [{ text: "Khắc phục ngay", deadline: "2023-06-01" }],
        },
        field: "recommendations",
      },
    ],
    "inspections.close": [{ input: { id: UNKNOWN_ID }, field: "id", code: "NOT_FOUND" }],
    "inspections.cancel": [
      { input: { id: 1 }, field: "reason" },
      { input: { id: 1, reason: "x" }, field: "reason" },
    ],
    "teams.set": [
      { input: { inspectionId: 1 }, field: "members" },
      { input: { inspectionId: 1, members: [] }, field: "members" },
      { input: { inspectionId: 1, members: [{ ...member, role: "member" }] }, field: "members" },
      { input: { inspectionId: 1, members: [member, member] }, field: "members" },
      { input: { inspectionId: UNKNOWN_ID, members: [member] }, field: "inspectionId", code: "NOT_FOUND" },
    ],
    "recommendations.list": [
      { input: { status: "closed" }, field: "status" },
      { input: { overdue: "yes" }, field: "overdue" },
      { input: { withTotal: "yes" }, field: "withTotal" },
      { input: { sort: "unit" }, field: "sort" },
      { input: { limit: 500 }, field: "limit" },
      { input: { cursor: "!!" }, field: "cursor" },
      // Decodes, but not to (deadline, id): an impossible date is bad input, never a query error.
      { input: { cursor: "WyIyMDIzLTAyLTMwIiwxXQ" }, field: "cursor" },
    ],
    "recommendations.respond": [
      { input: { recommendationId: 1, response: "" }, field: "response" },
      {
        input: { recommendationId: 1, response: "Đã xong", evidenceFileIds: [""] },
        field: "evidenceFileIds",
      },
      {
        input: { recommendationId: UNKNOWN_ID, response: "Đã xong" },
        field: "recommendationId",
        code: "NOT_FOUND",
      },
    ],
    "recommendations.verify": [
      { input: { recommendationId: 1, verdict: "maybe", verifiedOn: "2023-06-01" }, field: "verdict" },
      { input: { recommendationId: 1, verdict: "resolved" }, field: "verifiedOn" },
      {
        input: { recommendationId: UNKNOWN_ID, verdict: "resolved", verifiedOn: "2023-06-01" },
        field: "recommendationId",
        code: "NOT_FOUND",
      },
    ],
    "responses.page": [
      { input: { state: "lost" }, field: "state" },
      { input: { openOnly: "yes" }, field: "openOnly" },
      { input: { limit: 0 }, field: "limit" },
      { input: { cursor: "abc" }, field: "cursor" },
      { input: { unitId: UNKNOWN_ID }, field: "unitId", code: "NOT_FOUND" },
    ],
    "responses.save": [
      { input: { recommendationId: 1, response: "" }, field: "response" },
      { input: { recommendationId: 1, response: long(4001) }, field: "response" },
      {
        input: { recommendationId: 1, response: "Đã xong", evidenceFileIds: ["x"] },
        field: "evidenceFileIds",
      },
      { input: { response: "Đã xong" }, field: "recommendationId" },
      {
        input: { recommendationId: UNKNOWN_ID, response: "Đã xong" },
        field: "recommendationId",
        code: "NOT_FOUND",
      },
    ],
    "responses.submit": [
      { input: {}, field: "recommendationId" },
      { input: { recommendationId: UNKNOWN_ID }, field: "recommendationId", code: "NOT_FOUND" },
    ],
    "responses.approve": [
      { input: { recommendationId: 0 }, field: "recommendationId" },
      { input: { recommendationId: UNKNOWN_ID }, field: "recommendationId", code: "NOT_FOUND" },
    ],
    "responses.sendBack": [
      { input: { recommendationId: 1 }, field: "comment" },
      { input: { recommendationId: 1, comment: long(2001) }, field: "comment" },
      {
        input: { recommendationId: UNKNOWN_ID, comment: "Bổ sung" },
        field: "recommendationId",
        code: "NOT_FOUND",
      },
    ],
    "responses.return": [
      { input: { recommendationId: 1, comment: "" }, field: "comment" },
      { input: { recommendationId: "1", comment: "Chưa đạt" }, field: "recommendationId" },
      {
        input: { recommendationId: UNKNOWN_ID, comment: "Chưa đạt" },
        field: "recommendationId",
        code: "NOT_FOUND",
      },
    ],
    "responses.accept": [
      { input: { recommendationId: 2147483648 }, field: "recommendationId" },
      { input: { recommendationId: UNKNOWN_ID }, field: "recommendationId", code: "NOT_FOUND" },
    ],
    "notifications.page": [
      { input: { limit: 0 }, field: "limit" },
      { input: { unreadOnly: "yes" }, field: "unreadOnly" },
      { input: { cursor: "abc" }, field: "cursor" },
    ],
    "notifications.unreadCount": [],
    "notifications.markRead": [
      { input: { ids: [0] }, field: "ids" },
      { input: { ids: "all" }, field: "ids" },
      { input: { all: "yes" }, field: "all" },
    ],
    "selfChecks.page": [
      { input: { limit: 201 }, field: "limit" },
      { input: { cursor: "abc" }, field: "cursor" },
    ],
    "selfChecks.get": [
      { input: {}, field: "inspectionId" },
      { input: { inspectionId: UNKNOWN_ID }, field: "inspectionId", code: "NOT_FOUND" },
    ],
    "selfChecks.save": [
      { input: { inspectionId: 1, items: [{ itemCode: "x y", rating: "dat" }] }, field: "items" },
      { input: { inspectionId: 1, items: [{ itemCode: "1a", rating: "good" }] }, field: "items" },
      {
        input: { inspectionId: 1, items: [{ itemCode: "1a", rating: "dat", note: long(2001) }] },
        field: "items",
      },
      { input: { inspectionId: 1 }, field: "items" },
      { input: { inspectionId: UNKNOWN_ID, items: [] }, field: "inspectionId", code: "NOT_FOUND" },
    ],
    "selfChecks.submit": [
      { input: { inspectionId: -1 }, field: "inspectionId" },
      { input: { inspectionId: UNKNOWN_ID }, field: "inspectionId", code: "NOT_FOUND" },
    ],
    "selfChecks.approve": [
      { input: { inspectionId: "1" }, field: "inspectionId" },
      { input: { inspectionId: UNKNOWN_ID }, field: "inspectionId", code: "NOT_FOUND" },
    ],
    "selfChecks.sendBack": [
      { input: { inspectionId: 1, comments: [] }, field: "comments" },
      {
        input: { inspectionId: UNKNOWN_ID, comments: [{ text: "Bổ sung" }] },
        field: "inspectionId",
        code: "NOT_FOUND",
      },
    ],
    "selfChecks.return": [
      { input: { inspectionId: 1, comments: [{ text: "x" }] }, field: "comments" },
      { input: { inspectionId: 1 }, field: "comments" },
      {
        input: { inspectionId: UNKNOWN_ID, comments: [{ text: "Bổ sung" }] },
        field: "inspectionId",
        code: "NOT_FOUND",
      },
    ],
    "selfChecks.accept": [
      { input: { inspectionId: 0 }, field: "inspectionId" },
      { input: { inspectionId: UNKNOWN_ID }, field: "inspectionId", code: "NOT_FOUND" },
    ],
    "internal.coverage": [
      { input: { year: 2023 }, field: "unitId" },
      { input: { unitId: UNKNOWN_ID, year: 2023 }, field: "unitId", code: "NOT_FOUND" },
    ],
    "internal.overview": [{ input: {}, field: "year" }],
    "internal.list": [
      { input: { year: "2023" }, field: "year" },
      { input: { limit: 500 }, field: "limit" },
      { input: { cursor: "%%" }, field: "cursor" },
    ],
    "internal.create": [
      { input: { targetUnitId: bhDivision, startDate: "2023-06-12" }, field: "endDate" },
      {
        input: { targetUnitId: bhDivision, startDate: "2023-06-12", endDate: "2023-06-09" },
        field: "endDate",
      },
      {
        input: { targetUnitId: bhDivision, startDate: "2023-06-10", endDate: "2023-06-10" },
        field: "startDate",
      },
      {
        input: { targetUnitId: bhDivision, startDate: "2023-06-12", endDate: "2023-06-12", areas: ["9"] },
        field: "areas",
      },
      {
        input: { targetUnitId: UNKNOWN_ID, startDate: "2023-06-12", endDate: "2023-06-12" },
        field: "targetUnitId",
        code: "NOT_FOUND",
      },
    ],
    "internal.record": [
      { input: { id: 1, conductedOn: "2023-06-01" }, field: "summary" },
      {
        input: { id: UNKNOWN_ID, conductedOn: "2023-06-01", summary: "Đạt yêu cầu" },
        field: "id",
        code: "NOT_FOUND",
      },
    ],
    "internal.home": [
      { input: {}, field: "year" },
      { input: { year: 2023 }, field: "unitId" },
      { input: { unitId: UNKNOWN_ID, year: 2023 }, field: "unitId", code: "NOT_FOUND" },
    ],
    "internal.detail": [
      { input: { id: "x" }, field: "id" },
      { input: { id: UNKNOWN_ID }, field: "id", code: "NOT_FOUND" },
    ],
    "internal.nearby": [
      { input: { targetUnitId: bhDivision, startDate: "2023-06-12" }, field: "endDate" },
      {
        input: { targetUnitId: bhDivision, startDate: "2023-06-12", endDate: "2023-06-01" },
        field: "endDate",
      },
      {
        input: { targetUnitId: UNKNOWN_ID, startDate: "2023-06-12", endDate: "2023-06-12" },
        field: "targetUnitId",
        code: "NOT_FOUND",
      },
    ],
    "internal.recommendations": [
      { input: {}, field: "unitId" },
      { input: { unitId: UNKNOWN_ID }, field: "unitId", code: "NOT_FOUND" },
      { input: { unitId: commune, open: "yes" }, field: "open" },
    ],
    "internal.setTeam": [
      { input: { id: 1, decisionNumber: "1/QĐ", decisionDate: "2023-06-01" }, field: "members" },
      {
        input: {
          id: 1,
          decisionNumber: "1/QĐ",
          decisionDate: "2023-06-01",
          members: [{ name: "An", role: "member" }],
        },
        field: "members",
      },
      {
        input: { id: 1, decisionNumber: "", decisionDate: "2023-06-01", members: [] },
        field: "decisionNumber",
      },
    ],
    "internal.saveFinding": [
      { input: { id: 1, itemCode: "1a", rating: "dat" }, field: "itemCode" },
      { input: { id: 1, itemCode: "mc", rating: "tot" }, field: "rating" },
      { input: { id: UNKNOWN_ID, itemCode: "mc", rating: "dat" }, field: "id", code: "NOT_FOUND" },
    ],
    "internal.conclude": [
      { input: { id: 1, conductedOn: "2023-06-01", summary: "Đạt yêu cầu" }, field: "noticeNumber" },
      {
        input: {
          id: 1,
          conductedOn: "2023-06-01",
          noticeNumber: "1/TB",
          summary: "Đạt yêu cầu",
          recommendations: [{ text: "Niêm yết TTHC", deadline: "30/09/2023" }],
        },
        field: "recommendations",
      },
      {
        input: { id: UNKNOWN_ID, conductedOn: "2023-06-01", noticeNumber: "1/TB", summary: "Đạt yêu cầu" },
        field: "id",
        code: "NOT_FOUND",
      },
    ],
    "internal.closeRecommendation": [
      { input: { id: 1, doneOn: "2023-06-01" }, field: "note" },
      { input: { id: UNKNOWN_ID, doneOn: "2023-06-01", note: "Đã xong" }, field: "id", code: "NOT_FOUND" },
    ],
    "internal.fieldUnits": [
      { input: {}, field: "departmentId" },
      { input: { departmentId: UNKNOWN_ID }, field: "departmentId", code: "NOT_FOUND" },
    ],
    "internal.addFieldUnit": [
      { input: { departmentId: 1 }, field: "unitId" },
      // A commune has no field of management.
      { input: { departmentId: commune, unitId: bhDivision }, field: "departmentId" },
      { input: { departmentId: commune, unitId: UNKNOWN_ID }, field: "unitId", code: "NOT_FOUND" },
    ],
    "internal.removeFieldUnit": [
      { input: { unitId: 1 }, field: "departmentId" },
      { input: { departmentId: commune, unitId: bhDivision }, field: "departmentId" },
    ],
    "auth.login": [
      { input: {}, field: "username" },
      { input: { username: 5, password: "x" }, field: "username" },
      { input: { username: long(101), password: "x" }, field: "username" },
      { input: { username: "snv.admin" }, field: "password" },
      { input: { username: "snv.admin", password: long(201) }, field: "password" },
    ],
    "evidence.list": [
      { input: {}, field: "inspectionId" },
      { input: { inspectionId: 1, itemCode: "x y" }, field: "itemCode" },
      { input: { inspectionId: UNKNOWN_ID }, field: "inspectionId", code: "NOT_FOUND" },
    ],
    "evidence.remove": [
      { input: { id: "12" }, field: "id" },
      { input: { id: "5b0f3d2e-1c4a-4f7e-9a61-3c2b1d0e9f88" }, field: "id", code: "NOT_FOUND" },
    ],
    "documents.available": [
      { input: { inspectionId: "1" }, field: "inspectionId" },
      { input: { inspectionId: UNKNOWN_ID }, field: "inspectionId", code: "NOT_FOUND" },
    ],
    "units.importPreview": importCases(),
    "units.importCommit": [
      ...importCases(),
      // All or nothing: one bad row (unknown parent) refuses the whole file.
      {
        input: {
          ...catalogue,
          contentBase64: b64("code,name,type,parent\nX1,Xã Một,Xã,741\nX2,Xã Hai,Xã,99999\n"),
        },
        field: "contentBase64",
      },
    ],
    "units.setFields": [
      { input: { fields: ["dat_dai"] }, field: "id" },
      { input: { id: commune, fields: "dat_dai" }, field: "fields" },
      { input: { id: commune, fields: ["Đất đai"] }, field: "fields" },
      { input: { id: commune, fields: ["y_te"] }, field: "fields" },
      { input: { id: UNKNOWN_ID, fields: ["dat_dai"] }, field: "id", code: "NOT_FOUND" },
    ],
    "earlier.importPreview": earlierCases(),
    "earlier.importCommit": [
      ...earlierCases(),
      // All or nothing: one bad row (unknown unit code) refuses the whole file.
      {
        input: {
          fileName: "kl.csv",
          contentBase64: b64(
            "Mã đơn vị;Cơ quan kết luận;Loại cơ quan;Số kết luận;Ngày kết luận;Kiến nghị\n741;Thanh tra tỉnh;Thanh tra;1/KL;15/11/2022;Niêm yết\nX999;Thanh tra tỉnh;Thanh tra;2/KL;15/11/2022;Niêm yết\n",
          ),
        },
        field: "contentBase64",
      },
    ],
    "earlier.template": [],
    "units.restructureShipped": [],
    "units.lineage": [
      { input: {}, field: "id" },
      { input: { id: "1" }, field: "id" },
      { input: { id: UNKNOWN_ID }, field: "id", code: "NOT_FOUND" },
    ],
    "units.restructurePreview": [
      { input: { rows: [] }, field: "effectiveDate" },
      { input: { effectiveDate: "01/03/2025", rows: [] }, field: "effectiveDate" },
      { input: { effectiveDate: "2025-03-01" }, field: "rows" },
      { input: { effectiveDate: "2025-03-01", rows: [{ op: 5 }] }, field: "rows" },
      { input: { shipped: "không-có" }, field: "shipped" },
      { input: { shipped: "no-such-set" }, field: "shipped", code: "NOT_FOUND" },
      { input: { effectiveDate: "2025-03-01", contentBase64: "abc" }, field: "fileName" },
    ],
    "units.restructureApply": [
      {
        input: { effectiveDate: "2025-03-01", rows: [{ op: "merge", sourceCode: "XYZ", targetCode: "SNV" }] },
        field: "rows",
      },
      { input: { effectiveDate: "2025-03-01", rows: [{ op: "rename", sourceCode: "SNV" }] }, field: "rows" },
    ],
    "auth.logout": [],
    "auth.me": [],
    "auth.changePassword": [
      { input: { newPassword: "MatKhauMoi2024" }, field: "currentPassword" },
      { input: { currentPassword: "x", newPassword: "ngan" }, field: "newPassword" },
      { input: { currentPassword: "sai-mat-khau", newPassword: "MatKhauMoi2024" }, field: "currentPassword" },
      { input: { currentPassword: DEMO_PASSWORD, newPassword: "khongcosonaoca" }, field: "newPassword" },
    ],
    "auth.provinces": [],
    "auth.chooseProvince": [
      { input: {}, field: "provinceId" },
      { input: { provinceId: 0 }, field: "provinceId" },
    ],
    "accounts.list": [
      { input: { limit: 0 }, field: "limit" },
      { input: { query: long(101) }, field: "query" },
      { input: { cursor: "abc" }, field: "cursor" },
    ],
    "accounts.create": [
      { input: { ...account, username: "A B" }, field: "username" },
      { input: { ...account, role: "king" }, field: "role" },
      { input: { ...account, password: "ngan" }, field: "password" },
      { input: { ...account, displayName: "" }, field: "displayName" },
      { input: { ...account, role: "unit_officer" }, field: "unitId" },
      { input: { ...account, role: "unit_officer", unitId: UNKNOWN_ID }, field: "unitId", code: "NOT_FOUND" },
    ],
    "accounts.resetPassword": [
      { input: { password: "TamThoi2023x" }, field: "userId" },
      { input: { userId: 1, password: "ngan" }, field: "password" },
      { input: { userId: UNKNOWN_ID, password: "TamThoi2023x" }, field: "userId", code: "NOT_FOUND" },
    ],
    "accounts.setActive": [
      { input: { userId: 1 }, field: "active" },
      { input: { userId: UNKNOWN_ID, active: false }, field: "userId", code: "NOT_FOUND" },
    ],
    "accounts.importPreview": [
      { input: { fileName: "tk.doc", contentBase64: b64("x") }, field: "fileName" },
      { input: { fileName: "tk.csv" }, field: "contentBase64" },
    ],
    "accounts.importCommit": [
      // All or nothing: one bad row (unknown unit code) refuses the whole sheet.
      {
        input: {
          fileName: "tk.csv",
          contentBase64: b64(
            "Tên đăng nhập,Họ tên,Vai trò,Mã đơn vị,Mật khẩu tạm\ntk.mot,Cán bộ Một,Cán bộ đơn vị,741,TamThoi2023x\ntk.hai,Cán bộ Hai,Cán bộ đơn vị,X999,TamThoi2023x\n",
          ),
        },
        field: "contentBase64",
      },
    ],
    "units.page": [
      { input: { query: long(101) }, field: "query" },
      { input: { kind: "tinh" }, field: "kind" },
      { input: { tier: 3 }, field: "tier" },
      { input: { parentId: 0 }, field: "parentId" },
      { input: { sort: "random" }, field: "sort" },
      { input: { kinds: ["tinh"] }, field: "kinds" },
      { input: { kinds: Array(9).fill("commune") }, field: "kinds" },
      { input: { tieredOnly: "yes" }, field: "tieredOnly" },
      { input: { rootsOnly: 1 }, field: "rootsOnly" },
      { input: { limit: 0 }, field: "limit" },
      { input: { limit: 201 }, field: "limit" },
      { input: { cursor: "not a cursor!" }, field: "cursor" },
      { input: { cursor: "eyJ4Ijox" }, field: "cursor" },
      { input: { cursor: "WzEsImEiXQ" }, field: "cursor" },
    ],
    "units.tierCounts": [{ input: { at: "2023-6-1" }, field: "at" }],
    "units.get": [
      { input: {}, field: "id" },
      { input: { id: "1" }, field: "id" },
      { input: { id: -3 }, field: "id" },
      { input: { id: 1.5 }, field: "id" },
      { input: { id: UNKNOWN_ID }, field: "id", code: "NOT_FOUND" },
    ],
    "units.myScope": [],
    "units.oneStopShops": [
      { input: { query: 5 }, field: "query" },
      { input: { query: long(101) }, field: "query" },
      { input: { id: 0 }, field: "id" },
      { input: { id: "1" }, field: "id" },
      { input: { limit: 201 }, field: "limit" },
      { input: { cursor: "not a cursor!" }, field: "cursor" },
      { input: { cursor: "WzEsImEiXQ" }, field: "cursor" },
    ],
    "units.create": [
      { input: {}, field: "code" },
      { input: { ...unit, code: "có dấu cách" }, field: "code" },
      { input: { ...unit, code: long(33) }, field: "code" },
      { input: { ...unit, name: long(201) }, field: "name" },
      { input: { ...unit, name: undefined }, field: "name" },
      { input: { ...unit, kind: "planet" }, field: "kind" },
      { input: { ...unit, parentId: "x" }, field: "parentId" },
      { input: { ...unit, parentId: UNKNOWN_ID }, field: "parentId" },
      { input: { ...unit, validFrom: "2023-13-01" }, field: "validFrom" },
      { input: { ...unit, validTo: "2022-12-31" }, field: "validTo" },
      { input: { ...unit, hasOneStopShop: "true" }, field: "hasOneStopShop" },
    ],
    "units.update": [
      { input: { name: "Tên mới" }, field: "id" },
      { input: { id: commune, name: "" }, field: "name" },
      { input: { id: commune, name: long(201) }, field: "name" },
      { input: { id: commune, code: "a b" }, field: "code" },
      { input: { id: commune, validFrom: "yesterday" }, field: "validFrom" },
      { input: { id: UNKNOWN_ID, name: "Tên mới" }, field: "id", code: "NOT_FOUND" },
    ],
    "units.close": [
      { input: { id: commune }, field: "validTo" },
      { input: { id: commune, validTo: "31/12/2023" }, field: "validTo" },
      { input: { validTo: "2023-12-31" }, field: "id" },
      { input: { id: commune, validTo: "2019-12-31" }, field: "validTo" },
      { input: { id: UNKNOWN_ID, validTo: "2023-12-31" }, field: "id", code: "NOT_FOUND" },
    ],
    "conflicts.list": [
      { input: { includeResolved: "yes" }, field: "includeResolved" },
      { input: { limit: 0 }, field: "limit" },
      // Decodes, but to no detection time / a number key: bad input, never a query error.
      { input: { cursor: "WyJub3QgYSB0aW1lIiwxXQ" }, field: "cursor" },
      { input: { cursor: "WzUsMV0" }, field: "cursor" },
    ],
    "conflicts.resolve": [
      { input: { id: 1 }, field: "note" },
      { input: { id: 1, note: "x" }, field: "note" },
      { input: { id: 2147483648, note: "Đã đổi lịch" }, field: "id" },
      { input: { id: UNKNOWN_ID, note: "Đã đổi lịch" }, field: "id", code: "NOT_FOUND" },
    ],
    ...cameraCases(commune),
    ...dossierCases(commune),
    ...reportDutyCases(),
    ...parIndexCases(commune, bhDivision),
    "audit.list": [
      { input: { limit: 0 }, field: "limit" },
      { input: { limit: 1000 }, field: "limit" },
      { input: { userId: "me" }, field: "userId" },
      { input: { unitId: -1 }, field: "unitId" },
      { input: { from: "2023-05-02", to: "2023-05-01" }, field: "to" },
      { input: { cursor: "abc" }, field: "cursor" },
    ],
  };
}

/** Camera monitor: counters, reviews, samples, reminders and reports. */
function cameraCases(commune: number): Record<string, Case[]> {
  const counter = {
    shopUnitId: commune,
    number: 3,
    name: "Quầy 3",
    streamKind: "rtsp",
    streamUrl: "rtsp://10.0.0.5/s",
  };
  const review = {
    clientId: "6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b",
    counterId: 1,
    watchedFrom: "2023-06-01T01:40:00Z",
    watchedTo: "2023-06-01T01:50:00Z",
    items: ["attitude"],
    severity: "minor",
    verdict: "violation",
  };
  return {
    "camera.counters": [
      { input: { shopUnitId: "x" }, field: "shopUnitId" },
      { input: { cursor: "not a cursor!" }, field: "cursor" },
    ],
    "camera.counter": [
      { input: {}, field: "id" },
      { input: { id: UNKNOWN_ID }, field: "id", code: "NOT_FOUND" },
    ],
    "camera.feedStatus": [],
    "camera.saveCounter": [
      { input: { ...counter, shopUnitId: undefined }, field: "shopUnitId" },
      { input: { ...counter, number: 0 }, field: "number" },
      { input: { ...counter, name: "" }, field: "name" },
      { input: { ...counter, streamKind: "webrtc" }, field: "streamKind" },
      { input: { ...counter, streamUrl: "file:///etc/passwd" }, field: "streamUrl" },
      { input: { ...counter, streamUrl: null }, field: "streamUrl" },
      { input: { ...counter, fields: ["Đất đai"] }, field: "fields" },
      { input: { ...counter, password: long(201) }, field: "password" },
      { input: { ...counter, shopUnitId: UNKNOWN_ID }, field: "shopUnitId", code: "NOT_FOUND" },
    ],
    "camera.importPreview": counterImportCases(),
    "camera.importCommit": [
      ...counterImportCases(),
      // All or nothing: one bad row (a unit without a one-stop shop) refuses the whole file.
      {
        input: {
          fileName: "quay.csv",
          contentBase64: b64(
            "Mã đơn vị,Số quầy,Tên quầy,Lĩnh vực,Loại luồng\n731,50,A,,demo\n99999,1,B,,demo\n",
          ),
        },
        field: "contentBase64",
      },
    ],
    "camera.reviews": [
      { input: { counterId: 0 }, field: "counterId" },
      { input: { mine: "yes" }, field: "mine" },
    ],
    "camera.saveReview": [
      { input: { ...review, clientId: "abc" }, field: "clientId" },
      { input: { ...review, counterId: undefined }, field: "counterId" },
      { input: { ...review, watchedFrom: "hôm qua" }, field: "watchedFrom" },
      { input: { ...review, watchedTo: "2023-06-01T01:00:00Z" }, field: "watchedTo" },
      { input: { ...review, items: ["sleeping"] }, field: "items" },
      { input: { ...review, severity: "fatal" }, field: "severity" },
      { input: { ...review, verdict: "maybe" }, field: "verdict" },
      { input: { ...review, note: long(2001) }, field: "note" },
      { input: { ...review, snapshotIds: ["x"] }, field: "snapshotIds" },
      { input: { ...review, snapshotIds: ["0b6f3c1e-2d4a-4f8b-9c1d-5e6f7a8b9c0d"] }, field: "snapshotIds" },
      { input: { ...review, counterId: UNKNOWN_ID }, field: "counterId", code: "NOT_FOUND" },
    ],
    "camera.saveReviews": [
      { input: { reviews: [] }, field: "reviews" },
      { input: { reviews: [{ ...review, clientId: "abc" }] }, field: "reviews" },
      { input: { reviews: Array.from({ length: 101 }, () => review) }, field: "reviews" },
      { input: { reviews: [review, review] }, field: "reviews" },
    ],
    "camera.markReviewed": [
      { input: { reviewIds: [] }, field: "reviewIds" },
      { input: { reviewIds: ["1"] }, field: "reviewIds" },
    ],
    "camera.sample": [{ input: { date: "12/06/2023" }, field: "date" }],
    "camera.drawSample": [
      { input: {}, field: "date" },
      { input: { date: "2023-06-12", seed: -1 }, field: "seed" },
    ],
    "camera.reminders": [{ input: { unitId: -1 }, field: "unitId" }],
    "camera.reminderSave": [
      { input: { response: "Đã nhắc công chức" }, field: "reminderId" },
      { input: { reminderId: 1, response: "ok" }, field: "response" },
      { input: { reminderId: 1, response: "x".repeat(4001) }, field: "response" },
    ],
    "camera.reminderSubmit": [{ input: { reminderId: "a" }, field: "reminderId" }],
    "camera.reminderApprove": [{ input: {}, field: "reminderId" }],
    "camera.reminderSendBack": [{ input: { reminderId: 1, comment: "" }, field: "comment" }],
    "camera.reminderReturn": [{ input: { reminderId: 1 }, field: "comment" }],
    "camera.reminderAccept": [{ input: { reminderId: 0 }, field: "reminderId" }],
    "camera.openInspection": [
      { input: { startDate: "2023-06-01", endDate: "2023-06-30" }, field: "unitId" },
      { input: { unitId: commune, startDate: "01/06/2023", endDate: "2023-06-30" }, field: "startDate" },
      { input: { unitId: commune, startDate: "2023-06-30", endDate: "2023-06-01" }, field: "endDate" },
      {
        input: { unitId: commune, startDate: "2031-06-01", endDate: "2031-06-02" },
        field: "startDate",
        code: "NOT_FOUND",
      },
    ],
    "camera.remoteInspectionPreview": [
      { input: { startDate: "2023-06-01", endDate: "2023-06-30" }, field: "unitId" },
      { input: { unitId: commune, startDate: "2023-06-01", endDate: "30/06/2023" }, field: "endDate" },
      { input: { unitId: commune, startDate: "2023-06-30", endDate: "2023-06-01" }, field: "endDate" },
      {
        input: { unitId: 999_999, startDate: "2023-06-01", endDate: "2023-06-30" },
        field: "unitId",
        code: "NOT_FOUND",
      },
    ],
    "camera.report": [
      { input: { year: 2023 }, field: "month" },
      { input: { year: 2023, month: 13 }, field: "month" },
    ],
  };
}

/** Dossier statistics and the remote dossier check (issue 11 §1–§2). */
function dossierCases(commune: number): Record<string, Case[]> {
  const header = DOSSIER_COLUMNS.map((c) => c.vi).join(",");
  const sheet = (row: string) => ({ fileName: "hs.csv", contentBase64: b64(`${header}\n${row}\n`) });
  const thresholds = {
    onTime: 95,
    pendingOverdue: 5,
    online: 50,
    onlinePayment: 30,
    digitisedComponents: 50,
    electronicResults: 50,
    satisfaction: 90,
  };
  const fileCases: Case[] = [
    { input: { ...sheet("731,2023,1"), fileName: "hs.doc" }, field: "fileName" },
    { input: { ...sheet("731,2023,1"), contentBase64: "%%%" }, field: "contentBase64" },
    { input: { ...sheet("731,2023,1"), token: "abc" }, field: "token" },
  ];
  return {
    "dossiers.importPreview": fileCases,
    "dossiers.importCommit": [
      ...fileCases,
      // All or nothing: one row that does not add up (1 received, nothing handled) refuses the file.
      { input: sheet("731,2023,1,1"), field: "contentBase64" },
      { input: sheet("731,2023,13"), field: "contentBase64" },
    ],
    "dossiers.months": [
      { input: {}, field: "year" },
      { input: { year: 2023, unitId: 0 }, field: "unitId" },
      { input: { year: 2023, cursor: "abc" }, field: "cursor" },
      { input: { year: 2023, unitId: UNKNOWN_ID }, field: "unitId", code: "NOT_FOUND" },
    ],
    "dossiers.dashboard": [
      { input: { year: 2023 }, field: "by" },
      { input: { year: 2023, by: "ward" }, field: "by" },
      { input: { year: 2023, by: "unit", limit: 0 }, field: "limit" },
      { input: { year: 2023, by: "unit", cursor: "WzUsMV0x" }, field: "cursor" },
    ],
    "dossiers.trend": [
      { input: { year: "2023" }, field: "year" },
      { input: { year: 2023, unitId: UNKNOWN_ID }, field: "unitId", code: "NOT_FOUND" },
    ],
    "dossiers.thresholds": [{ input: { year: 1999 }, field: "year" }],
    "dossiers.saveThresholds": [
      { input: { year: 2023 }, field: "thresholds" },
      { input: { year: 2023, thresholds: { ...thresholds, onTime: 101 } }, field: "thresholds" },
      { input: { year: 2023, thresholds: { ...thresholds, satisfaction: "90" } }, field: "thresholds" },
      { input: { year: 20230, thresholds }, field: "year" },
    ],
    "dossiers.openRemoteCheck": [
      { input: { year: 2023, date: "2023-12-15" }, field: "unitId" },
      { input: { unitId: commune, year: 2023, date: "15/12/2023" }, field: "date" },
      { input: { unitId: commune, year: 2023, date: "2024-01-15" }, field: "date" },
      { input: { unitId: UNKNOWN_ID, year: 2023, date: "2023-12-15" }, field: "unitId", code: "NOT_FOUND" },
    ],
  };
}

/** The reports each body owes (issue 11 §6). */
function reportDutyCases(): Record<string, Case[]> {
  const duty = { year: 2023, kind: "unit_cchc_section", period: "q2" };
  return {
    "reportDuties.summary": [{ input: { year: 2101 }, field: "year" }],
    "reportDuties.list": [
      { input: { ...duty, kind: "memo" }, field: "kind" },
      { input: { ...duty, period: "q5" }, field: "period" },
      { input: { ...duty, kind: "province_results", period: "q1" }, field: "period" },
      { input: { ...duty, cursor: "%%" }, field: "cursor" },
    ],
    "reportDuties.mine": [
      { input: { year: 1999 }, field: "year" },
      { input: { year: "2023" }, field: "year" },
    ],
    "reportDuties.markSent": [
      { input: { ...duty }, field: "bodyUnitId" },
      { input: { ...duty, bodyUnitId: 1, fileName: "bc.exe", contentBase64: "AA==" }, field: "fileName" },
      { input: { ...duty, bodyUnitId: 1, fileName: "bc.pdf" }, field: "fileName" },
      { input: { ...duty, bodyUnitId: 1, note: long(501) }, field: "note" },
      { input: { ...duty, bodyUnitId: UNKNOWN_ID }, field: "bodyUnitId" },
    ],
    "reportDuties.saveDueDates": [
      { input: { year: 2023, dueDates: [{ ...duty, dueDate: "20/06/2023" }] }, field: "dueDates" },
      {
        input: { year: 2023, dueDates: [{ ...duty, period: "q4", dueDate: "2023-06-20" }] },
        field: "dueDates",
      },
      {
        input: { year: 2023, dueDates: [{ kind: "province_results", period: "q2", dueDate: "2023-06-20" }] },
        field: "period",
      },
    ],
  };
}

/** The PAR index: a bad tree, bad scores, and units that are not scored on the index. */
function parIndexCases(commune: number, bhDivision: number): Record<string, Case[]> {
  const tree = exampleIndexTree(2023, "district");
  const sheet = { unitId: commune, year: 2023 };
  const csv = Buffer.from("Mã,Tên tiêu chí,Điểm tối đa\n1,Lĩnh vực,abc\n").toString("base64");
  const file = { year: 2023, level: "district", title: "Bộ chỉ số", fileName: "cs.csv", contentBase64: csv };
  return {
    "parIndex.tree": [
      { input: { year: 2023, level: "ward" }, field: "level" },
      { input: { year: 1999, level: "district" }, field: "year" },
      { input: { year: 2023, level: "commune" }, field: "level", code: "NOT_FOUND" },
    ],
    "parIndex.versions": [
      { input: { year: 2023 }, field: "level" },
      { input: { year: 2023, level: "district", cursor: "WyJ4IiwxXQ" }, field: "cursor" },
    ],
    "parIndex.saveTree": [
      {
        input: { ...tree, nodes: tree.nodes.map((n) => (n.code === "1.2" ? { ...n, maxPoints: 3 } : n)) },
        field: "nodes",
      },
      { input: { ...tree, title: "" }, field: "title" },
      { input: { ...tree, nodes: [{ ...tree.nodes[0], code: "1-1" }] }, field: "nodes" },
    ],
    "parIndex.importPreview": [
      { input: { ...file, fileName: "cs.doc" }, field: "fileName" },
      { input: { ...file, contentBase64: "%%%" }, field: "contentBase64" },
    ],
    "parIndex.importCommit": [
      { input: file, field: "contentBase64" },
      { input: { ...file, level: "x" }, field: "level" },
    ],
    "parIndex.deadlines": [{ input: { year: "2023" }, field: "year" }],
    "parIndex.setDeadlines": [
      { input: { year: 2023, selfScoreDue: "15/12/2023" }, field: "selfScoreDue" },
      {
        input: {
          year: 2023,
          selfScoreDue: "2023-12-15",
          appraisal1Due: "2023-12-01",
          explanationDue: "2024-01-10",
          appraisal2Due: "2024-01-20",
        },
        field: "appraisal2Due",
      },
    ],
    "parIndex.sheet": [
      { input: { year: 2023 }, field: "unitId" },
      { input: { unitId: bhDivision, year: 2023 }, field: "unitId" },
    ],
    "parIndex.sheets": [{ input: { year: 2023, level: "province" }, field: "level" }],
    "parIndex.saveSelfScore": [
      { input: { ...sheet, scores: [{ code: "1.2", points: -1 }] }, field: "scores" },
      { input: { ...sheet, scores: [{ code: "x", points: 1 }] }, field: "scores" },
      { input: { unitId: bhDivision, year: 2023, scores: [] }, field: "unitId" },
    ],
    "parIndex.submit": [{ input: { unitId: bhDivision, year: 2023 }, field: "unitId" }],
    "parIndex.saveExplanation": [
      { input: { ...sheet, items: [{ code: "1.2", explanation: "x".repeat(2001) }] }, field: "items" },
    ],
    "parIndex.explain": [{ input: { year: 2023 }, field: "unitId" }],
    "parIndex.removeFile": [
      { input: { id: "12" }, field: "id" },
      { input: { id: "5b0f3d2e-1c4a-4f7e-9a61-3c2b1d0e9f88" }, field: "id", code: "NOT_FOUND" },
    ],
    "parIndex.saveAppraisal": [
      { input: { ...sheet, scores: [{ code: "1.2", points: "1" }] }, field: "scores" },
      { input: { unitId: bhDivision, year: 2023, scores: [] }, field: "unitId" },
    ],
    "parIndex.finishRound": [
      { input: { unitId: UNKNOWN_ID, year: 2023 }, field: "unitId", code: "NOT_FOUND" },
    ],
    "parIndex.lock": [{ input: { unitId: 0, year: 2023 }, field: "unitId" }],
    "parIndex.ranking": [{ input: { year: 2023, level: "district", limit: 500 }, field: "limit" }],
    "parIndex.publications": [{ input: { year: 1999 }, field: "year" }],
    "parIndex.publish": [
      { input: { year: 2023, level: "district", allowUnlocked: "yes" }, field: "allowUnlocked" },
      { input: { year: 2023, level: "ward" }, field: "level" },
    ],
    "parIndex.unpublish": [
      { input: { year: 2023 }, field: "level" },
      { input: { year: 2023, level: "district" }, field: "level", code: "NOT_FOUND" },
    ],
  };
}

function counterImportCases(): Case[] {
  const ok = {
    fileName: "quay.csv",
    contentBase64: b64("Mã đơn vị,Số quầy,Tên quầy,Lĩnh vực,Loại luồng\n731,50,A,,demo\n"),
  };
  return [
    { input: { ...ok, fileName: "quay.doc" }, field: "fileName" },
    { input: { ...ok, contentBase64: "%%%" }, field: "contentBase64" },
    { input: { ...ok, contentBase64: undefined }, field: "contentBase64" },
  ];
}

const b64 = (text: string) => Buffer.from(text).toString("base64");
const catalogue = {
  fileName: "dm.csv",
  contentBase64: b64("code,name,type,parent\nX1,Xã Một,Xã,741\n"),
  validFrom: "2023-07-01",
};
function earlierCases(): Case[] {
  const ok = { fileName: "kl.csv", contentBase64: b64("Mã đơn vị;Kiến nghị\n741;Niêm yết\n") };
  return [
    { input: { ...ok, fileName: "kl.doc" }, field: "fileName" },
    { input: { ...ok, contentBase64: "%%%" }, field: "contentBase64" },
    { input: { ...ok, contentBase64: undefined }, field: "contentBase64" },
    { input: { ...ok, token: "abc" }, field: "token" },
  ];
}
function importCases(): Case[] {
  return [
    { input: { ...catalogue, fileName: "dm.doc" }, field: "fileName" },
    { input: { ...catalogue, validFrom: "01/07/2023" }, field: "validFrom" },
    { input: { ...catalogue, contentBase64: "%%%" }, field: "contentBase64" },
    { input: { ...catalogue, contentBase64: undefined }, field: "contentBase64" },
    { input: { ...catalogue, closeMissing: "yes" }, field: "closeMissing" },
    { input: { ...catalogue, fileName: "dm.xlsx" }, field: "contentBase64" },
    { input: { ...catalogue, token: "abc" }, field: "token" },
  ];
}

async function commune(db: Db) {
  return unitIdByCode(db, "26446");
}

/** Procedures that only a unit officer may call: their bad input is sent by ubnd.bienhoa. */
const UNIT_OFFICER_ONLY = new Set([
  "parIndex.saveSelfScore",
  "parIndex.submit",
  "parIndex.saveExplanation",
  "parIndex.explain",
  "parIndex.removeFile",
  "recommendations.respond",
  "internal.create",
  "internal.record",
  "responses.save",
  "responses.submit",
  "selfChecks.save",
  "selfChecks.submit",
  "internal.setTeam",
  "internal.saveFinding",
  "internal.conclude",
  "internal.closeRecommendation",
  "camera.reminderSave",
  "camera.reminderSubmit",
]);
/** Procedures that only a unit's head may call: their bad input is sent by ld.bienhoa. */
const UNIT_HEAD_ONLY = new Set([
  "responses.approve",
  "responses.sendBack",
  "selfChecks.approve",
  "selfChecks.sendBack",
  "camera.reminderApprove",
  "camera.reminderSendBack",
]);

describe("bad input", () => {
  it("has cases for every procedure", async () => {
    expect(Object.keys(cases(1)).sort()).toEqual(procedurePaths());
  });

  it("gets a 400-class error naming the field, and writes nothing", async () => {
    const { caller: admin } = await signIn(t.trx, "snv.admin");
    const { caller: nobody } = await anonymous(t.trx);
    const { caller: officer } = await signIn(t.trx, "ubnd.bienhoa");
    const { caller: head } = await signIn(t.trx, "ld.bienhoa");
    const plan2022 = (await admin.plans.get({ year: 2022 })).id;
    const bhDivision = (await unitsSeen(officer, { query: "phong kinh te thanh pho bien hoa" }))[0]!.id;
    const before = await snapshotCounts(t.trx);
    for (const [path, list] of Object.entries(cases(await commune(t.trx), plan2022, bhDivision))) {
      for (const c of list) {
        const caller =
          path === "auth.login"
            ? nobody
            : UNIT_OFFICER_ONLY.has(path)
              ? officer
              : UNIT_HEAD_ONLY.has(path)
                ? head
                : admin;
        const f = await failureOf(callPath(caller, path, c.input));
        const label = `${path} ${JSON.stringify(c.input).slice(0, 80)}`;
        expect(f.code, label).toBe(c.code ?? "BAD_REQUEST");
        expect(Object.keys(f.fieldErrors), label).toContain(c.field);
        expect(f.fieldErrors[c.field]?.[0], label).toMatch(/ \/ /); // Vietnamese / English
      }
    }
    expect(await snapshotCounts(t.trx)).toEqual(before);
  });
});
