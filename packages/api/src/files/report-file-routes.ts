import { SentReportFileParams } from "@par/domain";
import type { FastifyInstance } from "fastify";
import type { Db } from "../db/database";
import { CONTENT_TYPE } from "../documents";
import { readSentReportFile } from "../reports/owed-reports";
import { answer, fileDisposition, parseInput, requestFromHttp, requireAny } from "./http";

/** Served files must never run as a page of this origin, whatever bytes they hold. */
const FILE_CSP = "default-src 'none'; sandbox";

const typeOf = (fileName: string) => {
  const ext = fileName.slice(fileName.lastIndexOf(".") + 1).toLowerCase();
  return ext === "pdf" ? CONTENT_TYPE.pdf : ext === "docx" ? CONTENT_TYPE.docx : CONTENT_TYPE.xlsx;
};

/**
 * `GET /files/reports/sent/:bodyUnitId/:kind/:year/:period`: the file a body sent with its report
 * (issue 11 §6), under its original (Vietnamese) name, for the body itself and the province receiving
 * it (the domain's mayReadSentReport); whoever else asks gets not found.
 */
export function registerReportFileRoutes(app: FastifyInstance, db: Db): void {
  app.get("/files/reports/sent/:bodyUnitId/:kind/:year/:period", (req, reply) =>
    answer(reply, async () => {
      const q = await requestFromHttp(db, req);
      requireAny(q, ["reports.send", "reports.export"]);
      const file = await readSentReportFile(q, parseInput(SentReportFileParams, req.params));
      return reply
        .header("content-type", typeOf(file.fileName))
        .header("content-length", String(file.content.length))
        .header("content-disposition", fileDisposition(file.fileName, false))
        .header("x-content-type-options", "nosniff")
        .header("content-security-policy", FILE_CSP)
        .header("cache-control", "private, no-store")
        .send(file.content);
    }),
  );
}
