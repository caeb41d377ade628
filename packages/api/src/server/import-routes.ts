import { fastifyRequestHandler } from "@trpc/server/adapters/fastify";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Db } from "../db/database";
import { appRouter } from "../root";
import { httpContextFactory } from "./http-context";

/** A GSO catalogue of 5 MB as base64 in a JSON body, with room to spare. Every other call keeps 1 MiB. */
export const IMPORT_BODY_LIMIT = 8 * 1024 * 1024;
export const IMPORT_PROCEDURES = [
  "units.importPreview",
  "units.importCommit",
  "earlier.importPreview",
  "earlier.importCommit",
  "units.restructurePreview",
  "units.restructureApply",
  "camera.importPreview",
  "camera.importCommit",
  "dossiers.importPreview",
  "dossiers.importCommit",
  "reportDuties.markSent",
] as const;

/**
 * The two import procedures get their own routes, with a larger body limit, in front of tRPC's
 * `/trpc/:path` (a static route wins over a parametric one). A batch naming several procedures still
 * goes through `/trpc/:path` and its 1 MiB limit, so clients send the import unbatched.
 */
export async function registerImportRoutes(
  app: FastifyInstance,
  db: Db,
  onError: (opts: { error: { code: string }; path?: string | undefined }) => void,
): Promise<void> {
  await app.register(async (scope) => {
    // Same JSON handling as tRPC's plugin: the body goes to tRPC as a string.
    scope.removeContentTypeParser("application/json");
    scope.addContentTypeParser(
      "application/json",
      { parseAs: "string", bodyLimit: IMPORT_BODY_LIMIT },
      (_req, body, done) => done(null, body),
    );
    const createContext = httpContextFactory(db);
    for (const path of IMPORT_PROCEDURES) {
      scope.post(
        `/trpc/${path}`,
        { bodyLimit: IMPORT_BODY_LIMIT },
        (req: FastifyRequest, res: FastifyReply) =>
          fastifyRequestHandler({ router: appRouter, createContext, onError, req, res, path }),
      );
    }
  });
}
