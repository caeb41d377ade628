import {
  CalendarInput,
  CancelInspectionInput,
  CheckScheduleInput,
  ConcludeInput,
  InspectionIdInput,
  ListInspectionsInput,
  NewInspectionInput,
  NotifyInput,
  RecordFindingInput,
  ScheduleInput,
  SetDecisionInput,
} from "@par/domain";
import { requestOf } from "../access/request";
import {
  cancelInspection,
  closeInspection,
  createInspection,
  notifyInspection,
  rescheduleInspection,
  scheduleInspection,
  startInspection,
} from "../inspections/inspection-commands";
import {
  dryRunSchedule,
  getInspection,
  inspectionCalendar,
  listInspections,
} from "../inspections/inspection-reads";
import { concludeInspection, recordFinding } from "../inspections/inspection-work";
import { inspectionWriteProcedure } from "../inspections/procedures";
import { setTeamDecision } from "../inspections/team-decision";
import { cachedRead, permissionProcedure, router } from "../trpc";

export const inspectionsRouter = router({
  /** Every read goes through the R5 filter: an unstarted surprise inspection is absent for its unit. */
  list: permissionProcedure("inspections.read")
    .use(cachedRead)
    .input(ListInspectionsInput.optional())
    .query(({ ctx, input }) => listInspections(requestOf(ctx), input ?? ListInspectionsInput.parse({}))),

  get: permissionProcedure("inspections.read")
    .use(cachedRead)
    .input(InspectionIdInput)
    .query(({ ctx, input }) => getInspection(requestOf(ctx), input.id)),

  calendar: permissionProcedure("inspections.read")
    .use(cachedRead)
    .input(CalendarInput)
    .query(({ ctx, input }) => inspectionCalendar(requestOf(ctx), input)),

  /** A dry run of R3/R4/R7 for a window: errors and warnings, nothing saved. */
  checkSchedule: inspectionWriteProcedure
    .input(CheckScheduleInput)
    .query(({ ctx, input }) => dryRunSchedule(requestOf(ctx), input)),

  create: inspectionWriteProcedure
    .input(NewInspectionInput)
    .mutation(({ ctx, input }) => createInspection(requestOf(ctx), input)),

  reschedule: inspectionWriteProcedure
    .input(ScheduleInput)
    .mutation(({ ctx, input }) => rescheduleInspection(requestOf(ctx), input)),

  schedule: inspectionWriteProcedure
    .input(InspectionIdInput)
    .mutation(({ ctx, input }) => scheduleInspection(requestOf(ctx), input.id)),

  notify: inspectionWriteProcedure
    .input(NotifyInput)
    .mutation(({ ctx, input }) => notifyInspection(requestOf(ctx), input.id, input.noticeDate)),

  start: inspectionWriteProcedure
    .input(InspectionIdInput)
    .mutation(({ ctx, input }) => startInspection(requestOf(ctx), input.id)),

  /** The decision forming the team: number and date, printed on the Word decision and the inspections.xlsx. */
  setDecision: inspectionWriteProcedure
    .input(SetDecisionInput)
    .mutation(({ ctx, input }) => setTeamDecision(requestOf(ctx), input)),

  recordFinding: inspectionWriteProcedure
    .input(RecordFindingInput)
    .mutation(({ ctx, input }) => recordFinding(requestOf(ctx), input)),

  conclude: inspectionWriteProcedure
    .input(ConcludeInput)
    .mutation(({ ctx, input }) => concludeInspection(requestOf(ctx), input)),

  close: inspectionWriteProcedure
    .input(InspectionIdInput)
    .mutation(({ ctx, input }) => closeInspection(requestOf(ctx), input.id)),

  cancel: inspectionWriteProcedure
    .input(CancelInspectionInput)
    .mutation(({ ctx, input }) => cancelInspection(requestOf(ctx), input.id, input.reason)),
});
