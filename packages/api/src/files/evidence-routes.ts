import fastifyMultipart from "@fastify/multipart";
import { EvidenceIdInput, EvidenceUploadQuery } from "@par/domain";
import type { FastifyInstance } from "fastify";
import type { Db } from "../db/database";
import { INSPECTION_WRITE } from "../inspections/procedures";
import { assertMayAttach, evidenceContent, storeEvidence } from "./evidence";
import { answer, fileDisposition, parseInput, requestFromHttp, requireAny } from "./http";
import { registerResponseEvidenceRoute } from "./response-evidence-routes";
import { registerSelfCheckEvidenceRoute } from "./self-check-evidence-routes";
import { registerEvidenceUpload } from "./upload-route";

/** Served files must never run as a page of this origin, whatever bytes they hold. */
const FILE_CSP = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox";

/**
 * `POST /files/evidence?inspectionId=…&itemCode=…` (multipart, one part named "file") and
 * `GET /files/evidence/:id`. Multipart parsing is registered in this scope only.
 */
export async function registerEvidenceRoutes(app: FastifyInstance, db: Db, maxBytes: number): Promise<void> {
  await app.register(async (scope) => {
    await scope.register(fastifyMultipart, {
      limits: { fileSize: maxBytes, files: 1, fields: 4, parts: 5 },
      throwFileSizeLimit: true,
    });

    registerEvidenceUpload(scope, db, maxBytes, {
      url: "/files/evidence",
      permissions: INSPECTION_WRITE,
      query: EvidenceUploadQuery,
      // Refuse before reading the upload: the right to write the inspection decides first.
      check: (q, d, t) => assertMayAttach(q, d, t.inspectionId, t.itemCode),
      store: storeEvidence,
    });
    registerResponseEvidenceRoute(scope, db, maxBytes);
    registerSelfCheckEvidenceRoute(scope, db, maxBytes);

    scope.get("/files/evidence/:id", (req, reply) =>
      answer(reply, async () => {
        const q = await requestFromHttp(db, req);
        requireAny(q, ["inspections.read"]);
        const { id } = parseInput(EvidenceIdInput, req.params);
        const { meta, content } = await evidenceContent(q, id);
        const forceDownload = (req.query as { download?: string }).download === "1";
        const inline = !forceDownload && meta.content_type.startsWith("image/");
        return reply
          .header("content-type", meta.content_type)
          .header("content-length", String(content.length))
          .header("content-disposition", fileDisposition(meta.file_name, inline))
          .header("x-content-type-options", "nosniff")
          .header("content-security-policy", FILE_CSP)
          .header("cache-control", "private, no-store")
          .send(content);
      }),
    );
  });
}
