import {
  DossierDashboardInput,
  DossierImportInput,
  DossierStatsPageInput,
  DossierTrendInput,
  DossierYearInput,
  OpenRemoteDossierInput,
  SaveThresholdsInput,
} from "@par/domain";
import { requestOf } from "../access/request";
import { commitDossierImport, previewDossierImport } from "../dossiers/dossier-import";
import { listMonths, yearDashboard, yearTrend } from "../dossiers/dossier-reads";
import { openRemoteDossierCheck } from "../dossiers/remote-dossier";
import { readThresholds, saveThresholds } from "../dossiers/thresholds";
import { permissionProcedure, router } from "../trpc";

/** Dossier statistics (issue 11 §1) and the remote dossier check (§2). Reads are scoped in SQL. */
export const dossiersRouter = router({
  /** The file checked row by row, nothing saved (a mutation: the file is in the body). */
  importPreview: permissionProcedure("dossiers.write")
    .input(DossierImportInput)
    .mutation(({ ctx, input }) => previewDossierImport(requestOf(ctx), input)),

  /** Checks again and writes every month of the file, or nothing. */
  importCommit: permissionProcedure("dossiers.write")
    .input(DossierImportInput)
    .mutation(({ ctx, input }) => commitDossierImport(requestOf(ctx), input)),

  months: permissionProcedure("dossiers.read")
    .input(DossierStatsPageInput)
    .query(({ ctx, input }) => listMonths(requestOf(ctx), input)),

  dashboard: permissionProcedure("dossiers.read")
    .input(DossierDashboardInput)
    .query(({ ctx, input }) => yearDashboard(requestOf(ctx), input)),

  trend: permissionProcedure("dossiers.read")
    .input(DossierTrendInput)
    .query(({ ctx, input }) => yearTrend(requestOf(ctx), input)),

  /** The year's thresholds (the province's, else the defaults): readers see what a unit is held to. */
  thresholds: permissionProcedure("dossiers.read")
    .input(DossierYearInput)
    .query(({ ctx, input }) => readThresholds(requestOf(ctx), input.year)),

  saveThresholds: permissionProcedure("dossiers.write")
    .input(SaveThresholdsInput)
    .mutation(({ ctx, input }) => saveThresholds(requestOf(ctx), input)),

  openRemoteCheck: permissionProcedure("dossiers.write")
    .input(OpenRemoteDossierInput)
    .mutation(({ ctx, input }) => openRemoteDossierCheck(requestOf(ctx), input)),
});
