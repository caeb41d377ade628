import type { Bilingual } from "../core/result";
import type { Tier } from "../units/unit-kinds";

/**
 * Forms of inspection (hình thức kiểm tra, plan III.3). Their meaning is code (visibility, notice,
 * coverage), so the list is fixed; a template says which it uses and which count toward coverage.
 */
export const INSPECTION_FORMS = ["announced", "surprise", "remote_dossier", "remote_camera"] as const;
export type InspectionForm = (typeof INSPECTION_FORMS)[number];

/** Who leads an inspection (cơ quan chủ trì): home affairs, the provincial office, or a sector department. */
export type LeadBodyKind = "home_affairs" | "office" | "sector";

export interface ContentArea extends Bilingual {
  /** "1" … "6": the numbering of section II of the plan. */
  code: string;
}

export interface ChecklistItem extends Bilingual {
  /** Stable code such as "1a", "2.3", "3b.1"; findings are recorded against it. */
  code: string;
  area: string;
}

export interface FieldDef extends Bilingual {
  code: string;
  /** A focus field of the plan (lĩnh vực trọng tâm, I.2): weighs in the proposal. */
  focus: boolean;
}

export interface LeadBody extends Bilingual {
  code: string;
  kind: LeadBodyKind;
  /** The register name of the unit that leads, to bind sector inspectors to their lead body. */
  unitName: string;
  /** The field a sector department covers (IV.3); null for home affairs and the office. */
  field: string | null;
}

export interface TierQuota extends Bilingual {
  tier: Tier;
  /** Minimum share of the tier's units inspected on site in the year, in percent. */
  pct: number;
}

export interface FormDef extends Bilingual {
  form: InspectionForm;
  /** Only on-site inspections count toward the tier quotas (R2). */
  countsTowardCoverage: boolean;
}

export interface PlanTemplate {
  id: string;
  version: number;
  /** The act the template encodes, e.g. "284/KH-UBND ngày 29/12/2022". */
  source: string;
  title: Bilingual;
  /** Plan years this template may be used for. */
  years: { from: number; to: number | null };
  /** Months of the year in which inspections take place (III.2). */
  period: { fromMonth: number; toMonth: number };
  areas: readonly ContentArea[];
  items: readonly ChecklistItem[];
  /** The area that follows up earlier conclusions (R10), added automatically when recommendations are open. */
  followUpArea: string;
  tiers: readonly TierQuota[];
  forms: readonly FormDef[];
  fields: readonly FieldDef[];
  leadBodies: readonly LeadBody[];
  /** Internal inspections by departments and districts (IV.4), in percent. */
  internalQuota: { pct: number; manySubordinatesPct: number };
  /** Working days between the notice and the start of an announced inspection. */
  noticeLeadWorkingDays: number;
  /** Proposal tuning: the share of reserves for surprise checks per tier (weight on the commune level, I.2). */
  proposal: { reserveRatio: Partial<Record<Tier, number>> };
}
