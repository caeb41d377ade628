import type { Tier } from "@par/domain";
import { templateOf, tierLabel } from "../template-text";
import { addTableSheet, newWorkbook, toBuffer } from "./sheet";

/** One tier's coverage; the domain's `TierCoverage` fits as it is. */
export interface CoverageRow {
  tier: Tier;
  eligible: number;
  /** The plan's minimum share, in percent (40 for 40 %). */
  pct: number;
  required: number;
  done: number;
  planned: number;
  shortfall: number;
}

export interface CoverageWorkbookInput {
  templateId: string;
  year: number;
  rows: readonly CoverageRow[];
}

/** Độ bao phủ kiểm tra theo khối: what the quotas ask and how far the year has come. */
export async function coverageXlsx(input: CoverageWorkbookInput): Promise<Buffer> {
  const template = templateOf(input.templateId);
  const book = newWorkbook();
  addTableSheet<CoverageRow>(book, {
    name: `Chỉ tiêu kiểm tra ${input.year}`,
    title: `KẾT QUẢ THỰC HIỆN CHỈ TIÊU KIỂM TRA CẢI CÁCH HÀNH CHÍNH NĂM ${input.year}`,
    columns: [
      { header: "Đối tượng", width: 28, kind: "text", value: (r) => tierLabel(template, r.tier) },
      { header: "Tổng số đơn vị", width: 14, kind: "integer", value: (r) => r.eligible },
      // A real percentage (0.4 shown as 40%), so that sums and charts in Excel work on it.
      { header: "Chỉ tiêu (%)", width: 12, kind: "percent", value: (r) => r.pct / 100 },
      { header: "Số phải kiểm tra", width: 14, kind: "integer", value: (r) => r.required },
      { header: "Đã kiểm tra", width: 12, kind: "integer", value: (r) => r.done },
      { header: "Đã lên kế hoạch", width: 14, kind: "integer", value: (r) => r.planned },
      { header: "Còn thiếu", width: 12, kind: "integer", value: (r) => r.shortfall },
    ],
    rows: input.rows,
  });
  return toBuffer(book);
}
