import type { WorkCalendar } from "../calendar/working-days";
import type { Bilingual } from "../core/result";
import type { PlanTemplate } from "../templates/template-types";
import type { Tier } from "../units/unit-kinds";
import type { UnitRef } from "../units/unit-ref";

export interface ProposalUnit extends UnitRef {
  code: string;
  name: string;
  /** The district a commune lies in, when not its parent (default: parentId). */
  districtId?: number | null;
  /** Fields the unit handles many dossiers in (relevance to the focus fields), as template field codes. */
  fields?: readonly string[];
}

export interface UnitHistory {
  unitId: number;
  lastInspectionYear: number | null;
  /** Findings (tồn tại, hạn chế) recorded in earlier inspections. */
  findingsCount: number;
  /** Recommendations of earlier conclusions not yet resolved (this system's and imported ones). */
  openRecommendations: number;
  /** Of those, the ones past their deadline on the reference date: a unit that lets deadlines slip. */
  overdueRecommendations?: number;
  /** Share (0–1) of the findings of the unit's last inspection rated not satisfactory (chưa đạt, có tồn tại). */
  lastShortfallShare?: number;
}

export interface RiskSignals {
  unitId: number;
  /** Share of dossiers resolved late, 0–1, from the dossier system. */
  lateDossierRate?: number;
  /** Violations seen through one-stop-shop cameras this period. */
  cameraViolations?: number;
  /** Dossier rates past the year's thresholds of the remote dossier check (issue 11 §2), as rate codes. */
  dossierShortfalls?: readonly string[];
}

export interface ProposalInput {
  template: PlanTemplate;
  year: number;
  seed: number;
  units: readonly ProposalUnit[];
  history?: readonly UnitHistory[];
  risks?: readonly RiskSignals[];
  /** On-site inspections the team can run per month: one number for every month, or twelve. */
  capacityPerMonth: number | readonly number[];
  /** Units already planned or inspected on site this year: they count toward the quota and are not proposed. */
  alreadyPlanned?: readonly number[];
  /** The lead body whose plan this is (a template code): its own unit is never proposed. */
  leadBody?: string;
  /** Units the officer rules out. */
  exclude?: readonly number[];
  /** First month that may still be suggested (default: the template period's first). */
  startMonth?: number;
  referenceDate?: string;
  calendar?: WorkCalendar;
}

export interface ProposalPick {
  unitId: number;
  code: string;
  name: string;
  tier: Tier;
  score: number;
  /** Suggested month 1–12, or null when the team's capacity cannot take it (reserves: always null). */
  month: number | null;
  reasons: Bilingual;
}

export interface TierProposal {
  tier: Tier;
  pct: number;
  eligible: number;
  required: number;
  alreadyCovered: number;
  /** required − alreadyCovered: how many picks the tier needs. */
  needed: number;
  feasible: boolean;
  problem: Bilingual | null;
  picks: ProposalPick[];
  /** Next best units, for surprise checks or substitutes. */
  reserve: ProposalPick[];
}

export interface Proposal {
  year: number;
  templateId: string;
  seed: number;
  tiers: TierProposal[];
  /** Effective capacity per month (index 0 = January) after holidays and the period. */
  monthCapacity: number[];
  monthLoad: number[];
  problems: Bilingual[];
}
