import {
  SelfCheckReturnInput,
  SelfCheckSaveInput,
  SelfCheckStepInput,
  SelfChecksPageInput,
} from "@par/domain";
import { requestOf } from "../access/request";
import { getSelfCheck, pageSelfChecks } from "../self-checks/self-check-reads";
import {
  acceptSelfCheck,
  approveSelfCheck,
  returnSelfCheck,
  saveSelfCheck,
  sendBackSelfCheck,
  submitSelfCheck,
} from "../self-checks/self-check-steps";
import { permissionProcedure, router } from "../trpc";

/**
 * Self-check reports before announced visits (issue 9 §3) through the review loop: the clerk rates,
 * the head approves, the province's team accepts or returns with comments per item.
 */
export const selfChecksRouter = router({
  page: permissionProcedure("inspections.read")
    .input(SelfChecksPageInput)
    .query(({ ctx, input }) => pageSelfChecks(requestOf(ctx), input)),

  get: permissionProcedure("inspections.read")
    .input(SelfCheckStepInput)
    .query(({ ctx, input }) => getSelfCheck(requestOf(ctx), input.inspectionId)),

  save: permissionProcedure("selfAssessment.write")
    .input(SelfCheckSaveInput)
    .mutation(({ ctx, input }) => saveSelfCheck(requestOf(ctx), input)),

  submit: permissionProcedure("selfAssessment.write")
    .input(SelfCheckStepInput)
    .mutation(({ ctx, input }) => submitSelfCheck(requestOf(ctx), input.inspectionId)),

  approve: permissionProcedure("submissions.approve")
    .input(SelfCheckStepInput)
    .mutation(({ ctx, input }) => approveSelfCheck(requestOf(ctx), input.inspectionId)),

  sendBack: permissionProcedure("submissions.approve")
    .input(SelfCheckReturnInput)
    .mutation(({ ctx, input }) => sendBackSelfCheck(requestOf(ctx), input)),

  return: permissionProcedure("inspections.write")
    .input(SelfCheckReturnInput)
    .mutation(({ ctx, input }) => returnSelfCheck(requestOf(ctx), input)),

  accept: permissionProcedure("inspections.write")
    .input(SelfCheckStepInput)
    .mutation(({ ctx, input }) => acceptSelfCheck(requestOf(ctx), input.inspectionId)),
});
