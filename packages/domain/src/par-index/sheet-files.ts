import { err, ok, type Result } from "../core/result";
import { maySeeSubmission } from "../review/submission-visibility";
import type { ScoringState } from "./scoring-rounds";
import { submitRefusal } from "./sheet-messages";

/**
 * Evidence files (tài liệu kiểm chứng) on a sub-criterion of a unit's PAR-index sheet. A file belongs
 * to the round the unit was in when it attached it: its self-score, or its explanation (giải trình)
 * of the round-1 appraisal.
 */
export const SHEET_FILE_ROUNDS = ["self", "explanation"] as const;
export type SheetFileRound = (typeof SHEET_FILE_ROUNDS)[number];

/** A sub-criterion holds a handful of documents; a sheet read lists them all, so both are bounded. */
export const SHEET_FILES_PER_CRITERION = 10;
export const SHEET_FILES_PER_SHEET = 400;

/** The round a file the unit attaches now joins (null: the unit cannot add or remove files now). */
export function fileRoundFor(state: ScoringState): SheetFileRound | null {
  if (state === "self_scoring") return "self";
  if (state === "appraised_1") return "explanation";
  return null;
}

/** Whether the unit has sent the round a file belongs to (its self-score; its explanation). */
export function sheetFileSent(round: SheetFileRound, state: ScoringState, explained: boolean): boolean {
  return round === "self" ? state !== "self_scoring" : explained;
}

/**
 * Who sees a file: the unit at any time; anyone else (Sở Nội vụ, the province's readers) only once the
 * unit has sent its round — the same rule as every unit's submission (`maySeeSubmission`): an unsent
 * round is a draft, a sent one has gone out.
 */
export function maySeeSheetFile(
  round: SheetFileRound,
  sheet: { state: ScoringState; explained: boolean },
  ofTheUnit: boolean,
): boolean {
  return maySeeSubmission(sheetFileSent(round, sheet.state, sheet.explained) ? "approved" : "draft", [
    ...(ofTheUnit ? (["clerk"] as const) : []),
  ]);
}

/** The unit removes a file only while the round it belongs to is still its draft. */
export function mayRemoveSheetFile(round: SheetFileRound, state: ScoringState): boolean {
  return fileRoundFor(state) === round;
}

/** A leaf of the sheet as the submit check reads it. */
export interface SubmitRow {
  code: string;
  leaf: boolean;
  evidenceRequired: boolean;
  self: number | null;
  computed: number | null;
  selfNote: string;
  /** Evidence files on the leaf (any round: at submit all are the self-score's). */
  files: number;
}

/**
 * What keeps a self-score from being sent: leaves nobody scored; and leaves that require evidence and
 * got points from the unit without both a justification (what the documents show) and at least one
 * evidence file. A leaf scored 0 claims nothing, so it needs no evidence.
 */
export function submitProblems(rows: readonly SubmitRow[]) {
  const leaves = rows.filter((r) => r.leaf);
  const claims = leaves.filter((r) => r.evidenceRequired && (r.self ?? 0) > 0);
  return {
    missing: leaves.filter((r) => r.self === null && r.computed === null).map((r) => r.code),
    unjustified: claims.filter((r) => r.selfNote.trim() === "").map((r) => r.code),
    withoutFiles: claims.filter((r) => r.files === 0).map((r) => r.code),
  };
}

/** The submit check as a result, its message naming the sheet and the sub-criteria concerned. */
export function checkSubmit(rows: readonly SubmitRow[]): Result<true> {
  const refusal = submitRefusal(submitProblems(rows));
  return refusal === null ? ok(true) : err("PAR_INDEX.SCORE_INVALID", refusal, "scores");
}
