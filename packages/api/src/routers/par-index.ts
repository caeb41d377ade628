import {
  AppraisalInput,
  ExplanationInput,
  IndexImportInput,
  IndexTree,
  IndexTreeKey,
  IndexVersionsPageInput,
  ParIndexYearInput,
  PublishRankingInput,
  RankingPageInput,
  ScoringDeadlinesInput,
  SelfScoreInput,
  SheetFileId,
  SheetKey,
  SheetsPageInput,
  UnpublishRankingInput,
} from "@par/domain";
import { requestOf } from "../access/request";
import { commitIndexImport, previewIndexImport } from "../par-index/index-import";
import { listVersions, readDeadlines, readTree, saveTree, setDeadlines } from "../par-index/index-versions";
import { publishRanking, readPublications, unpublishRanking } from "../par-index/publication";
import { rankingPage, sheetsPage } from "../par-index/ranking";
import { removeSheetFile } from "../par-index/sheet-files";
import { readSheet } from "../par-index/sheet-reads";
import { saveAppraisal, saveExplanation, saveSelfScore, takeStep } from "../par-index/sheet-steps";
import { permissionProcedure, router } from "../trpc";

/**
 * The PAR index (Chỉ số CCHC, issue 11 §3–§5). Sở Nội vụ (plans.write) keeps the versioned tree and the
 * deadlines and appraises; the unit's clerk (selfAssessment.write) self-scores and explains; the
 * ranking is for the province's readers (reports.export) — a unit sees only its own sheet — until Sở Nội
 * vụ publishes it (then every unit of the province reads it).
 */
export const parIndexRouter = router({
  tree: permissionProcedure("units.read")
    .input(IndexTreeKey)
    .query(({ ctx, input }) => readTree(requestOf(ctx), input.year, input.level)),

  versions: permissionProcedure("units.read")
    .input(IndexVersionsPageInput)
    .query(({ ctx, input }) => listVersions(requestOf(ctx), input)),

  saveTree: permissionProcedure("plans.write")
    .input(IndexTree)
    .mutation(({ ctx, input }) => saveTree(requestOf(ctx), input)),

  /** A tree from Excel: every row checked, nothing saved (a mutation: the file is in the body). */
  importPreview: permissionProcedure("plans.write")
    .input(IndexImportInput)
    .mutation(({ ctx, input }) => previewIndexImport(requestOf(ctx), input)),

  /** Checks again and stores the file as the next version — or nothing. */
  importCommit: permissionProcedure("plans.write")
    .input(IndexImportInput)
    .mutation(({ ctx, input }) => commitIndexImport(requestOf(ctx), input)),

  deadlines: permissionProcedure("units.read")
    .input(ParIndexYearInput)
    .query(({ ctx, input }) => readDeadlines(requestOf(ctx), input.year)),

  setDeadlines: permissionProcedure("plans.write")
    .input(ScoringDeadlinesInput)
    .mutation(({ ctx, input }) => setDeadlines(requestOf(ctx), input)),

  sheet: permissionProcedure("units.read")
    .input(SheetKey)
    .query(({ ctx, input }) => readSheet(requestOf(ctx), input.unitId, input.year)),

  sheets: permissionProcedure("plans.write")
    .input(SheetsPageInput)
    .query(({ ctx, input }) => sheetsPage(requestOf(ctx), input)),

  saveSelfScore: permissionProcedure("selfAssessment.write")
    .input(SelfScoreInput)
    .mutation(({ ctx, input }) => saveSelfScore(requestOf(ctx), input)),

  submit: permissionProcedure("selfAssessment.write")
    .input(SheetKey)
    .mutation(({ ctx, input }) => takeStep(requestOf(ctx), input, "unit", "submit")),

  saveExplanation: permissionProcedure("selfAssessment.write")
    .input(ExplanationInput)
    .mutation(({ ctx, input }) => saveExplanation(requestOf(ctx), input)),

  /** The unit removes an evidence file of its round in progress (uploads: POST /files/par-index/evidence). */
  removeFile: permissionProcedure("selfAssessment.write")
    .input(SheetFileId)
    .mutation(({ ctx, input }) => removeSheetFile(requestOf(ctx), input.id)),

  explain: permissionProcedure("selfAssessment.write")
    .input(SheetKey)
    .mutation(({ ctx, input }) => takeStep(requestOf(ctx), input, "unit", "explain")),

  saveAppraisal: permissionProcedure("plans.write")
    .input(AppraisalInput)
    .mutation(({ ctx, input }) => saveAppraisal(requestOf(ctx), input)),

  /** Ends the current round of appraisal: round 1 after the self-score, round 2 after the explanation. */
  finishRound: permissionProcedure("plans.write")
    .input(SheetKey)
    .mutation(({ ctx, input }) => takeStep(requestOf(ctx), input, "province", "finish_round")),

  lock: permissionProcedure("plans.write")
    .input(SheetKey)
    .mutation(({ ctx, input }) => takeStep(requestOf(ctx), input, "province", "lock")),

  /** The province's readers (reports.export) always; everyone of the province once the level is published. */
  ranking: permissionProcedure("units.read")
    .input(RankingPageInput)
    .query(({ ctx, input }) => rankingPage(requestOf(ctx), input)),

  /** Whether each level's ranking of the year is published (anyone of the province: the portal asks). */
  publications: permissionProcedure("units.read")
    .input(ParIndexYearInput)
    .query(({ ctx, input }) => readPublications(requestOf(ctx), input.year)),

  publish: permissionProcedure("plans.write")
    .input(PublishRankingInput)
    .mutation(({ ctx, input }) => publishRanking(requestOf(ctx), input)),

  unpublish: permissionProcedure("plans.write")
    .input(UnpublishRankingInput)
    .mutation(({ ctx, input }) => unpublishRanking(requestOf(ctx), input)),
});
