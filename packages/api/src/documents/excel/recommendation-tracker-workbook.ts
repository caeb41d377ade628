import { RECOMMENDATION_STATUS_LABELS, type RecommendationStatus } from "@par/domain";
import type { IsoDate } from "../types";
import { shortDate } from "../vi-format";
import { addTableSheet, newWorkbook, toBuffer } from "./sheet";

export interface RecommendationTrackerRow {
  /** How the inspection is named in the tracker, e.g. the conclusion "45/TB-SNV ngày 10/04/2023". */
  inspection: string;
  unitName: string;
  text: string;
  deadline: IsoDate;
  status: RecommendationStatus;
  response?: string | null;
  responseDate?: IsoDate | null;
  verifiedBy?: string | null;
  verifiedDate?: IsoDate | null;
}

export interface RecommendationTrackerInput {
  /** The day the tracker is drawn up: overdue is judged against it. */
  asOf: IsoDate;
  rows: readonly RecommendationTrackerRow[];
}

/**
 * Overdue (quá hạn) on `asOf`: the deadline has passed and the recommendation is not resolved, unless
 * the unit reported by the deadline and is only waiting for verification (the delay is then not its own).
 */
export function isOverdue(row: RecommendationTrackerRow, asOf: IsoDate): boolean {
  if (row.status === "resolved") return false;
  if (row.status === "responded" && row.responseDate && row.responseDate <= row.deadline) return false;
  return row.deadline < asOf;
}

/** Theo dõi thực hiện kiến nghị sau kiểm tra. */
export async function recommendationTrackerXlsx(input: RecommendationTrackerInput): Promise<Buffer> {
  const book = newWorkbook();
  const rows = [...input.rows].sort((a, b) => a.deadline.localeCompare(b.deadline));
  addTableSheet<RecommendationTrackerRow>(book, {
    name: "Theo dõi kiến nghị",
    title: "THEO DÕI THỰC HIỆN KIẾN NGHỊ SAU KIỂM TRA CẢI CÁCH HÀNH CHÍNH",
    subtitle: `Tính đến ngày ${shortDate(input.asOf)}`,
    columns: [
      { header: "STT", width: 6, kind: "integer", value: (_, i) => i + 1 },
      { header: "Cuộc kiểm tra", width: 24, kind: "text", value: (r) => r.inspection },
      { header: "Đơn vị", width: 28, kind: "text", value: (r) => r.unitName },
      { header: "Nội dung kiến nghị", width: 48, kind: "text", value: (r) => r.text },
      { header: "Hạn khắc phục", width: 13, kind: "date", value: (r) => r.deadline },
      {
        header: "Trạng thái",
        width: 20,
        kind: "text",
        value: (r) => RECOMMENDATION_STATUS_LABELS[r.status].vi,
      },
      { header: "Kết quả khắc phục của đơn vị", width: 40, kind: "text", value: (r) => r.response ?? null },
      { header: "Ngày báo cáo", width: 13, kind: "date", value: (r) => r.responseDate ?? null },
      { header: "Người xác minh", width: 22, kind: "text", value: (r) => r.verifiedBy ?? null },
      { header: "Ngày xác minh", width: 13, kind: "date", value: (r) => r.verifiedDate ?? null },
      {
        header: "Quá hạn",
        width: 10,
        kind: "text",
        value: (r) => (isOverdue(r, input.asOf) ? "Có" : "Không"),
      },
    ],
    rows,
  });
  return toBuffer(book);
}
