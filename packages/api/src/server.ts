import fastifyCookie from "@fastify/cookie";
import { fastifyTRPCPlugin } from "@trpc/server/adapters/fastify";
import Fastify, { type FastifyInstance, LogController } from "fastify";
import { registerCounterExportRoute } from "./camera/counter-export";
import { registerLiveRoutes } from "./camera/live-routes";
import { registerReminderFileRoutes } from "./camera/reminder-file-routes";
import { registerCameraReportRoutes } from "./camera/report-routes";
import { registerSnapshotRoutes } from "./camera/snapshot-routes";
import type { DbHandle } from "./db/create-db";
import { databaseAnswers } from "./db/health";
import type { Env } from "./env";
import { registerDocumentRoutes } from "./files/document-routes";
import { registerEvidenceRoutes } from "./files/evidence-routes";
import { registerInternalRoutes } from "./files/internal-routes";
import { registerParIndexFileRoutes } from "./files/par-index-file-routes";
import { registerParIndexRoutes } from "./files/par-index-routes";
import { registerReportFileRoutes } from "./files/report-file-routes";
import { httpMessage, isBilingual } from "./http-messages";
import { appRouter } from "./root";
import { answerClientError } from "./server/client-error";
import { registerFavicon } from "./server/favicon";
import { httpContextFactory } from "./server/http-context";
import { registerImportRoutes } from "./server/import-routes";
import { landingPage } from "./server/landing-page";
import { registerQueryLane } from "./server/query-lane";
import { cacheReads } from "./server/read-cache-wiring";
import { JSON_BODY_LIMIT, registerSecurityHeaders } from "./server/security";
import { cacheSessions } from "./server/session-cache-wiring";
import { registerApps } from "./server/static-apps";

/** The one HTTP server: tRPC at /trpc, the three apps, a landing page and /healthz. */
export async function buildServer(opts: {
  handle: DbHandle;
  env: Env;
  /** Told of every route as it is registered (the fuzz suite builds its table from this). */
  onRoute?: (route: { method: string | string[]; url: string }) => void;
  /** Single GET queries answered without the adapter's Fetch API detour (server/query-lane.ts); default on. */
  queryLane?: boolean;
}): Promise<FastifyInstance> {
  const { handle, env } = opts;
  const app = Fastify({
    bodyLimit: JSON_BODY_LIMIT,
    trustProxy: env.trustProxy,
    // tRPC batches put several procedure names in the path.
    routerOptions: { maxParamLength: 5000 },
    logger: { level: env.production ? "info" : "warn" },
    // One line per request drowns the errors that matter; the reverse proxy keeps access logs.
    logController: new LogController({ disableRequestLogging: true }),
    // Refused before any route runs (headers too large, malformed HTTP): the same bilingual line.
    clientErrorHandler: answerClientError,
  });

  if (opts.onRoute) app.addHook("onRoute", opts.onRoute);
  await cacheSessions(app, handle);
  const readCache = await cacheReads(app, handle);

  app.setErrorHandler((error: { statusCode?: number; message?: string }, req, reply) => {
    const status = error.statusCode ?? 500;
    if (status >= 500) {
      req.log.error(error);
      return reply.status(500).type("text/plain; charset=utf-8").send("Lỗi máy chủ / Server error");
    }
    return reply
      .status(status)
      .type("text/plain; charset=utf-8")
      .send(isBilingual(error.message) ? error.message : httpMessage(status));
  });

  registerSecurityHeaders(app);
  await app.register(fastifyCookie);
  const onTrpcError = ({ error, path }: { error: { code: string }; path?: string | undefined }) => {
    if (error.code === "INTERNAL_SERVER_ERROR") app.log.error({ err: error, path }, "tRPC internal error");
  };
  const createContext = httpContextFactory(handle.db, readCache);
  if (opts.queryLane !== false)
    registerQueryLane(app, { router: appRouter, createContext, onError: onTrpcError });
  await app.register(fastifyTRPCPlugin, {
    prefix: "/trpc",
    trpcOptions: { router: appRouter, createContext, onError: onTrpcError },
  });
  await registerImportRoutes(app, handle.db, onTrpcError);
  // Evidence uploads and downloads, generated Word/Excel documents (cookie session): /files/…
  await registerEvidenceRoutes(app, handle.db, env.evidenceMaxBytes);
  registerDocumentRoutes(app, handle.db);
  registerParIndexRoutes(app, handle.db);
  await registerParIndexFileRoutes(app, handle.db, env.evidenceMaxBytes);
  registerReportFileRoutes(app, handle.db);
  await registerInternalRoutes(app, handle.db, env.evidenceMaxBytes);
  // Camera monitor: live HLS from the server's own ffmpeg, and snapshots (issue 10).
  registerLiveRoutes(app, handle.db);
  await registerSnapshotRoutes(app, handle.db);
  await registerReminderFileRoutes(app, handle.db, env.evidenceMaxBytes);
  registerCameraReportRoutes(app, handle.db);
  registerCounterExportRoute(app, handle.db);

  app.get("/healthz", async (_req, reply) => {
    const ok = await databaseAnswers(handle.db);
    return reply
      .status(ok ? 200 : 503)
      .send(ok ? { ok: true, db: handle.kind } : { ok: false, db: handle.kind });
  });
  app.get("/", (_req, reply) => reply.type("text/html; charset=utf-8").send(landingPage(env.demo)));
  registerFavicon(app);
  await registerApps(app);
  return app;
}
