import type { ProposalUnit, RiskSignals, UnitHistory } from "./proposal-types";

/** The facts that raise a unit's priority; kept apart from the text so that text is built only for picks. */
export interface ScoreFactors {
  lastInspectionYear: number | null;
  yearsSince: number;
  openRecommendations: number;
  findingsCount: number;
  focusFields: string[];
  lateDossierRate: number;
  cameraViolations: number;
}

/** Weights: the longest-uninspected first (8 years or never = 40), then open recommendations and risk. */
const W = {
  perYear: 5,
  maxYears: 8,
  perRec: 4,
  maxRecs: 10,
  perFinding: 1.5,
  maxFindings: 10,
  perFocus: 5,
  lateRate: 20,
  perCamera: 1.5,
  maxCamera: 10,
};

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
    findingsCount: Math.max(0, history?.findingsCount ?? 0),
    focusFields: (unit.fields ?? []).filter((f) => focus.has(f)),
    lateDossierRate: Math.max(0, Math.min(1, risk?.lateDossierRate ?? 0)),
    cameraViolations: Math.max(0, risk?.cameraViolations ?? 0),
  };
}

export function scoreOf(f: ScoreFactors): number {
  return weigh(
    f.yearsSince,
    f.openRecommendations,
    f.findingsCount,
    f.focusFields.length,
    f.lateDossierRate,
    f.cameraViolations,
  );
}

function weigh(
  years: number,
  recs: number,
  findings: number,
  focusCount: number,
  lateRate: number,
  camera: number,
): number {
  const raw =
    years * W.perYear +
    Math.min(W.maxRecs, recs) * W.perRec +
    Math.min(W.maxFindings, findings) * W.perFinding +
    focusCount * W.perFocus +
    lateRate * W.lateRate +
    Math.min(W.maxCamera, camera) * W.perCamera;
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
    Math.max(0, history?.findingsCount ?? 0),
    focusCount,
    Math.max(0, Math.min(1, risk?.lateDossierRate ?? 0)),
    Math.max(0, risk?.cameraViolations ?? 0),
  );
}
