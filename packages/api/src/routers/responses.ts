import { ResponseDraftInput, ResponseReturnInput, ResponseStepInput, ResponsesPageInput } from "@par/domain";
import { requestOf } from "../access/request";
import { pageResponses } from "../responses/response-reads";
import {
  acceptResponse,
  approveResponse,
  returnResponse,
  saveResponse,
  sendBackResponse,
  submitResponse,
} from "../responses/response-steps";
import { permissionProcedure, router } from "../trpc";

/**
 * Responses to recommendations through the review loop (issue 9 §4–§5): the clerk saves and submits,
 * the unit's head approves or sends back, the province accepts or returns with a comment.
 */
export const responsesRouter = router({
  page: permissionProcedure("inspections.read")
    .input(ResponsesPageInput)
    .query(({ ctx, input }) => pageResponses(requestOf(ctx), input)),

  save: permissionProcedure("recommendations.respond")
    .input(ResponseDraftInput)
    .mutation(({ ctx, input }) => saveResponse(requestOf(ctx), input)),

  submit: permissionProcedure("recommendations.respond")
    .input(ResponseStepInput)
    .mutation(({ ctx, input }) => submitResponse(requestOf(ctx), input.recommendationId)),

  approve: permissionProcedure("submissions.approve")
    .input(ResponseStepInput)
    .mutation(({ ctx, input }) => approveResponse(requestOf(ctx), input.recommendationId)),

  sendBack: permissionProcedure("submissions.approve")
    .input(ResponseReturnInput)
    .mutation(({ ctx, input }) => sendBackResponse(requestOf(ctx), input)),

  return: permissionProcedure("recommendations.verify")
    .input(ResponseReturnInput)
    .mutation(({ ctx, input }) => returnResponse(requestOf(ctx), input)),

  accept: permissionProcedure("recommendations.verify")
    .input(ResponseStepInput)
    .mutation(({ ctx, input }) => acceptResponse(requestOf(ctx), input.recommendationId)),
});
