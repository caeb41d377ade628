import type { ProposalUnit, RiskSignals, UnitHistory } from "./proposal-types";

/** The facts that raise a unit's priority; kept apart from the text so that text is built only for picks. */
export interface ScoreFactors {
  lastInspectionYear: number | null;
  yearsSince: number;
  openRecommendations: number;
  overdueRecommendations: number;
  findingsCount: number;
  lastShortfallShare: number;
  focusFields: string[];
  lateDossierRate: number;
  cameraViolations: number;
  dossierShortfalls: string[];
}

/**
 * Weights: the longest-uninspected first (8 years or never = 40), then open recommendations and risk.
 * An overdue recommendation counts on top of being open (4 + 3): a missed deadline says more than an
 * open one. The last inspection's share of unsatisfactory ratings adds up to 10.
 */
export const SCORE_WEIGHTS = {
  perYear: 5,
  maxYears: 8,
  perRec: 4,
  maxRecs: 10,
  perOverdue: 3,
  maxOverdue: 10,
  perFinding: 1.5,
  maxFindings: 10,
  lastShortfall: 10,
  perFocus: 5,
  lateRate: 20,
  perCamera: 1.5,
  maxCamera: 10,
  perDossierShortfall: 3,
  maxDossierShortfalls: 5,
} as const;
const W = SCORE_WEIGHTS;

const clamp01 = (x: number) => Math.max(0, Math.min(1, Number.isFinite(x) ? x : 0));

export function scoreFactors(
  unit: ProposalUnit,
  year: number,
  history: UnitHistory | undefined,
  risk: RiskSignals | undefined,
  focus: ReadonlySet<string>,
): ScoreFactors {
  const last = history?.lastInspectionYear ?? null;
  return {
    lastInspectionYear: last,
    yearsSince: last === null ? W.maxYears : Math.max(0, Math.min(W.maxYears, year - last)),
    openRecommendations: Math.max(0, history?.openRecommendations ?? 0),
    overdueRecommendations: Math.max(0, history?.overdueRecommendations ?? 0),
    findingsCount: Math.max(0, history?.findingsCount ?? 0),
    lastShortfallShare: clamp01(history?.lastShortfallShare ?? 0),
    focusFields: (unit.fields ?? []).filter((f) => focus.has(f)),
    lateDossierRate: Math.max(0, Math.min(1, risk?.lateDossierRate ?? 0)),
    cameraViolations: Math.max(0, risk?.cameraViolations ?? 0),
    dossierShortfalls: [...(risk?.dossierShortfalls ?? [])],
  };
}

export function scoreOf(f: ScoreFactors): number {
  return weigh(
    f.yearsSince,
    f.openRecommendations,
    f.overdueRecommendations,
    f.findingsCount,
    f.lastShortfallShare,
    f.focusFields.length,
    f.lateDossierRate,
    f.cameraViolations,
    f.dossierShortfalls.length,
  );
}

function weigh(
  years: number,
  recs: number,
  overdue: number,
  findings: number,
  shortfall: number,
  focusCount: number,
  lateRate: number,
  camera: number,
  dossierShortfalls: number,
): number {
  const raw =
    years * W.perYear +
    Math.min(W.maxRecs, recs) * W.perRec +
    Math.min(W.maxOverdue, overdue) * W.perOverdue +
    Math.min(W.maxFindings, findings) * W.perFinding +
    shortfall * W.lastShortfall +
    focusCount * W.perFocus +
    lateRate * W.lateRate +
    Math.min(W.maxCamera, camera) * W.perCamera +
    Math.min(W.maxDossierShortfalls, dossierShortfalls) * W.perDossierShortfall;
  return Math.round(raw * 100) / 100;
}

/**
 * The same score as scoreOf(scoreFactors(…)) without building the factors: ranking touches every unit,
 * while the factors (and their text) are needed only for the few that are picked.
 */
export function quickScore(
  unit: ProposalUnit,
  year: number,
  history: UnitHistory | undefined,
  risk: RiskSignals | undefined,
  focus: ReadonlySet<string>,
): number {
  const last = history?.lastInspectionYear ?? null;
  const years = last === null ? W.maxYears : Math.max(0, Math.min(W.maxYears, year - last));
  let focusCount = 0;
  for (const f of unit.fields ?? []) if (focus.has(f)) focusCount++;
  return weigh(
    years,
    Math.max(0, history?.openRecommendations ?? 0),
    Math.max(0, history?.overdueRecommendations ?? 0),
    Math.max(0, history?.findingsCount ?? 0),
    clamp01(history?.lastShortfallShare ?? 0),
    focusCount,
    Math.max(0, Math.min(1, risk?.lateDossierRate ?? 0)),
    Math.max(0, risk?.cameraViolations ?? 0),
    risk?.dossierShortfalls?.length ?? 0,
  );
}
