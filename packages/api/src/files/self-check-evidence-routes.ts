import { createHash } from "node:crypto";
import { EvidenceUploadQuery } from "@par/domain";
import type { FastifyInstance } from "fastify";
import type { Db } from "../db/database";
import { idempotencyKeyOf, runIdempotent } from "../idempotency/idempotent";
import { assertMayAttachToSelfCheck, storeSelfCheckEvidence } from "../self-checks/self-check-evidence";
import { answer, parseInput, requestFromHttp, requireAny } from "./http";
import { readUpload } from "./read-upload";

/**
 * `POST /files/self-check-evidence?inspectionId=…&itemCode=…` (multipart, one part named "file"): the
 * unit's evidence for one item of its self-check report. Downloads: `GET /files/evidence/:id`.
 */
export function registerSelfCheckEvidenceRoute(scope: FastifyInstance, db: Db, maxBytes: number): void {
  scope.post("/files/self-check-evidence", (req, reply) =>
    answer(reply, async () => {
      const q = await requestFromHttp(db, req);
      requireAny(q, ["selfAssessment.write"]);
      const target = parseInput(EvidenceUploadQuery, req.query);
      await assertMayAttachToSelfCheck(q, q.db, target.inspectionId, target.itemCode);
      const { bytes, type, fileName } = await readUpload(req, maxBytes);
      const upload = { ...target, fileName, type, bytes };
      const key = idempotencyKeyOf(req.headers);
      const file =
        key === null
          ? await storeSelfCheckEvidence(q, upload)
          : await runIdempotent(
              q.db,
              {
                userId: q.user.userId,
                key,
                path: "POST /files/self-check-evidence",
                input: { ...target, fileName, sha256: createHash("sha256").update(bytes).digest("hex") },
                now: q.now,
              },
              (trx) => storeSelfCheckEvidence({ ...q, db: trx }, upload),
            );
      return reply.status(201).header("cache-control", "no-store").send({ file });
    }),
  );
}
