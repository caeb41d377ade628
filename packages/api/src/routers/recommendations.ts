import {
  ListRecommendationsInput,
  RecommendationResponseInput,
  VerifyRecommendationInput,
} from "@par/domain";
import { requestOf } from "../access/request";
import {
  listRecommendations,
  respondToRecommendation,
  verifyRecommendation,
} from "../inspections/recommendations";
import { cachedRead, permissionProcedure, router } from "../trpc";

export const recommendationsRouter = router({
  list: permissionProcedure("inspections.read")
    .use(cachedRead)
    .input(ListRecommendationsInput.optional())
    .query(({ ctx, input }) =>
      listRecommendations(requestOf(ctx), input ?? ListRecommendationsInput.parse({})),
    ),

  respond: permissionProcedure("recommendations.respond")
    .input(RecommendationResponseInput)
    .mutation(({ ctx, input }) => respondToRecommendation(requestOf(ctx), input)),

  verify: permissionProcedure("recommendations.verify")
    .input(VerifyRecommendationInput)
    .mutation(({ ctx, input }) => verifyRecommendation(requestOf(ctx), input)),
});
