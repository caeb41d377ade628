import { ParIndexFileQuery } from "@par/domain";
import type { FastifyInstance } from "fastify";
import type { Db } from "../db/database";
import { CONTENT_TYPE, contentDisposition } from "../documents";
import { treeWorkbook } from "../par-index/index-import";
import { rankingWorkbook } from "../par-index/ranking";
import { answer, parseInput, requestFromHttp, requireAny } from "./http";

function sendXlsx(reply: import("fastify").FastifyReply, doc: { title: string; buffer: Buffer }) {
  return reply
    .header("content-type", CONTENT_TYPE.xlsx)
    .header("content-disposition", contentDisposition(doc.title, "xlsx"))
    .header("content-length", String(doc.buffer.length))
    .header("x-content-type-options", "nosniff")
    .header("cache-control", "private, no-store")
    .send(doc.buffer);
}

/**
 * The PAR index as Excel: the tree in force (anyone who reads the register: it is the province's
 * published rules) and the ranking of locked scores (the province's readers, and everyone of the
 * province once published, like parIndex.ranking).
 */
export function registerParIndexRoutes(app: FastifyInstance, db: Db): void {
  app.get("/files/docs/par-index/tree.xlsx", (req, reply) =>
    answer(reply, async () => {
      const q = await requestFromHttp(db, req);
      requireAny(q, ["units.read"]);
      const { year, level } = parseInput(ParIndexFileQuery, req.query);
      return sendXlsx(reply, await treeWorkbook(q, year, level));
    }),
  );
  app.get("/files/docs/par-index/ranking.xlsx", (req, reply) =>
    answer(reply, async () => {
      const q = await requestFromHttp(db, req);
      // The province's readers, or anyone of the province once the level's ranking is published.
      requireAny(q, ["units.read"]);
      const { year, level } = parseInput(ParIndexFileQuery, req.query);
      return sendXlsx(reply, await rankingWorkbook(q, year, level));
    }),
  );
}
