import { ResponseEvidenceQuery } from "@par/domain";
import type { FastifyInstance } from "fastify";
import type { Db } from "../db/database";
import { assertMayAttachToResponse, storeResponseEvidence } from "../responses/response-evidence";
import { registerEvidenceUpload } from "./upload-route";

/**
 * `POST /files/response-evidence?recommendationId=…` (multipart, one part named "file"): a file the
 * unit's clerk attaches to its response. Downloads go through `GET /files/evidence/:id` like every
 * evidence file (the inspection's visibility decides). Registered inside the evidence scope (multipart).
 */
export function registerResponseEvidenceRoute(scope: FastifyInstance, db: Db, maxBytes: number): void {
  registerEvidenceUpload(scope, db, maxBytes, {
    url: "/files/response-evidence",
    permissions: ["recommendations.respond"],
    query: ResponseEvidenceQuery,
    // Refuse before reading the upload: the right to answer this recommendation decides first.
    check: (q, d, t) => assertMayAttachToResponse(q, d, t.recommendationId),
    store: storeResponseEvidence,
  });
}
