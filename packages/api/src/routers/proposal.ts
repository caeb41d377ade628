import { ProposalAcceptInput, ProposalRunInput } from "@par/domain";
import { requestOf } from "../access/request";
import { acceptProposal, previewAccept, runProposal } from "../plans/proposal";
import { cachedRead, permissionProcedure, router } from "../trpc";

export const proposalRouter = router({
  /** Nothing is saved: the picks per tier with reasons, reserves and suggested months. */
  run: permissionProcedure("plans.write")
    .use(cachedRead)
    .input(ProposalRunInput)
    .query(({ ctx, input }) => runProposal(requestOf(ctx), input)),

  /** Nothing is saved: the tiers still short of their quota once these picks are accepted. A mutation
   * because up to 300 picks travel in the body. */
  acceptPreview: permissionProcedure("plans.write")
    .input(ProposalAcceptInput)
    .mutation(({ ctx, input }) => previewAccept(requestOf(ctx), input)),

  accept: permissionProcedure("plans.write")
    .input(ProposalAcceptInput)
    .mutation(({ ctx, input }) => acceptProposal(requestOf(ctx), input)),
});
