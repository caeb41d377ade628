import {
  MarkReportSentInput,
  ReportDutiesInput,
  ReportYearInput,
  SaveReportDueDatesInput,
} from "@par/domain";
import { requestOf } from "../access/request";
import { myReports } from "../reports/owed-reports";
import { dutySummary, listDuties, markSent, saveDueDates } from "../reports/report-duties";
import { permissionProcedure, router } from "../trpc";

/** The reports each body owes (issue 11 §6): due dates, who has sent, and the body marking its own sent. */
export const reportDutiesRouter = router({
  summary: permissionProcedure("reports.export")
    .input(ReportYearInput)
    .query(({ ctx, input }) => dutySummary(requestOf(ctx), input.year)),

  list: permissionProcedure("reports.export")
    .input(ReportDutiesInput)
    .query(({ ctx, input }) => listDuties(requestOf(ctx), input)),

  /** The reports the caller's own body owes this year (the portal's screen): only what maySendFor allows. */
  mine: permissionProcedure("reports.send")
    .input(ReportYearInput)
    .query(({ ctx, input }) => myReports(requestOf(ctx), input.year)),

  /** A file up to 5 MB as base64: routed with the imports' larger body limit. */
  markSent: permissionProcedure("reports.send")
    .input(MarkReportSentInput)
    .mutation(({ ctx, input }) => markSent(requestOf(ctx), input)),

  saveDueDates: permissionProcedure("plans.write")
    .input(SaveReportDueDatesInput)
    .mutation(({ ctx, input }) => saveDueDates(requestOf(ctx), input)),
});
