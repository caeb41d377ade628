import {
  countsTowardCoverage,
  formatViDate,
  hasStarted,
  type RecommendationStatus,
  templateInYear,
} from "@par/domain";
import { provinceOf } from "../access/province";
import type { Request } from "../access/request";
import { listRecommendationRows } from "../db/conclusion.repository";
import type { PlanRow } from "../db/database";
import { findingsOf, provinceOn } from "../db/document.repository";
import { listTeams } from "../db/team.repository";
import { findUsers } from "../db/user-lookup.repository";
import {
  annualReportDocx,
  coverageXlsx,
  inspectionListXlsx,
  inspectionScheduleDocx,
  recommendationTrackerXlsx,
} from "../documents";
import { fail } from "../errors";
import { readInspections, scopeUnitIds, visibilityOf } from "../inspections/inspection-access";
import { toRecommendationDto } from "../inspections/inspection-dto";
import { templateOf } from "../inspections/viewer";
import { planCoverage } from "../plans/coverage";
import { planOfYear } from "../plans/plan-commands";
import { vietnamDate } from "../time";
import { assessFindings } from "./findings-assessment";
import type { GeneratedDocument } from "./inspection-documents";
import { blankNumber, homeAffairsCode, inspectedBodyName, issuingBody, placeOf } from "./issuers";

export const PLAN_DOCUMENTS = ["schedule.docx", "report.docx", "coverage.xlsx", "inspections.xlsx"] as const;
export type PlanDocument = (typeof PLAN_DOCUMENTS)[number];

const reader = (q: Request) => ({ db: q.db, user: q.user, now: q.now });

async function provinceName(q: Request, at: string) {
  return (await provinceOn(q.db, provinceOf(q.user), at))?.name ?? "Tỉnh Đồng Nai";
}

export function issuedPlanRef(plan: PlanRow) {
  if (plan.status !== "approved" || !plan.number || !plan.issued_date) {
    fail(
      "DOCUMENT.NOT_AVAILABLE",
      `Kế hoạch năm ${plan.year} chưa được ban hành (chưa có số, ngày) / The ${plan.year} plan is not issued yet (no number and date)`,
      "year",
    );
  }
  return { number: plan.number, date: plan.issued_date, issuer: plan.issuer ?? "", year: plan.year };
}

/** Lịch kiểm tra (phụ lục kế hoạch): announced and remote inspections the caller sees; never a surprise (R5). */
async function schedule(q: Request, plan: PlanRow): Promise<GeneratedDocument> {
  const today = vietnamDate(q.now);
  const place = placeOf(await provinceName(q, `${plan.year}-01-01`));
  const rows = (await readInspections(reader(q), { planId: plan.id })).filter(
    (r) => r.status !== "cancelled" && r.form !== "surprise",
  );
  return {
    title: `Phụ lục lịch kiểm tra CCHC năm ${plan.year}`,
    buffer: await inspectionScheduleDocx({
      issuer: { name: plan.issuer ?? `UBND tỉnh ${place}`, place },
      templateId: plan.template_id,
      // A draft plan's annex is drafted with it: the number stays blank, the date is today's.
      plan: {
        number: plan.number ?? `${"\u00a0".repeat(6)}${blankNumber("KH", "UBND")}`,
        date: plan.issued_date ?? today,
        issuer: plan.issuer ?? `UBND tỉnh ${place}`,
        year: plan.year,
      },
      inspections: rows.map((r) => ({
        unitName: inspectedBodyName(r.unit_kind, r.unit_name),
        form: r.form,
        startDate: r.start_date,
        endDate: r.end_date,
        leadBody: r.lead_body,
        ...(r.tentative ? { note: "Dự kiến" } : {}),
      })),
    }),
  };
}

