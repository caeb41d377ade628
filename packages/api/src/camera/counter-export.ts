import { COUNTER_COLUMNS, feedHealth, STREAM_KIND_LABELS, type StreamKind } from "@par/domain";
import type { FastifyInstance } from "fastify";
import { scopeOf } from "../access/unit-access";
import type { Db } from "../db/database";
import { CONTENT_TYPE, contentDisposition } from "../documents";
import { addTableSheet, newWorkbook, toBuffer } from "../documents/excel/sheet";
import { answer, requestFromHttp, requireAny } from "../files/http";
import { formatDateTimeVi } from "./vi-time";

interface Line {
  code: string;
  number: number;
  name: string;
  fields: string[];
  kind: StreamKind;
  last: Date | null;
  online: boolean;
}

/**
 * `GET /files/camera/counters.xlsx`: the register in the import's column order, so it can be edited and
 * imported back. The address and credential columns stay empty (they never leave the server; an empty
 * cell on import keeps the stored value). Health follows after them, for reading only.
 */
export function registerCounterExportRoute(app: FastifyInstance, db: Db): void {
  app.get("/files/camera/counters.xlsx", (req, reply) =>
    answer(reply, async () => {
      const q = await requestFromHttp(db, req);
      requireAny(q, ["camera.read"]);
      const scope = scopeOf(q.user, "camera.read");
      let query = db
        .selectFrom("camera_counters as c")
        .innerJoin("org_units as u", "u.id", "c.shop_unit_id")
        .select(["u.code", "c.number", "c.name", "c.fields", "c.stream_kind", "c.last_frame_at"])
        .orderBy("u.code")
        .orderBy("c.number")
        .limit(50_000);
      if (scope !== "all")
        query = query.where((eb) => eb("u.path", "&&", eb.val(scope.length ? [...scope] : [0])));
      const rows: Line[] = (await query.execute()).map((r) => ({
        code: r.code,
        number: r.number,
        name: r.name,
        fields: r.fields,
        kind: r.stream_kind,
        last: r.last_frame_at,
        online: feedHealth(r.last_frame_at, q.now) === "online",
      }));
      const book = newWorkbook();
      const header = (k: (typeof COUNTER_COLUMNS)[number]["key"]) =>
        COUNTER_COLUMNS.find((c) => c.key === k)!.vi;
      addTableSheet<Line>(book, {
        name: "Sổ quầy – camera",
        title: "SỔ QUẦY VÀ CAMERA BỘ PHẬN MỘT CỬA",
        columns: [
          { header: header("unitCode"), width: 14, kind: "text", value: (r) => r.code },
          { header: header("number"), width: 9, kind: "integer", value: (r) => r.number },
          { header: header("name"), width: 30, kind: "text", value: (r) => r.name },
          { header: header("fields"), width: 28, kind: "text", value: (r) => r.fields.join(", ") },
          { header: header("streamKind"), width: 12, kind: "text", value: (r) => r.kind },
          { header: header("streamUrl"), width: 20, kind: "text", value: () => null },
          { header: header("username"), width: 14, kind: "text", value: () => null },
          { header: header("password"), width: 14, kind: "text", value: () => null },
          {
            header: "Loại luồng (diễn giải)",
            width: 22,
            kind: "text",
            value: (r) => STREAM_KIND_LABELS[r.kind].vi,
          },
          {
            header: "Tình trạng",
            width: 14,
            kind: "text",
            value: (r) => (r.online ? "Đang hoạt động" : "Mất tín hiệu"),
          },
          {
            header: "Hình cuối lúc",
            width: 18,
            kind: "text",
            value: (r) => (r.last ? formatDateTimeVi(r.last) : null),
          },
        ],
        rows,
      });
      const buffer = await toBuffer(book);
      return reply
        .header("content-type", CONTENT_TYPE.xlsx)
        .header("content-disposition", contentDisposition("So quay camera Mot cua", "xlsx"))
        .header("content-length", String(buffer.length))
        .header("x-content-type-options", "nosniff")
        .header("cache-control", "private, no-store")
        .send(buffer);
    }),
  );
}
