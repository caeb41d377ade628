import { createHash } from "node:crypto";
import fastifyMultipart from "@fastify/multipart";
import {
  EvidenceIdInput,
  InternalDocumentParams,
  InternalEvidenceUploadQuery,
  InternalReportQuery,
} from "@par/domain";
import type { FastifyInstance, FastifyReply } from "fastify";
import type { Db } from "../db/database";
import { CONTENT_TYPE, contentDisposition } from "../documents";
import {
  INTERNAL_DOCUMENTS,
  type InternalDocument,
  internalDocument,
  internalReport,
} from "../downloads/internal-documents";
import { fail } from "../errors";
import { idempotencyKeyOf, runIdempotent } from "../idempotency/idempotent";
import {
  assertMayAttachInternal,
  internalEvidenceContent,
  storeInternalEvidence,
} from "../internal/internal-evidence";
import { cleanFileName, FILE_MISSING, sniffEvidenceType, TOO_LARGE, WRONG_TYPE } from "./evidence-rules";
import { answer, fileDisposition, parseInput, requestFromHttp, requireAny } from "./http";

/** Served files must never run as a page of this origin, whatever bytes they hold. */
const FILE_CSP = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox";

function sendDocument(reply: FastifyReply, doc: { title: string; buffer: Buffer }, ext: "docx" | "xlsx") {
  return reply
    .header("content-type", CONTENT_TYPE[ext])
    .header("content-disposition", contentDisposition(doc.title, ext))
    .header("content-length", String(doc.buffer.length))
    .header("x-content-type-options", "nosniff")
    .header("cache-control", "private, no-store")
    .send(doc.buffer);
}

/**
 * Internal inspections' files (IV.4), under the caller's internal scope:
 * `GET /files/docs/internal/:id/{decision,minutes,conclusion}.docx`,
 * `GET /files/docs/internal-report.{docx,xlsx}?unitId=&year=&quarter=` (the CCHC report section),
 * `POST /files/internal-evidence?internalId=&itemCode=` (multipart "file") and `GET /files/internal-evidence/:id`.
 */
export async function registerInternalRoutes(app: FastifyInstance, db: Db, maxBytes: number): Promise<void> {
  app.get("/files/docs/internal/:id/:document", (req, reply) =>
    answer(reply, async () => {
      const q = await requestFromHttp(db, req);
      requireAny(q, ["internal.read"]);
      const { document } = req.params as { document: string };
      const kind = document.replace(/\.docx$/, "") as InternalDocument;
      if (!document.endsWith(".docx") || !INTERNAL_DOCUMENTS.includes(kind))
        fail("DOCUMENT.UNKNOWN", "Không có tài liệu này / No such document", "document");
      const { id } = parseInput(InternalDocumentParams, req.params);
      return sendDocument(reply, await internalDocument(q, id, kind), "docx");
    }),
  );

  for (const ext of ["docx", "xlsx"] as const) {
    app.get(`/files/docs/internal-report.${ext}`, (req, reply) =>
      answer(reply, async () => {
        const q = await requestFromHttp(db, req);
        requireAny(q, ["internal.read"]);
        const input = parseInput(InternalReportQuery, req.query);
        return sendDocument(reply, await internalReport(q, input, ext), ext);
      }),
    );
  }

  await app.register(async (scope) => {
    await scope.register(fastifyMultipart, {
      limits: { fileSize: maxBytes, files: 1, fields: 4, parts: 5 },
      throwFileSizeLimit: true,
    });

    scope.post("/files/internal-evidence", (req, reply) =>
      answer(reply, async () => {
        const q = await requestFromHttp(db, req);
        requireAny(q, ["internal.write"]);
        const target = parseInput(InternalEvidenceUploadQuery, req.query);
        // Refuse before reading the upload: the right to write the inspection decides first.
        await assertMayAttachInternal(q, q.db, target.internalId);
        if (!req.isMultipart()) fail("FILE.MISSING", FILE_MISSING, "file");
        const part = await req.file();
        if (!part) fail("FILE.MISSING", FILE_MISSING, "file");
        let bytes: Buffer;
        try {
          bytes = await part.toBuffer();
        } catch (error) {
          if ((error as { code?: string }).code === "FST_REQ_FILE_TOO_LARGE") {
            fail("FILE.TOO_LARGE", TOO_LARGE(maxBytes), "file");
          }
          throw error;
        }
        const type = sniffEvidenceType(bytes);
        if (!type) fail("FILE.TYPE", WRONG_TYPE, "file");
        const evidence = { ...target, fileName: cleanFileName(part.filename, type), type, bytes };
        const key = idempotencyKeyOf(req.headers);
        const file =
          key === null
            ? await storeInternalEvidence(q, evidence)
            : await runIdempotent(
                q.db,
                {
                  userId: q.user.userId,
                  key,
                  path: "POST /files/internal-evidence",
                  input: {
                    ...target,
                    fileName: evidence.fileName,
                    sha256: createHash("sha256").update(bytes).digest("hex"),
                  },
                  now: q.now,
                },
                (trx) => storeInternalEvidence({ ...q, db: trx }, evidence),
              );
        return reply.status(201).header("cache-control", "no-store").send({ file });
      }),
    );

    scope.get("/files/internal-evidence/:id", (req, reply) =>
      answer(reply, async () => {
        const q = await requestFromHttp(db, req);
        requireAny(q, ["internal.read"]);
        const { id } = parseInput(EvidenceIdInput, req.params);
        const file = await internalEvidenceContent(q, id);
        const inline =
          (req.query as { download?: string }).download !== "1" && file.content_type.startsWith("image/");
        return reply
          .header("content-type", file.content_type)
          .header("content-length", String(file.content.length))
          .header("content-disposition", fileDisposition(file.file_name, inline))
          .header("x-content-type-options", "nosniff")
          .header("content-security-policy", FILE_CSP)
          .header("cache-control", "private, no-store")
          .send(file.content);
      }),
    );
  });
}
