import { createHash } from "node:crypto";
import { ResponseEvidenceQuery } from "@par/domain";
import type { FastifyInstance } from "fastify";
import type { Db } from "../db/database";
import { idempotencyKeyOf, runIdempotent } from "../idempotency/idempotent";
import { assertMayAttachToResponse, storeResponseEvidence } from "../responses/response-evidence";
import { answer, parseInput, requestFromHttp, requireAny } from "./http";
import { readUpload } from "./read-upload";

/**
 * `POST /files/response-evidence?recommendationId=…` (multipart, one part named "file"): a file the
 * unit's clerk attaches to its response. Downloads go through `GET /files/evidence/:id` like every
 * evidence file (the inspection's visibility decides). Registered inside the evidence scope (multipart).
 */
export function registerResponseEvidenceRoute(scope: FastifyInstance, db: Db, maxBytes: number): void {
  scope.post("/files/response-evidence", (req, reply) =>
    answer(reply, async () => {
      const q = await requestFromHttp(db, req);
      requireAny(q, ["recommendations.respond"]);
      const target = parseInput(ResponseEvidenceQuery, req.query);
      // Refuse before reading the upload: the right to answer this recommendation decides first.
      await assertMayAttachToResponse(q, q.db, target.recommendationId);
      const { bytes, type, fileName } = await readUpload(req, maxBytes);
      const upload = { ...target, fileName, type, bytes };
      const key = idempotencyKeyOf(req.headers);
      const file =
        key === null
          ? await storeResponseEvidence(q, upload)
          : await runIdempotent(
              q.db,
              {
                userId: q.user.userId,
                key,
                path: "POST /files/response-evidence",
                input: { ...target, fileName, sha256: createHash("sha256").update(bytes).digest("hex") },
                now: q.now,
              },
              (trx) => storeResponseEvidence({ ...q, db: trx }, upload),
            );
      return reply.status(201).header("cache-control", "no-store").send({ file });
    }),
  );
}
