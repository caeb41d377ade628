import {
  AdjustQuotasInput,
  ApprovePlanInput,
  CoverageUnitsInput,
  CreatePlanInput,
  PlanYearInput,
} from "@par/domain";
import { provinceOf } from "../access/province";
import { requestOf } from "../access/request";
import { listPlans } from "../db/plan.repository";
import { planCoverage, planCoverageUnits } from "../plans/coverage";
import { adjustQuotas, approvePlan, createPlan, planOfYear } from "../plans/plan-commands";
import { toPlanDto } from "../plans/plan-dto";
import { cachedRead, permissionProcedure, router } from "../trpc";

export const plansRouter = router({
  // Plans are per province: the caller's own (or the one a national reader chose).
  list: permissionProcedure("plans.read")
    .use(cachedRead)
    .query(async ({ ctx }) => (await listPlans(ctx.db, provinceOf(ctx.session))).map(toPlanDto)),

  get: permissionProcedure("plans.read")
    .use(cachedRead)
    .input(PlanYearInput)
    .query(async ({ ctx, input }) =>
      toPlanDto(await planOfYear(ctx.db, provinceOf(ctx.session), input.year)),
    ),

  /** R2: per tier eligible, required, done, planned (aggregates; the units are in coverageUnits). */
  coverage: permissionProcedure("plans.read")
    .use(cachedRead)
    .input(PlanYearInput)
    .query(async ({ ctx, input }) =>
      planCoverage(requestOf(ctx), await planOfYear(ctx.db, provinceOf(ctx.session), input.year)),
    ),

  /** A tier's units of the plan year, a keyset page at a time, each done, planned or missing (R2, R5). */
  coverageUnits: permissionProcedure("plans.read")
    .use(cachedRead)
    .input(CoverageUnitsInput)
    .query(({ ctx, input }) => planCoverageUnits(requestOf(ctx), input)),

  create: permissionProcedure("plans.write")
    .input(CreatePlanInput)
    .mutation(({ ctx, input }) => createPlan(requestOf(ctx), input)),

  adjustQuotas: permissionProcedure("plans.write")
    .input(AdjustQuotasInput)
    .mutation(({ ctx, input }) => adjustQuotas(requestOf(ctx), input)),

  approve: permissionProcedure("plans.write")
    .input(ApprovePlanInput)
    .mutation(({ ctx, input }) => approvePlan(requestOf(ctx), input)),
});
