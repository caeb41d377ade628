import type { InspectionForm, Tier } from "@par/domain";
import { documentHeader } from "../layout/header";
import { officialSection, packDocument, textWidth } from "../layout/page";
import { closingBlock } from "../layout/signature";
import { columnWidths, dataTable } from "../layout/tables";
import { body, dashList, heading } from "../layout/text";
import { documentTitle } from "../layout/title";
import { formLabel, leadBodyLabel, templateOf, tierLabel } from "../template-text";
import type { DocumentHead, IsoDate, PlanRef, Signer } from "../types";
import { percent, planCitation, recommendationTally, shortDate } from "../vi-format";

/** One tier's coverage; the domain's `TierCoverage` fits as it is. */
export interface TierCoverageLine {
  tier: Tier;
  /** The plan's minimum share, in percent. */
  pct: number;
  eligible: number;
  required: number;
  done: number;
}

export interface DoneInspectionLine {
  unitName: string;
  form: InspectionForm;
  startDate: IsoDate;
  endDate: IsoDate;
  /** Lead-body code of the template (or a name). */
  leadBody: string;
}

/** Báo cáo kết quả kiểm tra CCHC năm <year>, to the Chairman of the provincial People's Committee and the Ministry of Home Affairs. */
export interface AnnualReportInput {
  head: DocumentHead;
  templateId: string;
  plan: PlanRef;
  coverage: readonly TierCoverageLine[];
  /** On-site inspections conducted in the year (started or finished). */
  inspections: readonly DoneInspectionLine[];
  /** Remote checks (dossier system, cameras) in the year: reported, never counted toward the quotas (R2). */
  remoteChecks?: number;
  strengths: readonly string[];
  shortcomings: readonly string[];
  recommendations: { resolved: number; open: number; overdue: number };
  proposals: readonly string[];
  signer: Signer;
  recipients?: readonly string[];
}

function coverageTable(template: ReturnType<typeof templateOf>, rows: readonly TierCoverageLine[]) {
  const w = columnWidths(textWidth(), [8, 24, 12, 10, 13, 10, 10, 13]);
  const total = rows.reduce(
    (t, r) => ({
      eligible: t.eligible + r.eligible,
      required: t.required + r.required,
      done: t.done + r.done,
    }),
    { eligible: 0, required: 0, done: 0 },
  );
  return dataTable(
    [
      { header: "STT", width: w[0] ?? 0, align: "center" },
      { header: "Đối tượng", width: w[1] ?? 0 },
      { header: "Tổng số đơn vị", width: w[2] ?? 0, align: "right" },
      { header: "Chỉ tiêu (%)", width: w[3] ?? 0, align: "right" },
      { header: "Số phải kiểm tra", width: w[4] ?? 0, align: "right" },
      { header: "Đã kiểm tra", width: w[5] ?? 0, align: "right" },
      { header: "Tỷ lệ (%)", width: w[6] ?? 0, align: "right" },
      { header: "Đánh giá", width: w[7] ?? 0, align: "center" },
    ],
    [
      ...rows.map((r, i) => [
        String(i + 1),
        tierLabel(template, r.tier),
        String(r.eligible),
        String(r.pct),
        String(r.required),
        String(r.done),
        percent(r.done, r.eligible),
        r.done >= r.required ? "Đạt" : "Chưa đạt",
      ]),
      [
        "",
        { text: "Tổng cộng", bold: true },
        { text: String(total.eligible), bold: true },
        "",
        { text: String(total.required), bold: true },
        { text: String(total.done), bold: true },
        { text: percent(total.done, total.eligible), bold: true },
        "",
      ],
    ],
  );
}

function inspectionsTable(template: ReturnType<typeof templateOf>, rows: readonly DoneInspectionLine[]) {
  const w = columnWidths(textWidth(), [8, 32, 20, 20, 20]);
  const sorted = [...rows].sort((a, b) => a.startDate.localeCompare(b.startDate));
  return dataTable(
    [
      { header: "STT", width: w[0] ?? 0, align: "center" },
      { header: "Đơn vị được kiểm tra", width: w[1] ?? 0 },
      { header: "Hình thức", width: w[2] ?? 0 },
      { header: "Thời gian", width: w[3] ?? 0, align: "center" },
      { header: "Cơ quan chủ trì", width: w[4] ?? 0 },
    ],
    sorted.map((r, i) => [
      String(i + 1),
      r.unitName,
      formLabel(template, r.form),
      `${shortDate(r.startDate)} –\n${shortDate(r.endDate)}`,
      leadBodyLabel(template, r.leadBody),
    ]),
  );
}

export async function annualReportDocx(input: AnnualReportInput): Promise<Buffer> {
  const template = templateOf(input.templateId);
  const year = input.plan.year;
  const issuer = input.head.issuer.name;
  const summary = `Kết quả kiểm tra cải cách hành chính, kiểm soát thủ tục hành chính năm ${year}`;
  const announced = input.inspections.filter((i) => i.form === "announced").length;
  const surprise = input.inspections.filter((i) => i.form === "surprise").length;
  const rec = input.recommendations;
  const children = [
    documentHeader(input.head),
    ...documentTitle("Báo cáo", summary),
    body(
      `Thực hiện ${planCitation(input.plan)} về kiểm tra cải cách hành chính, kiểm tra kiểm soát thủ tục hành chính năm ${year}, ${issuer} báo cáo Chủ tịch UBND tỉnh, Bộ Nội vụ kết quả thực hiện như sau:`,
    ),
    heading("I. KẾT QUẢ THỰC HIỆN CHỈ TIÊU KIỂM TRA"),
    body(
      `Chỉ tiêu theo Kế hoạch: kiểm tra ít nhất ${input.coverage.map((c) => `${c.pct}% ${tierLabel(template, c.tier)}`).join("; ")}. Kết quả thực hiện theo từng khối như sau:`,
    ),
    coverageTable(template, input.coverage),
    heading("II. CÁC CUỘC KIỂM TRA ĐÃ THỰC HIỆN"),
    body(
      `Trong năm ${year}, đã tiến hành ${input.inspections.length} cuộc kiểm tra tại đơn vị (${announced} cuộc theo kế hoạch, ${surprise} cuộc đột xuất)${input.remoteChecks ? `; ngoài ra đã kiểm tra trực tuyến ${input.remoteChecks} lượt qua hệ thống thông tin giải quyết thủ tục hành chính và hệ thống camera giám sát Bộ phận Một cửa (không tính vào chỉ tiêu)` : ""}. Danh sách cụ thể:`,
    ),
    inspectionsTable(template, input.inspections),
    heading("III. KẾT QUẢ KIỂM TRA CHỦ YẾU"),
    heading("1. Ưu điểm"),
    ...dashList(input.strengths),
    heading("2. Tồn tại, hạn chế"),
    ...dashList(input.shortcomings),
    heading("IV. TÌNH HÌNH THỰC HIỆN KIẾN NGHỊ SAU KIỂM TRA"),
    body(recommendationTally(rec)),
    heading("V. ĐỀ XUẤT, KIẾN NGHỊ"),
    ...dashList(input.proposals),
    body(`Trên đây là báo cáo kết quả kiểm tra cải cách hành chính năm ${year} của ${issuer}./.`),
    ...closingBlock(
      input.signer,
      input.recipients ?? [
        "Bộ Nội vụ (Vụ Cải cách hành chính);",
        "Chủ tịch UBND tỉnh (b/c);",
        "Văn phòng UBND tỉnh;",
        "Lưu: VT, CCHC.",
      ],
    ),
  ];
  return packDocument({ title: summary, sections: [officialSection(children)] });
}
