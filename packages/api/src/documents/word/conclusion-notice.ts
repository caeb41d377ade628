import { documentHeader } from "../layout/header";
import { officialSection, packDocument } from "../layout/page";
import { closingBlock } from "../layout/signature";
import { body, heading, type Span } from "../layout/text";
import { documentTitle } from "../layout/title";
import { templateOf } from "../template-text";
import type { DocumentHead, DocumentRef, IsoDate, PlanRef, Signer } from "../types";
import { documentCitation, planCitation, shortDate } from "../vi-format";
import { type FindingLine, groupFindings } from "./findings";

/** A recommendation (kiến nghị) with its deadline, as the recommendations table holds it. */
export interface RecommendationLine {
  text: string;
  deadline: IsoDate;
}

/** Thông báo kết luận kiểm tra cải cách hành chính tại <đơn vị>. */
export interface ConclusionNoticeInput {
  head: DocumentHead;
  templateId: string;
  plan: PlanRef;
  decision: DocumentRef;
  unitName: string;
  startDate: IsoDate;
  endDate: IsoDate;
  /** The conclusion's summary: one paragraph per blank-line-separated block. */
  overview: string;
  findings: readonly FindingLine[];
  shortcomings: readonly string[];
  recommendations: readonly RecommendationLine[];
  /** When the unit reports on its remedies; by default the latest deadline. */
  reportDueDate?: IsoDate;
  signer: Signer;
  recipients?: readonly string[];
}

const endOf = (i: number, n: number) => (i === n - 1 ? "." : ";");

export async function conclusionNoticeDocx(input: ConclusionNoticeInput): Promise<Buffer> {
  const template = templateOf(input.templateId);
  const issuer = input.head.issuer.name;
  const summary = `Kết luận kiểm tra cải cách hành chính tại ${input.unitName}`;
  const reportDue =
    input.reportDueDate ??
    input.recommendations
      .map((r) => r.deadline)
      .sort()
      .at(-1) ??
    input.head.date;
  const overview = input.overview
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  const results = groupFindings(template, input.findings).flatMap((g) => [
    heading(`${g.area.code}. ${g.area.vi}`),
    ...g.findings.map((f) =>
      body([
        { text: `- ${f.item.code}. ${f.item.vi}: ` },
        { text: f.label, bold: true },
        ...(f.note ? [{ text: `. ${f.note}` } satisfies Span] : []),
        { text: f.note.endsWith(".") ? "" : "." },
      ]),
    ),
  ]);
  const n = input.recommendations.length;
  const children = [
    documentHeader(input.head),
    ...documentTitle("Thông báo", summary),
    body(
      `Thực hiện ${planCitation(input.plan)} và ${documentCitation(input.decision)}, từ ngày ${shortDate(input.startDate)} đến ngày ${shortDate(input.endDate)}, Đoàn kiểm tra đã tiến hành kiểm tra công tác cải cách hành chính, kiểm soát thủ tục hành chính tại ${input.unitName}. Trên cơ sở báo cáo của đơn vị và kết quả kiểm tra thực tế, ${issuer} thông báo kết luận kiểm tra như sau:`,
    ),
    heading("I. KHÁI QUÁT CHUNG"),
    ...overview.map((p) => body(p)),
    heading("II. KẾT QUẢ KIỂM TRA"),
    ...results,
    heading("III. TỒN TẠI, HẠN CHẾ"),
    ...input.shortcomings.map((s, i) =>
      body(`- ${s.replace(/[.;]$/, "")}${endOf(i, input.shortcomings.length)}`),
    ),
    heading("IV. KIẾN NGHỊ"),
    body(`Đề nghị ${input.unitName} thực hiện các nội dung sau:`),
    ...input.recommendations.map((r, i) =>
      body([
        { text: `${i + 1}. ${r.text.replace(/[.;]$/, "")}. ` },
        { text: `Thời hạn hoàn thành: trước ngày ${shortDate(r.deadline)}`, italics: true },
        { text: endOf(i, n) },
      ]),
    ),
    heading("V. TỔ CHỨC THỰC HIỆN"),
    body(
      `Đề nghị ${input.unitName} nghiêm túc khắc phục các tồn tại, hạn chế nêu trên; báo cáo kết quả khắc phục kèm tài liệu minh chứng về ${issuer} trước ngày ${shortDate(reportDue)} để tổng hợp, báo cáo Chủ tịch UBND tỉnh./.`,
    ),
    ...closingBlock(
      input.signer,
      input.recipients ?? [
        `${input.unitName};`,
        "Chủ tịch UBND tỉnh (b/c);",
        "Thành viên Đoàn kiểm tra;",
        "Lưu: VT, CCHC.",
      ],
    ),
  ];
  return packDocument({ title: summary, sections: [officialSection(children)] });
}
