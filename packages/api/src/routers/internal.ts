import {
  FieldOversightChangeInput,
  FieldOversightListInput,
  InternalConcludeInput,
  InternalCoverageInput,
  InternalCreateInput,
  InternalFindingInput,
  InternalHomeInput,
  InternalIdInput,
  InternalListInput,
  InternalNearbyInput,
  InternalOverviewInput,
  InternalRecommendationCloseInput,
  InternalRecommendationListInput,
  InternalRecordInput,
  InternalTeamInput,
} from "@par/domain";
import { requestOf } from "../access/request";
import { addFieldOversight, listFieldUnits, removeFieldOversight } from "../internal/field-oversight";
import { internalHome, listInternalRecommendations } from "../internal/internal-home";
import {
  createInternal,
  internalCoverageOf,
  internalOverview,
  listInternal,
  recordInternal,
} from "../internal/internal-inspections";
import {
  closeInternalRecommendation,
  concludeInternal,
  internalDetail,
  internalNearby,
  saveInternalFinding,
  setInternalTeam,
} from "../internal/internal-work";
import { cachedRead, permissionProcedure, router } from "../trpc";

/** Internal inspections (kiểm tra nội bộ) of departments and districts of their own subordinates (R9). */
export const internalRouter = router({
  coverage: permissionProcedure("internal.read")
    .use(cachedRead)
    .input(InternalCoverageInput)
    .query(({ ctx, input }) => internalCoverageOf(requestOf(ctx), input.unitId, input.year)),

  overview: permissionProcedure("internal.read")
    .use(cachedRead)
    .input(InternalOverviewInput)
    .query(({ ctx, input }) => internalOverview(requestOf(ctx), input.year)),

  list: permissionProcedure("internal.read")
    .use(cachedRead)
    .input(InternalListInput.optional())
    .query(({ ctx, input }) => listInternal(requestOf(ctx), input ?? InternalListInput.parse({}))),

  create: permissionProcedure("internal.write")
    .input(InternalCreateInput)
    .mutation(({ ctx, input }) => createInternal(requestOf(ctx), input)),

  record: permissionProcedure("internal.write")
    .input(InternalRecordInput)
    .mutation(({ ctx, input }) => recordInternal(requestOf(ctx), input)),

  /** The portal's home, "Năm của tôi". */
  home: permissionProcedure("internal.read")
    .input(InternalHomeInput)
    .query(({ ctx, input }) => internalHome(requestOf(ctx), input)),

  detail: permissionProcedure("internal.read")
    .input(InternalIdInput)
    .query(({ ctx, input }) => internalDetail(requestOf(ctx), input.id)),

  nearby: permissionProcedure("internal.read")
    .input(InternalNearbyInput)
    .query(({ ctx, input }) => internalNearby(requestOf(ctx), input)),

  recommendations: permissionProcedure("internal.read")
    .input(InternalRecommendationListInput)
    .query(({ ctx, input }) => listInternalRecommendations(requestOf(ctx), input)),

  setTeam: permissionProcedure("internal.write")
    .input(InternalTeamInput)
    .mutation(({ ctx, input }) => setInternalTeam(requestOf(ctx), input)),

  saveFinding: permissionProcedure("internal.write")
    .input(InternalFindingInput)
    .mutation(({ ctx, input }) => saveInternalFinding(requestOf(ctx), input)),

  conclude: permissionProcedure("internal.write")
    .input(InternalConcludeInput)
    .mutation(({ ctx, input }) => concludeInternal(requestOf(ctx), input)),

  closeRecommendation: permissionProcedure("internal.write")
    .input(InternalRecommendationCloseInput)
    .mutation(({ ctx, input }) => closeInternalRecommendation(requestOf(ctx), input)),

  /** R9's field units (thuộc phạm vi quản lý ngành, lĩnh vực), kept by Sở Nội vụ. */
  fieldUnits: permissionProcedure("internal.read")
    .input(FieldOversightListInput)
    .query(({ ctx, input }) => listFieldUnits(requestOf(ctx), input.departmentId)),

  addFieldUnit: permissionProcedure("units.write")
    .input(FieldOversightChangeInput)
    .mutation(({ ctx, input }) => addFieldOversight(requestOf(ctx), input)),

  removeFieldUnit: permissionProcedure("units.write")
    .input(FieldOversightChangeInput)
    .mutation(({ ctx, input }) => removeFieldOversight(requestOf(ctx), input)),
});
