import { EvidenceUploadQuery } from "@par/domain";
import type { FastifyInstance } from "fastify";
import type { Db } from "../db/database";
import { assertMayAttachToSelfCheck, storeSelfCheckEvidence } from "../self-checks/self-check-evidence";
import { registerEvidenceUpload } from "./upload-route";

/**
 * `POST /files/self-check-evidence?inspectionId=…&itemCode=…` (multipart, one part named "file"): the
 * unit's evidence for one item of its self-check report. Downloads: `GET /files/evidence/:id`.
 */
export function registerSelfCheckEvidenceRoute(scope: FastifyInstance, db: Db, maxBytes: number): void {
  registerEvidenceUpload(scope, db, maxBytes, {
    url: "/files/self-check-evidence",
    permissions: ["selfAssessment.write"],
    query: EvidenceUploadQuery,
    check: (q, d, t) => assertMayAttachToSelfCheck(q, d, t.inspectionId, t.itemCode),
    store: storeSelfCheckEvidence,
  });
}
