import { ListConflictsInput, ResolveConflictInput } from "@par/domain";
import { requestOf } from "../access/request";
import { resolveConflict } from "../conflicts/conflict-commands";
import { listConflicts } from "../conflicts/conflict-reads";
import { inspectionWriteProcedure } from "../inspections/procedures";
import { router } from "../trpc";

/**
 * Scheduling conflicts with inspections their author could not see (R5). Only those who may see both
 * inspections and act on the hidden one get them (the domain's canSeeConflict); to anyone else the
 * list is empty and an id is "not found", exactly as if there were no conflict.
 */
export const conflictsRouter = router({
  list: inspectionWriteProcedure
    .input(ListConflictsInput.optional())
    .query(({ ctx, input }) => listConflicts(requestOf(ctx), input ?? ListConflictsInput.parse({}))),

  resolve: inspectionWriteProcedure
    .input(ResolveConflictInput)
    .mutation(({ ctx, input }) => resolveConflict(requestOf(ctx), input)),
});
