import { createHash } from "node:crypto";
import { canOnUnit, hasPermission, SnapshotIdParams, SnapshotUploadQuery } from "@par/domain";
import type { FastifyInstance } from "fastify";
import type { Request } from "../access/request";
import { insertAudit } from "../db/audit.repository";
import {
  findSnapshotMeta,
  insertSnapshot,
  snapshotContent,
  snapshotInReminderOf,
} from "../db/camera-snapshot.repository";
import type { Db } from "../db/database";
import { inTransaction } from "../db/transaction";
import { ancestorPath } from "../db/unit.repository";
import { fail } from "../errors";
import { FILE_MISSING, sniffEvidenceType, TOO_LARGE, WRONG_TYPE } from "../files/evidence-rules";
import { answer, fileDisposition, parseInput, requestFromHttp, requireAny } from "../files/http";
import { counterInScope } from "./counter-commands";

const SNAPSHOT_MAX_BYTES = 2 * 1024 * 1024;
const NOT_FOUND = "Không tìm thấy ảnh chụp / Snapshot not found";

/**
 * Snapshots grabbed from the playing video (canvas → JPEG/PNG), stored through the server and checked
 * like evidence (type sniffed from the bytes, size bounded). The browser names each with its own UUID,
 * so a retried upload stores one file. Raw body (image/jpeg, image/png, image/webp), no multipart.
 */
export async function registerSnapshotRoutes(app: FastifyInstance, db: Db): Promise<void> {
  await app.register(async (scope) => {
    for (const type of ["image/jpeg", "image/png", "image/webp"])
      scope.addContentTypeParser(
        type,
        { parseAs: "buffer", bodyLimit: SNAPSHOT_MAX_BYTES },
        (_r, body, done) => done(null, body),
      );

    scope.post("/files/camera/snapshots", (req, reply) =>
      answer(reply, async () => {
        const q = await requestFromHttp(db, req);
        requireAny(q, ["camera.review"]);
        const { counterId, id } = parseInput(SnapshotUploadQuery, req.query);
        const counter = await counterInScope(q, counterId, "camera.review");
        const bytes = Buffer.isBuffer(req.body) ? req.body : null;
        if (!bytes || bytes.length === 0) fail("FILE.MISSING", FILE_MISSING, "file");
        if (bytes.length > SNAPSHOT_MAX_BYTES) fail("FILE.TOO_LARGE", TOO_LARGE(SNAPSHOT_MAX_BYTES), "file");
        const type = sniffEvidenceType(bytes);
        if (!type || type === "application/pdf") fail("FILE.TYPE", WRONG_TYPE, "file");
        const sha256 = createHash("sha256").update(bytes).digest("hex");
        const existing = await findSnapshotMeta(q.db, id);
        if (existing && (existing.sha256 !== sha256 || existing.counter_id !== counter.id))
          fail(
            "CAMERA.REVIEW_ID_REUSED",
            "Mã ảnh chụp đã dùng cho ảnh khác / This snapshot id is used by another picture",
            "id",
          );
        if (!existing)
          await inTransaction(q.db, async (trx) => {
            await insertSnapshot(trx, {
              id,
              counter_id: counter.id,
              unit_id: counter.shop_unit_id,
              content_type: type,
              size_bytes: bytes.length,
              sha256,
              content: bytes,
              uploaded_by: q.user.userId,
              uploaded_at: q.now,
            });
            await insertAudit(trx, q.actor, {
              action: "camera.snapshot.upload",
              entity: "camera_snapshot",
              entityId: id,
              unitId: counter.shop_unit_id,
              before: null,
              after: { counterId: counter.id, type, sizeBytes: bytes.length, sha256 },
            });
          });
        return reply
          .status(201)
          .header("cache-control", "no-store")
          .send({ snapshot: { id, type, sizeBytes: bytes.length } });
      }),
    );

    scope.get("/files/camera/snapshots/:id", (req, reply) =>
      answer(reply, async () => {
        const q = await requestFromHttp(db, req);
        requireAny(q, ["camera.read", "recommendations.respond"]);
        const { id } = parseInput(SnapshotIdParams, req.params);
        const meta = await findSnapshotMeta(q.db, id);
        if (!meta || !(await maySee(q, meta.unit_id, id))) fail("FILE.NOT_FOUND", NOT_FOUND, "id");
        const { content } = await snapshotContent(q.db, id);
        const download = (req.query as { download?: string }).download === "1";
        return reply
          .header("content-type", meta.content_type)
          .header("content-length", String(content.length))
          .header(
            "content-disposition",
            fileDisposition(`anh-chup-${id.slice(0, 8)}.${meta.content_type.split("/")[1]}`, !download),
          )
          .header("x-content-type-options", "nosniff")
          .header("content-security-policy", "default-src 'none'; sandbox")
          .header("cache-control", "private, no-store")
          .send(content);
      }),
    );
  });
}

/**
 * Reviewers and planners: any snapshot of a unit in their camera.read scope. A unit's clerk: only
 * those sent to a unit of its scope in a reminder. Anyone else: as if it did not exist.
 */
async function maySee(q: Request, unitId: number, id: string): Promise<boolean> {
  const path = await ancestorPath(q.db, unitId);
  if (hasPermission(q.user.assignments, "camera.read") && canOnUnit(q.user.assignments, "camera.read", path))
    return true;
  if (!canOnUnit(q.user.assignments, "recommendations.respond", path)) return false;
  return snapshotInReminderOf(q.db, id, unitId);
}
