import fastifyMultipart from "@fastify/multipart";
import { SheetFileId, SheetFileUploadQuery } from "@par/domain";
import type { FastifyInstance } from "fastify";
import type { Db } from "../db/database";
import { fail } from "../errors";
import { assertMayAttachToSheet, sheetFileFor, storeSheetFile } from "../par-index/sheet-files";
import { answer, fileDisposition, parseInput, requestFromHttp, requireAny } from "./http";
import { registerEvidenceUpload } from "./upload-route";

const FILE_CSP = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox";

/**
 * Evidence of a PAR-index sheet (tài liệu kiểm chứng): `POST /files/par-index/evidence?unitId=&year=&code=`
 * (multipart, one part "file", checked and limited like every evidence upload) by the unit's clerk, and
 * `GET /files/par-index/evidence/:id` for whoever reads the unit — Sở Nội vụ only once the unit has
 * sent the file's round; anything else is 404, as if absent.
 */
export async function registerParIndexFileRoutes(
  app: FastifyInstance,
  db: Db,
  maxBytes: number,
): Promise<void> {
  await app.register(async (scope) => {
    await scope.register(fastifyMultipart, {
      limits: { fileSize: maxBytes, files: 1, fields: 4, parts: 5 },
      throwFileSizeLimit: true,
    });

    registerEvidenceUpload(scope, db, maxBytes, {
      url: "/files/par-index/evidence",
      permissions: ["selfAssessment.write"],
      query: SheetFileUploadQuery,
      // Refuse before reading the upload: the unit's right to its sheet in this round decides first.
      check: (q, d, t) => assertMayAttachToSheet(q, d, t),
      store: storeSheetFile,
    });

    scope.get("/files/par-index/evidence/:id", (req, reply) =>
      answer(reply, async () => {
        const q = await requestFromHttp(db, req);
        requireAny(q, ["units.read"]);
        const { id } = parseInput(SheetFileId, req.params);
        const found = await sheetFileFor(q, id);
        if (!found) fail("FILE.NOT_FOUND", "Không tìm thấy tệp / File not found", "id");
        const { file, content } = found;
        const download = (req.query as { download?: string }).download === "1";
        const inline = !download && file.content_type.startsWith("image/");
        return reply
          .header("content-type", file.content_type)
          .header("content-length", String(content.length))
          .header("content-disposition", fileDisposition(file.file_name, inline))
          .header("x-content-type-options", "nosniff")
          .header("content-security-policy", FILE_CSP)
          .header("cache-control", "private, no-store")
          .send(content);
      }),
    );
  });
}
