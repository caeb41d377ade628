import { ProposalAcceptInput, ProposalRunInput } from "@par/domain";
import { requestOf } from "../access/request";
import { acceptProposal, runProposal } from "../plans/proposal";
import { permissionProcedure, router } from "../trpc";

export const proposalRouter = router({
  /** Nothing is saved: the picks per tier with reasons, reserves and suggested months. */
  run: permissionProcedure("plans.write")
    .input(ProposalRunInput)
    .query(({ ctx, input }) => runProposal(requestOf(ctx), input)),

  accept: permissionProcedure("plans.write")
    .input(ProposalAcceptInput)
    .mutation(({ ctx, input }) => acceptProposal(requestOf(ctx), input)),
});
