import {
  CloseUnitInput,
  CreateUnitInput,
  GetUnitInput,
  RestructureInput,
  SetUnitFieldsInput,
  ShopPageInput,
  TIERS,
  TierCountsInput,
  UnitImportInput,
  UnitPageInput,
  UpdateUnitInput,
} from "@par/domain";
import { requestOf } from "../access/request";
import { assertCanOnPath, scopeOf, unitInScope, unitNotFound } from "../access/unit-access";
import { unitLineage } from "../db/succession.repository";
import { countByTier, findUnits, pathUpward, scopeRootRows } from "../db/unit.repository";
import { unitDetail } from "../db/unit-detail.repository";
import { vietnamDate } from "../time";
import { cachedRead, permissionProcedure, router } from "../trpc";
import { applyRestructureRequest, listShipped, previewRestructure } from "../units/restructure";
import { shopPage } from "../units/shop-page";
import { closeUnit, createUnit, updateUnitDetails } from "../units/unit-commands";
import { toUnitDto } from "../units/unit-dto";
import { setUnitFields } from "../units/unit-fields";
import { commitUnitImport, previewUnitImport } from "../units/unit-import";
import { unitPage } from "../units/unit-page";

const actorOf = (ctx: { session: { userId: number }; ip: string | null; now: Date }) => ({
  userId: ctx.session.userId,
  ip: ctx.ip,
  now: ctx.now,
});

export const unitsRouter = router({
  /** One page of the register, filtered and sorted in the database; `total` on the first page only. */
  page: permissionProcedure("units.read")
    .use(cachedRead)
    .input(UnitPageInput.optional())
    .query(({ ctx, input }) => unitPage(ctx.db, ctx.session, ctx.now, input ?? UnitPageInput.parse({}))),

  tierCounts: permissionProcedure("units.read")
    .use(cachedRead)
    .input(TierCountsInput.optional())
    .query(async ({ ctx, input }) => {
      const counts = await countByTier(
        ctx.db,
        scopeOf(ctx.session, "units.read"),
        input?.at ?? vietnamDate(ctx.now),
      );
      return TIERS.map((tier) => ({ tier, count: counts.get(tier) ?? 0 }));
    }),

  get: permissionProcedure("units.read")
    .use(cachedRead)
    .input(GetUnitInput)
    .query(async ({ ctx, input }) => {
      const detail = await unitDetail(ctx.db, input.id);
      if (!detail) unitNotFound();
      assertCanOnPath(ctx.session, "units.read", pathUpward(detail.unit.path));
      return {
        unit: toUnitDto(detail.unit),
        ancestors: detail.ancestors.map(toUnitDto),
        children: detail.children.map(toUnitDto),
        fields: detail.fields,
      };
    }),

  /**
   * The top of the caller's scope: the units its roles are bound to, or for a province-wide user the
   * top of the register it sees. Only these: what lies below is read a page at a time (units.page).
   */
  myScope: permissionProcedure("units.read").query(async ({ ctx }) => {
    const bound = ctx.session.assignments.flatMap((a) => (a.unitId === null ? [] : [a.unitId]));
    const roots =
      bound.length > 0
        ? await findUnits(ctx.db, [...new Set(bound)])
        : await scopeRootRows(ctx.db, scopeOf(ctx.session, "units.read"), vietnamDate(ctx.now));
    return { roots: roots.map(toUnitDto) };
  }),

  /** One page of the one-stop shops, each with its parent and the group it is listed under. */
  oneStopShops: permissionProcedure("camera.read")
    .input(ShopPageInput.optional())
    .query(({ ctx, input }) => shopPage(ctx.db, ctx.session, ctx.now, input ?? ShopPageInput.parse({}))),

  create: permissionProcedure("units.write")
    .input(CreateUnitInput)
    .mutation(({ ctx, input }) => createUnit(ctx.db, actorOf(ctx), ctx.session, input)),

  update: permissionProcedure("units.write")
    .input(UpdateUnitInput)
    .mutation(({ ctx, input }) => updateUnitDetails(ctx.db, actorOf(ctx), ctx.session, input)),

  /** R6: the fields (lĩnh vực) the unit handles dossiers in, replaced as a whole. */
  setFields: permissionProcedure("units.write")
    .input(SetUnitFieldsInput)
    .mutation(({ ctx, input }) => setUnitFields(requestOf(ctx), input)),

  close: permissionProcedure("units.write")
    .input(CloseUnitInput)
    .mutation(({ ctx, input }) => closeUnit(ctx.db, actorOf(ctx), ctx.session, input)),

  /** The GSO catalogue (CSV or .xlsx, base64): each row's action and problems; nothing saved. A mutation
   * because the file travels in the body (up to 5 MB; see server/import-routes.ts). */
  importPreview: permissionProcedure("units.write")
    .input(UnitImportInput)
    .mutation(({ ctx, input }) => previewUnitImport(requestOf(ctx), input)),

  /** Validates again and writes every change (one audit row per unit) or nothing. */
  importCommit: permissionProcedure("units.write")
    .input(UnitImportInput)
    .mutation(({ ctx, input }) => commitUnitImport(requestOf(ctx), input)),

  /** Whom a unit succeeds and who succeeds it (merges, splits) and the names it bore before a rename. */
  lineage: permissionProcedure("units.read")
    .input(GetUnitInput)
    .query(async ({ ctx, input }) => {
      const unit = await unitInScope(ctx.db, ctx.session, "units.read", input.id);
      const l = await unitLineage(ctx.db, unit.id);
      const link = (r: (typeof l.predecessors)[number]) => ({
        unit: toUnitDto(r),
        kind: r.succession_kind,
        effectiveDate: r.effective_date,
      });
      return {
        predecessors: l.predecessors.map(link),
        successors: l.successors.map(link),
        formerNames: l.formerNames.map((f) => ({ name: f.name, validTo: f.valid_to })),
      };
    }),

  /** The restructurings the software ships (the 2025 department mergers, the two-tier communes). */
  restructureShipped: permissionProcedure("units.write").query(({ ctx }) => listShipped(requestOf(ctx))),

  /** A restructuring (merges, splits, renames, new units, closures on one date): what it would do and
   * every problem by row; nothing saved. A mutation because a file may travel in the body. */
  restructurePreview: permissionProcedure("units.write")
    .input(RestructureInput)
    .mutation(({ ctx, input }) => previewRestructure(requestOf(ctx), input)),

  /** Applies it while the server runs: one transaction, all or nothing, every change audited. */
  restructureApply: permissionProcedure("units.write")
    .input(RestructureInput)
    .mutation(({ ctx, input }) => applyRestructureRequest(requestOf(ctx), input)),
});
