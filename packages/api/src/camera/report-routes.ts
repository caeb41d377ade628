import { CameraReportParams } from "@par/domain";
import type { FastifyInstance } from "fastify";
import type { Db } from "../db/database";
import { CONTENT_TYPE, contentDisposition } from "../documents";
import { answer, parseInput, requestFromHttp, requireAny } from "../files/http";
import { cameraReportDocx, cameraReportXlsx } from "./report-documents";

/** `GET /files/camera/reports/:year/:month.(xlsx|docx)`: the monthly camera report, for camera.read holders. */
export function registerCameraReportRoutes(app: FastifyInstance, db: Db): void {
  app.get("/files/camera/reports/:year/:file", (req, reply) =>
    answer(reply, async () => {
      const q = await requestFromHttp(db, req);
      requireAny(q, ["camera.read"]);
      const { year, file } = parseInput(CameraReportParams, req.params);
      const [month, ext] = file.split(".") as [string, "xlsx" | "docx"];
      const doc =
        ext === "xlsx"
          ? await cameraReportXlsx(q, year, Number(month))
          : await cameraReportDocx(q, year, Number(month));
      return reply
        .header("content-type", CONTENT_TYPE[ext])
        .header("content-disposition", contentDisposition(doc.title, ext))
        .header("content-length", String(doc.buffer.length))
        .header("x-content-type-options", "nosniff")
        .header("cache-control", "private, no-store")
        .send(doc.buffer);
    }),
  );
}
