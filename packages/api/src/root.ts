import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import { accountsRouter } from "./routers/accounts";
import { auditRouter } from "./routers/audit";
import { authRouter } from "./routers/auth";
import { cameraRouter } from "./routers/camera";
import { conflictsRouter } from "./routers/conflicts";
import { documentsRouter } from "./routers/documents";
import { dossiersRouter } from "./routers/dossiers";
import { earlierRouter } from "./routers/earlier";
import { evidenceRouter } from "./routers/evidence";
import { inspectionsRouter } from "./routers/inspections";
import { internalRouter } from "./routers/internal";
import { notificationsRouter } from "./routers/notifications";
import { parIndexRouter } from "./routers/par-index";
import { plansRouter } from "./routers/plans";
import { proposalRouter } from "./routers/proposal";
import { recommendationsRouter } from "./routers/recommendations";
import { reportDutiesRouter } from "./routers/report-duties";
import { responsesRouter } from "./routers/responses";
import { selfChecksRouter } from "./routers/self-checks";
import { teamsRouter } from "./routers/teams";
import { unitsRouter } from "./routers/units";
import { createCallerFactory, router } from "./trpc";

export const appRouter = router({
  auth: authRouter,
  units: unitsRouter,
  audit: auditRouter,
  plans: plansRouter,
  proposal: proposalRouter,
  inspections: inspectionsRouter,
  teams: teamsRouter,
  recommendations: recommendationsRouter,
  responses: responsesRouter,
  selfChecks: selfChecksRouter,
  notifications: notificationsRouter,
  internal: internalRouter,
  evidence: evidenceRouter,
  documents: documentsRouter,
  earlier: earlierRouter,
  conflicts: conflictsRouter,
  camera: cameraRouter,
  accounts: accountsRouter,
  dossiers: dossiersRouter,
  reportDuties: reportDutiesRouter,
  parIndex: parIndexRouter,
});

export type AppRouter = typeof appRouter;
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;

export const createCaller = createCallerFactory(appRouter);
