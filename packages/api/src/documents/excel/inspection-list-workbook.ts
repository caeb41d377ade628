import { INSPECTION_STATUS_LABELS, type InspectionForm, type InspectionStatus, type Tier } from "@par/domain";
import { formLabel, leadBodyLabel, templateOf, tierLabel } from "../template-text";
import type { IsoDate } from "../types";
import { addTableSheet, newWorkbook, toBuffer } from "./sheet";

export interface InspectionListRow {
  /** The decision's number, e.g. "12/QĐ-SNV", when the team is formed. */
  number?: string | null;
  /** The decision's date (quyết định thành lập đoàn). */
  decisionDate?: IsoDate | null;
  unitName: string;
  tier: Tier | null;
  form: InspectionForm;
  /** Lead-body code of the template (or a name). */
  leadBody: string;
  startDate: IsoDate;
  endDate: IsoDate;
  status: InspectionStatus;
  teamLeader?: string | null;
}

export interface InspectionListWorkbookInput {
  templateId: string;
  year: number;
  /** Rows the caller may see: a list for a unit must already leave out surprise inspections not yet started (R5). */
  rows: readonly InspectionListRow[];
}

/** Danh sách cuộc kiểm tra, in order of start date. */
export async function inspectionListXlsx(input: InspectionListWorkbookInput): Promise<Buffer> {
  const template = templateOf(input.templateId);
  const rows = [...input.rows].sort((a, b) => a.startDate.localeCompare(b.startDate));
  const book = newWorkbook();
  addTableSheet<InspectionListRow>(book, {
    name: `Danh sách kiểm tra ${input.year}`,
    title: `DANH SÁCH CUỘC KIỂM TRA CẢI CÁCH HÀNH CHÍNH NĂM ${input.year}`,
    columns: [
      { header: "STT", width: 6, kind: "integer", value: (_, i) => i + 1 },
      { header: "Số quyết định", width: 16, kind: "text", value: (r) => r.number ?? null },
      { header: "Ngày quyết định", width: 13, kind: "date", value: (r) => r.decisionDate ?? null },
      { header: "Đơn vị được kiểm tra", width: 36, kind: "text", value: (r) => r.unitName },
      { header: "Khối", width: 18, kind: "text", value: (r) => tierLabel(template, r.tier) },
      { header: "Hình thức", width: 30, kind: "text", value: (r) => formLabel(template, r.form) },
      {
        header: "Cơ quan chủ trì",
        width: 26,
        kind: "text",
        value: (r) => leadBodyLabel(template, r.leadBody),
      },
      { header: "Ngày bắt đầu", width: 13, kind: "date", value: (r) => r.startDate },
      { header: "Ngày kết thúc", width: 13, kind: "date", value: (r) => r.endDate },
      { header: "Trạng thái", width: 18, kind: "text", value: (r) => INSPECTION_STATUS_LABELS[r.status].vi },
      { header: "Trưởng đoàn", width: 24, kind: "text", value: (r) => r.teamLeader ?? null },
    ],
    rows,
  });
  return toBuffer(book);
}
