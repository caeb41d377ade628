import {
  DRAFTED_BODY_REPORTS,
  hasStarted,
  kindOf,
  leadBodyOfUnitName,
  mayDraftReportOf,
  owes,
  type ReportKindDef,
  templateInYear,
} from "@par/domain";
import { provinceOf } from "../access/province";
import type { Request } from "../access/request";
import { listRecommendationRows } from "../db/conclusion.repository";
import { findingsOf, provinceOn } from "../db/document.repository";
import { bodyReportDocx } from "../documents";
import { fail } from "../errors";
import { readInspections } from "../inspections/inspection-access";
import { toRecommendationDto } from "../inspections/inspection-dto";
import { templateOf } from "../inspections/viewer";
import { planOfYear } from "../plans/plan-commands";
import { reportBodies } from "../reports/report-bodies";
import { vietnamDate } from "../time";
import { assessFindings } from "./findings-assessment";
import type { GeneratedDocument } from "./inspection-documents";
import { blankNumber, inspectedBodyName, issuingBody } from "./issuers";
import { issuedPlanRef } from "./plan-documents";

/** What the report is about, after "Báo cáo kết quả kiểm tra …", and the list of recipients. */
function wordingOf(kind: ReportKindDef, fieldName: string, year: number) {
  if (kind.code === "tthc_control")
    return {
      summary: `Kết quả kiểm tra công tác kiểm soát thủ tục hành chính năm ${year}`,
      recipients: [
        "Chủ tịch UBND tỉnh (b/c);",
        "Văn phòng Chính phủ (Cục Kiểm soát TTHC);",
        "Sở Nội vụ;",
        "Lưu: VT, KSTT.",
      ],
    };
  return {
    summary: `Kết quả kiểm tra cải cách hành chính trong lĩnh vực ${fieldName} năm ${year}`,
    recipients: ["Sở Nội vụ (tổng hợp);", "Lưu: VT."],
  };
}

/**
 * The report a body other than Sở Nội vụ owes (plan IV.2: Văn phòng UBND tỉnh; IV.3: each sector
 * department), drafted from the inspections it led in the year that the caller may see (R5 as
 * everywhere), their findings and their recommendations. The body itself, Sở Nội vụ and the leaders
 * may draw it (the domain's `mayDraftReportOf`).
 */
export async function bodyReport(q: Request, year: number, bodyUnitId: number): Promise<GeneratedDocument> {
  const provinceId = provinceOf(q.user);
  const body = (await reportBodies(q.db, provinceId, year)).find((b) => b.unitId === bodyUnitId);
  const kind = body && DRAFTED_BODY_REPORTS.map(kindOf).find((k) => owes(k, body));
  if (!body || !kind)
    fail(
      "REPORT.NOT_OWED",
      "Cơ quan báo cáo: không có báo cáo do hệ thống soạn cho cơ quan này / Reporting body: the system drafts no report for it",
      "bodyUnitId",
    );
  if (!mayDraftReportOf(q.user.assignments, kind, body))
    fail(
      "ACCESS.OUT_OF_SCOPE",
      "Chỉ chính cơ quan báo cáo, Sở Nội vụ và lãnh đạo tỉnh được lấy báo cáo này / Only the body itself, Sở Nội vụ and the province's leaders may draw this report",
    );
  const plan = await planOfYear(q.db, provinceId, year);
  const planRef = issuedPlanRef(plan);
  const template = templateInYear(templateOf(plan.template_id), plan.year);
  const leadBody = leadBodyOfUnitName(template, body.name);
  if (!leadBody) throw new Error(`No lead body for ${body.name}`);
  const today = vietnamDate(q.now);
  const provinceName = (await provinceOn(q.db, provinceId, today))?.name ?? "";
  const issuing = issuingBody(template, leadBody.code, provinceName);
  const rows = (
    await readInspections(
      { db: q.db, user: q.user, now: q.now },
      { planId: plan.id, leadBody: leadBody.code },
    )
  ).filter((r) => hasStarted(r.status));
  const ids = rows.map((r) => r.id);
  const [findings, recs] = await Promise.all([
    findingsOf(q.db, ids),
    listRecommendationRows(q.db, { inspectionIds: ids }),
  ]);
  const assessed = assessFindings(template, findings);
  const dtos = recs.map((r) => toRecommendationDto(r, today));
  const resolved = dtos.filter((r) => r.status === "resolved").length;
  const field = template.fields.find((f) => f.code === leadBody.field);
  const wording = wordingOf(kind, (field?.vi ?? leadBody.vi).toLowerCase(), year);
  return {
    title: `Báo cáo ${wording.summary.charAt(0).toLowerCase()}${wording.summary.slice(1)}`,
    buffer: await bodyReportDocx({
      head: { issuer: issuing.issuer, number: blankNumber("BC", issuing.symbol), date: today },
      templateId: plan.template_id,
      plan: planRef,
      summary: wording.summary,
      to: kind.to.vi,
      inspections: rows.map((r) => ({
        unitName: inspectedBodyName(r.unit_kind, r.unit_name),
        form: r.form,
        status: r.status,
        startDate: r.start_date,
        endDate: r.end_date,
      })),
      areas: template.areas.flatMap((a) => {
        const s = assessed.byArea.get(a.code);
        return s ? [{ name: a.vi, rated: s.rated, met: s.met }] : [];
      }),
      strengths: assessed.strengths,
      shortcomings: assessed.shortcomings,
      recommendations: {
        resolved,
        open: dtos.length - resolved,
        overdue: dtos.filter((r) => r.overdue).length,
      },
      signer: issuing.signer,
      recipients: wording.recipients,
    }),
  };
}
