import { committeeName, INTERNAL_STATUS_LABELS, type InternalReportInput, reportPeriod } from "@par/domain";
import type { Request } from "../access/request";
import { assertCanOnUnit } from "../access/unit-access";
import { provinceOn } from "../db/document.repository";
import { reportRows } from "../db/internal-report.repository";
import { findUnit } from "../db/unit.repository";
import { internalReportXlsx } from "../documents/excel/internal-report-workbook";
import {
  type InternalDocumentFacts,
  internalConclusionDocx,
  internalDecisionDocx,
  internalMinutesDocx,
} from "../documents/word/internal-documents";
import {
  type InternalReportFacts,
  internalReportSectionDocx,
} from "../documents/word/internal-report-section";
import { fail } from "../errors";
import { internalCoverageOf } from "../internal/internal-inspections";
import { internalDetail } from "../internal/internal-work";
import { vietnamDate } from "../time";
import { internalIssuer } from "./internal-issuer";

export const INTERNAL_DOCUMENTS = ["decision", "minutes", "conclusion"] as const;
export type InternalDocument = (typeof INTERNAL_DOCUMENTS)[number];

function notYet(what: { vi: string; en: string }): never {
  fail("DOCUMENT.UNKNOWN", `Chưa có ${what.vi} / No ${what.en} yet`, "document");
}

/** One Word document of an internal inspection the caller may read (scope as internal.detail). */
export async function internalDocument(q: Request, id: number, kind: InternalDocument) {
  const d = await internalDetail(q, id);
  const parent = (await findUnit(q.db, d.parentUnit.id))!;
  const province = (await provinceOn(q.db, parent.province_id, d.startDate))?.name ?? "Tỉnh Đồng Nai";
  const facts: InternalDocumentFacts = {
    ...internalIssuer(parent, province),
    year: d.year,
    // A commune is named by its People's Committee ("UBND xã Xuân Bắc"), a division by its own name.
    targetName: committeeName(d.targetUnit.kind, d.targetUnit.name),
    startDate: d.startDate,
    endDate: d.endDate,
    decision: d.decisionNumber ? { number: d.decisionNumber, date: d.decisionDate! } : null,
    team: d.team,
    findings: d.checklist.map((c) => ({ vi: c.vi, ratingVi: c.ratingLabel?.vi ?? null, note: c.note })),
    conductedOn: d.conductedOn,
    notice: d.noticeNumber ? { number: d.noticeNumber } : null,
    summary: d.summary,
    recommendations: d.recommendations,
  };
  const title = `${kind === "decision" ? "Quyết định thành lập đoàn" : kind === "minutes" ? "Biên bản kiểm tra" : "Thông báo kết luận"} – ${d.targetUnit.name}`;
  if (kind === "decision") {
    if (!facts.decision) notYet({ vi: "quyết định thành lập đoàn", en: "team decision" });
    return { title, buffer: await internalDecisionDocx(facts) };
  }
  if (kind === "minutes") {
    if (d.status === "planned") notYet({ vi: "biên bản kiểm tra", en: "minutes" });
    return { title, buffer: await internalMinutesDocx(facts) };
  }
  if (!facts.notice) notYet({ vi: "thông báo kết luận", en: "conclusion notice" });
  return { title, buffer: await internalConclusionDocx(facts) };
}

/** The CCHC report section (IV.4, R11) of a unit for a quarter or the year, as Word or Excel. */
export async function internalReport(q: Request, input: InternalReportInput, ext: "docx" | "xlsx") {
  const unit = await findUnit(q.db, input.unitId);
  if (!unit) fail("UNIT.NOT_FOUND", "Không tìm thấy đơn vị / Unit not found", "unitId");
  await assertCanOnUnit(q.db, q.user, "internal.read", unit.id);
  const { from, to } = reportPeriod(input.year, input.quarter);
  const today = vietnamDate(q.now);
  const [duty, rows] = await Promise.all([
    internalCoverageOf(q, unit.id, input.year),
    reportRows(q.db, unit.id, from, to),
  ]);
  const roman = ["I", "II", "III", "IV"];
  const periodVi = input.quarter ? `quý ${roman[input.quarter - 1]} năm ${input.year}` : `năm ${input.year}`;
  const facts: InternalReportFacts = {
    unitName: unit.name,
    periodVi,
    from,
    to,
    duty: {
      pct: duty.pct,
      poolSize: duty.poolSize,
      required: duty.required,
      done: duty.done,
      planned: duty.pool.filter((p) => p.status === "planned").length,
    },
    inspections: rows.inspections.map((r) => ({
      targetName: r.target_name,
      conductedOn: r.conducted_on,
      startDate: r.start_date,
      statusVi: INTERNAL_STATUS_LABELS[r.status].vi,
      notice: r.notice_number,
      summary: r.summary,
      recommendations: r.recommendations,
    })),
    recommendations: rows.recommendations.map((r) => ({
      targetName: r.target_name,
      text: r.text,
      deadline: r.deadline,
      done: r.status === "done",
      doneOn: r.done_on,
      overdue: r.status === "open" && r.deadline < today,
    })),
  };
  const title = `Kiểm tra nội bộ ${periodVi} – ${unit.name}`;
  return {
    title,
    buffer: ext === "docx" ? await internalReportSectionDocx(facts) : await internalReportXlsx(facts),
  };
}
