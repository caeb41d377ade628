import { createHash } from "node:crypto";
import type { Permission } from "@par/domain";
import type { FastifyInstance } from "fastify";
import type { ZodType, z } from "zod";
import type { Request } from "../access/request";
import type { Db } from "../db/database";
import { idempotencyKeyOf, runIdempotent } from "../idempotency/idempotent";
import type { EvidenceDto } from "./evidence";
import type { EvidenceType } from "./evidence-rules";
import { answer, parseInput, requestFromHttp, requireAny } from "./http";
import { readUpload } from "./read-upload";

type Upload<T> = T & { fileName: string; type: EvidenceType; bytes: Buffer };

/**
 * One multipart evidence upload route (one part named "file"): the permission, the query, then the
 * owner check — all before the upload is read — then the bytes, then the store. With an
 * Idempotency-Key a retried upload answers the first one's file instead of storing a second copy.
 * Registered inside a scope that parses multipart.
 */
export function registerEvidenceUpload<S extends ZodType<object>>(
  scope: FastifyInstance,
  db: Db,
  maxBytes: number,
  spec: {
    url: string;
    permissions: readonly Permission[];
    query: S;
    check: (q: Request, db: Db, target: z.infer<S>) => Promise<unknown>;
    /** Answers the stored file's description (an EvidenceDto, or the owner's own shape). */
    store: (q: Request, upload: Upload<z.infer<S>>) => Promise<EvidenceDto | object>;
  },
): void {
  scope.post(spec.url, (req, reply) =>
    answer(reply, async () => {
      const q = await requestFromHttp(db, req);
      requireAny(q, spec.permissions);
      const target = parseInput(spec.query, req.query) as z.infer<S>;
      await spec.check(q, q.db, target);
      const { bytes, type, fileName } = await readUpload(req, maxBytes);
      const upload = { ...target, fileName, type, bytes } as Upload<z.infer<S>>;
      const key = idempotencyKeyOf(req.headers);
      const file =
        key === null
          ? await spec.store(q, upload)
          : await runIdempotent(
              q.db,
              {
                userId: q.user.userId,
                key,
                path: `POST ${spec.url}`,
                input: { ...target, fileName, sha256: createHash("sha256").update(bytes).digest("hex") },
                now: q.now,
              },
              (trx) => spec.store({ ...q, db: trx }, upload),
            );
      return reply.status(201).header("cache-control", "no-store").send({ file });
    }),
  );
}
