import {
  answerAwaitsUnit,
  type Bilingual,
  findLeadBody,
  type InspectionForm,
  type InspectionStatus,
  isRecommendationOverdue,
  type Tier,
  type UnitKind,
} from "@par/domain";
import type { RecommendationListRow } from "../db/conclusion.repository";
import type { InspectionListRow } from "../db/inspection.repository";
import { templateOf } from "./viewer";

export interface UnitBrief {
  id: number;
  code: string;
  name: string;
}

/** One inspection in a list (danh sách cuộc kiểm tra); dates "yyyy-mm-dd". */
export interface InspectionSummary {
  id: number;
  planId: number;
  year: number;
  templateId: string;
  targetUnit: UnitBrief & { kind: UnitKind; tier: Tier | null };
  form: InspectionForm;
  status: InspectionStatus;
  leadBody: string;
  leadBodyName: Bilingual;
  startDate: string;
  endDate: string;
  noticeDate: string | null;
  /** Quyết định thành lập đoàn: number and date once registered. */
  decisionNumber: string | null;
  decisionDate: string | null;
  /** Dates put in by the proposal, not chosen yet. */
  tentative: boolean;
  areas: string[];
  fields: string[];
  teamLeader: string | null;
  isDemo: boolean;
}

export function toInspectionSummary(row: InspectionListRow, teamLeader: string | null): InspectionSummary {
  const body = findLeadBody(templateOf(row.template_id), row.lead_body);
  return {
    id: row.id,
    planId: row.plan_id,
    year: row.year,
    templateId: row.template_id,
    targetUnit: {
      id: row.target_unit_id,
      code: row.unit_code,
      name: row.unit_name,
      kind: row.unit_kind as UnitKind,
      tier: row.unit_tier as Tier | null,
    },
    form: row.form,
    status: row.status,
    leadBody: row.lead_body,
    leadBodyName: body ? { vi: body.vi, en: body.en } : { vi: row.lead_body, en: row.lead_body },
    startDate: row.start_date,
    endDate: row.end_date,
    noticeDate: row.notice_date,
    decisionNumber: row.decision_number,
    decisionDate: row.decision_date,
    tentative: row.tentative,
    areas: row.areas,
    fields: row.fields,
    teamLeader,
    isDemo: row.is_demo,
  };
}

/** A recommendation (kiến nghị) and its follow-up. */
export interface RecommendationDto {
  id: number;
  inspectionId: number;
  year: number;
  unitId: number;
  unitName: string;
  conclusionNumber: string;
  conclusionDate: string;
  text: string;
  deadline: string;
  status: RecommendationListRow["status"];
  response: string | null;
  evidenceFileIds: string[];
  respondedOn: string | null;
  verdict: "resolved" | "not_resolved" | null;
  verifiedOn: string | null;
  verificationNote: string | null;
  /** Past its deadline and not resolved, unless the unit answered in time and waits for verification. */
  overdue: boolean;
  /** The unit has an answer in hand that has not gone out (a draft, or awaiting its head): not verifiable yet. */
  answerPending: boolean;
}

export function toRecommendationDto(r: RecommendationListRow, today: string): RecommendationDto {
  return {
    id: r.id,
    inspectionId: r.inspection_id,
    year: r.year,
    unitId: r.unit_id,
    unitName: r.unit_name,
    conclusionNumber: r.conclusion_number,
    conclusionDate: r.conclusion_date,
    text: r.text,
    deadline: r.deadline,
    status: r.status,
    response: r.response,
    evidenceFileIds: r.evidence ?? [],
    respondedOn: r.responded_on,
    verdict: r.verdict,
    verifiedOn: r.verified_on,
    verificationNote: r.verification_note,
    overdue: isRecommendationOverdue(
      { status: r.status, deadline: r.deadline, respondedOn: r.responded_on },
      today,
    ),
    answerPending: answerAwaitsUnit(r.review_state, r.approved_at !== null),
  };
}
