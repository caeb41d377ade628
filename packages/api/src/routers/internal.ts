import {
  InternalCoverageInput,
  InternalCreateInput,
  InternalListInput,
  InternalOverviewInput,
  InternalRecordInput,
} from "@par/domain";
import { requestOf } from "../access/request";
import {
  createInternal,
  internalCoverageOf,
  internalOverview,
  listInternal,
  recordInternal,
} from "../internal/internal-inspections";
import { permissionProcedure, router } from "../trpc";

/** Internal inspections (kiểm tra nội bộ) of departments and districts of their own subordinates (R9). */
export const internalRouter = router({
  coverage: permissionProcedure("internal.read")
    .input(InternalCoverageInput)
    .query(({ ctx, input }) => internalCoverageOf(requestOf(ctx), input.unitId, input.year)),

  overview: permissionProcedure("internal.read")
    .input(InternalOverviewInput)
    .query(({ ctx, input }) => internalOverview(requestOf(ctx), input.year)),

  list: permissionProcedure("internal.read")
    .input(InternalListInput.optional())
    .query(({ ctx, input }) => listInternal(requestOf(ctx), input ?? InternalListInput.parse({}))),

  create: permissionProcedure("internal.write")
    .input(InternalCreateInput)
    .mutation(({ ctx, input }) => createInternal(requestOf(ctx), input)),

  record: permissionProcedure("internal.write")
    .input(InternalRecordInput)
    .mutation(({ ctx, input }) => recordInternal(requestOf(ctx), input)),
});
