import {
  BodyReportParams,
  InspectionDocumentParams,
  PlanDocumentParams,
  RecommendationsExportQuery,
} from "@par/domain";
import type { FastifyInstance, FastifyReply } from "fastify";
import type { Db } from "../db/database";
import { CONTENT_TYPE, contentDisposition } from "../documents";
import { bodyReport } from "../downloads/body-report";
import {
  INSPECTION_DOCUMENTS,
  type InspectionDocument,
  inspectionDocument,
  inspectionFacts,
} from "../downloads/inspection-documents";
import {
  PLAN_DOCUMENTS,
  type PlanDocument,
  planDocument,
  recommendationTracker,
} from "../downloads/plan-documents";
import { fail } from "../errors";
import { answer, parseInput, requestFromHttp, requireAny } from "./http";

function sendDocument(reply: FastifyReply, doc: { title: string; buffer: Buffer }, ext: "docx" | "xlsx") {
  return reply
    .header("content-type", CONTENT_TYPE[ext])
    .header("content-disposition", contentDisposition(doc.title, ext))
    .header("content-length", String(doc.buffer.length))
    .header("x-content-type-options", "nosniff")
    .header("cache-control", "private, no-store")
    .send(doc.buffer);
}

function unknownDocument(): never {
  fail("DOCUMENT.UNKNOWN", "Không có tài liệu này / No such document", "document");
}

/**
 * Word and Excel files generated from the database on each request (cookie session):
 * `/files/docs/inspections/:id/{decision,notice,minutes,conclusion}.docx` for whoever may see the
 * inspection (scope and R5), `/files/docs/plans/:year/{schedule.docx,report.docx,coverage.xlsx,
 * inspections.xlsx}`, `/files/docs/plans/:year/bodies/:bodyUnitId/report.docx` (a body's own report,
 * plan IV.2–IV.3) and `/files/docs/recommendations.xlsx?year=` with reports.export.
 */
export function registerDocumentRoutes(app: FastifyInstance, db: Db): void {
  app.get("/files/docs/inspections/:id/:document", (req, reply) =>
    answer(reply, async () => {
      const q = await requestFromHttp(db, req);
      requireAny(q, ["inspections.read"]);
      const { document } = req.params as { document: string };
      const kind = document.replace(/\.docx$/, "") as InspectionDocument;
      if (!document.endsWith(".docx") || !INSPECTION_DOCUMENTS.includes(kind)) unknownDocument();
      const { id } = parseInput(InspectionDocumentParams, req.params);
      const facts = await inspectionFacts(q, id);
      return sendDocument(reply, await inspectionDocument(facts, kind), "docx");
    }),
  );

  app.get("/files/docs/plans/:year/:document", (req, reply) =>
    answer(reply, async () => {
      const q = await requestFromHttp(db, req);
      requireAny(q, ["reports.export"]);
      const { document } = req.params as { document: string };
      if (!(PLAN_DOCUMENTS as readonly string[]).includes(document)) unknownDocument();
      const { year } = parseInput(PlanDocumentParams, req.params);
      const doc = await planDocument(q, year, document as PlanDocument);
      return sendDocument(reply, doc, document.endsWith(".xlsx") ? "xlsx" : "docx");
    }),
  );

  app.get("/files/docs/plans/:year/bodies/:bodyUnitId/report.docx", (req, reply) =>
    answer(reply, async () => {
      const q = await requestFromHttp(db, req);
      requireAny(q, ["reports.export"]);
      const { year, bodyUnitId } = parseInput(BodyReportParams, req.params);
      return sendDocument(reply, await bodyReport(q, year, bodyUnitId), "docx");
    }),
  );

  app.get("/files/docs/recommendations.xlsx", (req, reply) =>
    answer(reply, async () => {
      const q = await requestFromHttp(db, req);
      requireAny(q, ["reports.export"]);
      const { year } = parseInput(RecommendationsExportQuery, req.query);
      return sendDocument(reply, await recommendationTracker(q, year), "xlsx");
    }),
  );
}
