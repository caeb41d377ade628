import { createHash } from "node:crypto";
import fastifyMultipart from "@fastify/multipart";
import { ReminderFileIdParams, ReminderFileUploadQuery } from "@par/domain";
import type { FastifyInstance } from "fastify";
import type { Db } from "../db/database";
import { fail } from "../errors";
import { answer, fileDisposition, parseInput, requestFromHttp, requireAny } from "../files/http";
import { readUpload } from "../files/read-upload";
import { idempotencyKeyOf, runIdempotent } from "../idempotency/idempotent";
import { assertMayAttachToReminder, reminderFileFor, storeReminderFile } from "./reminder-files";
import { REMINDER_READERS } from "./reminders";

const NOT_FOUND = "Không tìm thấy tệp / File not found";

/**
 * The unit's evidence for its answer to a camera reminder: `POST /files/camera/reminder-files?reminderId=…`
 * (multipart, one part "file", checked like every evidence file) and `GET /files/camera/reminder-files/:id`
 * for whoever may read the reminder (else 404, as if absent).
 */
export async function registerReminderFileRoutes(
  app: FastifyInstance,
  db: Db,
  maxBytes: number,
): Promise<void> {
  await app.register(async (scope) => {
    await scope.register(fastifyMultipart, {
      limits: { fileSize: maxBytes, files: 1, fields: 4, parts: 5 },
      throwFileSizeLimit: true,
    });

    scope.post("/files/camera/reminder-files", (req, reply) =>
      answer(reply, async () => {
        const q = await requestFromHttp(db, req);
        requireAny(q, ["recommendations.respond"]);
        const target = parseInput(ReminderFileUploadQuery, req.query);
        // Refuse before reading the upload: the right to answer this reminder decides first.
        await assertMayAttachToReminder(q, q.db, target.reminderId);
        const { bytes, type, fileName } = await readUpload(req, maxBytes);
        const upload = { ...target, fileName, type, bytes };
        const key = idempotencyKeyOf(req.headers);
        const file =
          key === null
            ? await storeReminderFile(q, upload)
            : await runIdempotent(
                q.db,
                {
                  userId: q.user.userId,
                  key,
                  path: "POST /files/camera/reminder-files",
                  input: { ...target, fileName, sha256: createHash("sha256").update(bytes).digest("hex") },
                  now: q.now,
                },
                (trx) => storeReminderFile({ ...q, db: trx }, upload),
              );
        return reply.status(201).header("cache-control", "no-store").send({ file });
      }),
    );

    scope.get("/files/camera/reminder-files/:id", (req, reply) =>
      answer(reply, async () => {
        const q = await requestFromHttp(db, req);
        requireAny(q, REMINDER_READERS);
        const { id } = parseInput(ReminderFileIdParams, req.params);
        const file = await reminderFileFor(q, id);
        if (!file) fail("FILE.NOT_FOUND", NOT_FOUND, "id");
        const download = (req.query as { download?: string }).download === "1";
        const inline = file.content_type !== "application/pdf" && !download;
        return reply
          .header("content-type", file.content_type)
          .header("content-length", String(file.content.length))
          .header("content-disposition", fileDisposition(file.file_name, inline))
          .header("x-content-type-options", "nosniff")
          .header("content-security-policy", "default-src 'none'; img-src 'self'; sandbox")
          .header("cache-control", "private, no-store")
          .send(file.content);
      }),
    );
  });
}