/** Báo cáo kết quả kiểm tra năm: to the Chairman and Bộ Nội vụ, from Sở Nội vụ, drawn from the database. */
async function report(q: Request, plan: PlanRow): Promise<GeneratedDocument> {
  const planRef = issuedPlanRef(plan);
  // Its texts name the plan's year (templateInYear), not the template's first one.
  const template = templateInYear(templateOf(plan.template_id), plan.year);
  const today = vietnamDate(q.now);
  const body = issuingBody(template, homeAffairsCode(template), await provinceName(q, today));
  const coverage = await planCoverage(q, plan);
  const rows = (await readInspections(reader(q), { planId: plan.id })).filter((r) => hasStarted(r.status));
  const onSite = rows.filter((r) => countsTowardCoverage(template, r.form));
  const findings = await findingsOf(
    q.db,
    onSite.map((r) => r.id),
  );
  const { strengths, shortcomings } = assessFindings(template, findings);
  const recs = await visibleRecommendations(q, { year: plan.year });
  const dtos = recs.map((r) => toRecommendationDto(r, today));
  const resolved = dtos.filter((r) => r.status === "resolved").length;
  return {
    title: `Báo cáo kết quả kiểm tra CCHC năm ${plan.year}`,
    buffer: await annualReportDocx({
      head: { issuer: body.issuer, number: blankNumber("BC", body.symbol), date: today },
      templateId: plan.template_id,
      plan: planRef,
      coverage: coverage.tiers,
      inspections: onSite.map((r) => ({
        unitName: inspectedBodyName(r.unit_kind, r.unit_name),
        form: r.form,
        startDate: r.start_date,
        endDate: r.end_date,
        leadBody: r.lead_body,
      })),
      remoteChecks: rows.length - onSite.length,
      strengths: strengths.length > 0 ? strengths : ["Chưa có kết quả đánh giá được ghi nhận"],
      shortcomings: shortcomings.length > 0 ? shortcomings : ["Chưa ghi nhận tồn tại, hạn chế"],
      recommendations: {
        resolved,
        open: dtos.length - resolved,
        overdue: dtos.filter((r) => r.overdue).length,
      },
      proposals: [],
      signer: body.signer,
    }),
  };
}

async function coverageBook(q: Request, plan: PlanRow): Promise<GeneratedDocument> {
  const coverage = await planCoverage(q, plan);
  return {
    title: `Chỉ tiêu kiểm tra CCHC năm ${plan.year}`,
    buffer: await coverageXlsx({ templateId: plan.template_id, year: plan.year, rows: coverage.tiers }),
  };
}

async function inspectionsBook(q: Request, plan: PlanRow): Promise<GeneratedDocument> {
  const rows = await readInspections(reader(q), { planId: plan.id });
  const leaders = new Map(
    (
      await listTeams(
        q.db,
        rows.map((r) => r.id),
      )
    )
      .filter((m) => m.role === "leader")
      .map((m) => [m.inspection_id, m.name]),
  );
  return {
    title: `Danh sách cuộc kiểm tra CCHC năm ${plan.year}`,
    buffer: await inspectionListXlsx({
      templateId: plan.template_id,
      year: plan.year,
      rows: rows.map((r) => ({
        number: r.decision_number,
        decisionDate: r.decision_date,
        unitName: inspectedBodyName(r.unit_kind, r.unit_name),
        tier: r.unit_tier as "agency" | "district" | "commune" | null,
        form: r.form,
        leadBody: r.lead_body,
        startDate: r.start_date,
        endDate: r.end_date,
        status: r.status,
        teamLeader: leaders.get(r.id) ?? null,
      })),
    }),
  };
}

export async function planDocument(q: Request, year: number, doc: PlanDocument): Promise<GeneratedDocument> {
  const plan = await planOfYear(q.db, provinceOf(q.user), year);
  switch (doc) {
    case "schedule.docx":
      return schedule(q, plan);
    case "report.docx":
      return report(q, plan);
    case "coverage.xlsx":
      return coverageBook(q, plan);
    case "inspections.xlsx":
      return inspectionsBook(q, plan);
  }
}

/** Recommendations addressed to units in the caller's scope, of inspections it may see (as recommendations.list). */
async function visibleRecommendations(q: Request, f: { year?: number | undefined }) {
  const unitIds = await scopeUnitIds(reader(q), "inspections.read");
  return listRecommendationRows(q.db, {
    ...(unitIds ? { unitIds } : {}),
    ...(f.year !== undefined ? { year: f.year } : {}),
    visibleTo: await visibilityOf(reader(q)),
  });
}

/** Theo dõi kiến nghị: every visible recommendation (of a year, or all), overdue as of today. */
export async function recommendationTracker(
  q: Request,
  year: number | undefined,
): Promise<GeneratedDocument> {
  const rows = await visibleRecommendations(q, { year });
  const names = new Map(
    (
      await findUsers(q.db, [
        ...new Set(rows.flatMap((r) => (r.verified_by === null ? [] : [r.verified_by]))),
      ])
    ).map((u) => [u.id, u.display_name]),
  );
  return {
    title:
      year === undefined
        ? "Theo dõi kiến nghị sau kiểm tra CCHC"
        : `Theo dõi kiến nghị sau kiểm tra CCHC năm ${year}`,
    buffer: await recommendationTrackerXlsx({
      asOf: vietnamDate(q.now),
      rows: rows.map((r) => ({
        inspection: `Thông báo kết luận ${r.conclusion_number} ngày ${formatViDate(r.conclusion_date)}`,
        unitName: r.unit_name,
        text: r.text,
        deadline: r.deadline,
        status: r.status as RecommendationStatus,
        response: r.response,
        responseDate: r.responded_on,
        verifiedBy: r.verified_by === null ? null : (names.get(r.verified_by) ?? null),
        verifiedDate: r.verified_on,
      })),
    }),
  };
}
