import { INSPECTION_STATUS_LABELS, type InspectionForm, type InspectionStatus } from "@par/domain";
import { documentHeader } from "../layout/header";
import { officialSection, packDocument, textWidth } from "../layout/page";
import { closingBlock } from "../layout/signature";
import { columnWidths, dataTable } from "../layout/tables";
import { body, dashList, heading } from "../layout/text";
import { documentTitle } from "../layout/title";
import { formLabel, templateOf } from "../template-text";
import type { DocumentHead, IsoDate, PlanRef, Signer } from "../types";
import { percent, planCitation, recommendationTally, shortDate } from "../vi-format";

export interface BodyInspectionLine {
  unitName: string;
  form: InspectionForm;
  status: InspectionStatus;
  startDate: IsoDate;
  endDate: IsoDate;
}

/**
 * A body's report on the inspections it led in the year (plan IV.2, IV.3): Văn phòng UBND tỉnh's on
 * the TTHC-control inspections, a sector department's on its field's. Drawn from the database; the body
 * completes and signs it.
 */
export interface BodyReportInput {
  head: DocumentHead;
  templateId: string;
  plan: PlanRef;
  /** "Kết quả kiểm tra công tác kiểm soát thủ tục hành chính năm 2023" */
  summary: string;
  /** To whom, as the opening sentence says it: "Chủ tịch UBND tỉnh, Văn phòng Chính phủ". */
  to: string;
  inspections: readonly BodyInspectionLine[];
  /** Per content area: how many item ratings, how many "Đạt". */
  areas: readonly { name: string; rated: number; met: number }[];
  strengths: readonly string[];
  shortcomings: readonly string[];
  recommendations: { resolved: number; open: number; overdue: number };
  signer: Signer;
  recipients: readonly string[];
}

function inspectionsTable(templateId: string, rows: readonly BodyInspectionLine[]) {
  const template = templateOf(templateId);
  const w = columnWidths(textWidth(), [8, 34, 18, 20, 20]);
  return dataTable(
    [
      { header: "STT", width: w[0] ?? 0, align: "center" },
      { header: "Đơn vị được kiểm tra", width: w[1] ?? 0 },
      { header: "Hình thức", width: w[2] ?? 0 },
      { header: "Thời gian", width: w[3] ?? 0, align: "center" },
      { header: "Tình trạng", width: w[4] ?? 0 },
    ],
    rows.map((r, i) => [
      String(i + 1),
      r.unitName,
      formLabel(template, r.form),
      `${shortDate(r.startDate)} –\n${shortDate(r.endDate)}`,
      INSPECTION_STATUS_LABELS[r.status].vi,
    ]),
  );
}

function areasTable(rows: BodyReportInput["areas"]) {
  const w = columnWidths(textWidth(), [8, 46, 16, 14, 16]);
  return dataTable(
    [
      { header: "STT", width: w[0] ?? 0, align: "center" },
      { header: "Nội dung kiểm tra", width: w[1] ?? 0 },
      { header: "Lượt đánh giá", width: w[2] ?? 0, align: "right" },
      { header: "Đạt", width: w[3] ?? 0, align: "right" },
      { header: "Tỷ lệ đạt (%)", width: w[4] ?? 0, align: "right" },
    ],
    rows.map((r, i) => [String(i + 1), r.name, String(r.rated), String(r.met), percent(r.met, r.rated)]),
  );
}

export async function bodyReportDocx(input: BodyReportInput): Promise<Buffer> {
  const year = input.plan.year;
  const issuer = input.head.issuer.name;
  const count = (form: InspectionForm) => input.inspections.filter((i) => i.form === form).length;
  const remote = input.inspections.length - count("announced") - count("surprise");
  const rec = input.recommendations;
  const children = [
    documentHeader(input.head),
    ...documentTitle("Báo cáo", input.summary),
    body(
      `Thực hiện ${planCitation(input.plan)} về kiểm tra cải cách hành chính, kiểm tra kiểm soát thủ tục hành chính năm ${year}, ${issuer} báo cáo ${input.to} kết quả thực hiện như sau:`,
    ),
    heading("I. CÁC CUỘC KIỂM TRA ĐÃ THỰC HIỆN"),
    body(
      input.inspections.length === 0
        ? `Trong năm ${year}, ${issuer} chưa chủ trì cuộc kiểm tra nào theo Kế hoạch.`
        : `Trong năm ${year}, ${issuer} đã chủ trì ${input.inspections.length} cuộc kiểm tra (${count("announced")} cuộc theo kế hoạch, ${count("surprise")} cuộc đột xuất${remote > 0 ? `, ${remote} lượt kiểm tra trực tuyến` : ""}). Danh sách cụ thể:`,
    ),
    ...(input.inspections.length > 0 ? [inspectionsTable(input.templateId, input.inspections)] : []),
    heading("II. KẾT QUẢ KIỂM TRA"),
    ...(input.areas.length > 0
      ? [body("Kết quả đánh giá theo từng nội dung kiểm tra:"), areasTable(input.areas)]
      : [body("Chưa có kết quả đánh giá được ghi nhận.")]),
    heading("1. Ưu điểm"),
    ...dashList(input.strengths.length > 0 ? input.strengths : ["Chưa có kết quả đánh giá được ghi nhận"]),
    heading("2. Tồn tại, hạn chế"),
    ...dashList(input.shortcomings.length > 0 ? input.shortcomings : ["Chưa ghi nhận tồn tại, hạn chế"]),
    heading("III. TÌNH HÌNH THỰC HIỆN KIẾN NGHỊ SAU KIỂM TRA"),
    body(recommendationTally(rec)),
    body(
      `Trên đây là báo cáo ${input.summary.charAt(0).toLowerCase()}${input.summary.slice(1)} của ${issuer}./.`,
    ),
    ...closingBlock(input.signer, input.recipients),
  ];
  return packDocument({ title: input.summary, sections: [officialSection(children)] });
}
