import { documentHeader } from "../layout/header";
import { officialSection, packDocument } from "../layout/page";
import { closingBlock } from "../layout/signature";
import { body, heading } from "../layout/text";
import { documentTitle } from "../layout/title";
import { areasInOrder, templateOf } from "../template-text";
import type { DocumentHead, DocumentRef, IsoDate, PlanRef, Signer } from "../types";
import { documentCitation, planCitation, shortDate } from "../vi-format";

/**
 * Thông báo về việc kiểm tra cải cách hành chính: the schedule sent to a unit before an announced
 * inspection. Never for a surprise inspection (R5): the route must not offer it for one.
 */
export interface InspectionNoticeInput {
  head: DocumentHead;
  templateId: string;
  plan: PlanRef;
  /** The decision forming the team, when it is already signed. */
  decision?: DocumentRef;
  unitName: string;
  startDate: IsoDate;
  endDate: IsoDate;
  /** Hour of the opening meeting, e.g. "08 giờ 00". */
  startTime?: string;
  /** Where the team works, e.g. "Trụ sở UBND Thành phố Biên Hòa". */
  place: string;
  areas: readonly string[];
  /** The date by which the unit sends its self-report (báo cáo tự kiểm tra). */
  selfReportDueDate: IsoDate;
  /** Who of the unit attends, e.g. ["Lãnh đạo UBND thành phố", "Trưởng phòng Nội vụ"]. */
  unitAttendees: readonly string[];
  /** More things to prepare, after the self-report and the records. */
  preparations?: readonly string[];
  /** "Bà Nguyễn Thị Thu Hà, Phòng Cải cách hành chính, điện thoại 0251.3822.xxx". */
  contact?: string;
  signer: Signer;
  recipients?: readonly string[];
}

export async function inspectionNoticeDocx(input: InspectionNoticeInput): Promise<Buffer> {
  const template = templateOf(input.templateId);
  const areas = areasInOrder(template, input.areas);
  const issuer = input.head.issuer.name;
  const summary = `Về việc kiểm tra cải cách hành chính tại ${input.unitName}`;
  const basis = [
    planCitation(input.plan),
    ...(input.decision ? [documentCitation(input.decision)] : []),
  ].join("; ");
  const time = input.startTime ? `${input.startTime}, ` : "";
  const preparations = [
    `Báo cáo tự kiểm tra, đánh giá kết quả thực hiện nhiệm vụ cải cách hành chính, kiểm soát thủ tục hành chính năm ${input.plan.year} theo các nội dung nêu tại mục 4, gửi về ${issuer} trước ngày ${shortDate(input.selfReportDueDate)};`,
    "Hồ sơ, tài liệu, sổ sách, phần mềm có liên quan đến các nội dung kiểm tra để cung cấp cho Đoàn kiểm tra;",
    ...(input.preparations ?? []),
    "Bố trí địa điểm làm việc và thành phần tham dự theo mục 3.",
  ];
  const children = [
    documentHeader(input.head),
    ...documentTitle("Thông báo", summary),
    body(
      `Thực hiện ${basis}, ${issuer} thông báo lịch kiểm tra cải cách hành chính, kiểm soát thủ tục hành chính tại ${input.unitName} như sau:`,
    ),
    heading("1. Thời gian"),
    body(`Từ ${time}ngày ${shortDate(input.startDate)} đến ngày ${shortDate(input.endDate)}.`),
    heading("2. Địa điểm"),
    body(`${input.place}.`),
    heading("3. Thành phần"),
    body(
      input.decision
        ? `- Đoàn kiểm tra theo ${documentCitation(input.decision)};`
        : `- Đoàn kiểm tra của ${issuer};`,
    ),
    body(`- ${input.unitName}: ${input.unitAttendees.join("; ")}.`),
    heading("4. Nội dung kiểm tra"),
    ...areas.map((a, i) => body(`${a.code}. ${a.vi}${i === areas.length - 1 ? "." : ";"}`)),
    heading(`5. Đề nghị ${input.unitName} chuẩn bị`),
    ...preparations.map((p) => body(`- ${p}`)),
    ...(input.contact ? [body(`Thông tin liên hệ: ${input.contact}.`)] : []),
    body(`${issuer} thông báo để ${input.unitName} biết, chuẩn bị và phối hợp thực hiện./.`),
    ...closingBlock(
      input.signer,
      input.recipients ?? [`${input.unitName};`, "Thành viên Đoàn kiểm tra;", "Lưu: VT, CCHC."],
    ),
  ];
  return packDocument({ title: summary, sections: [officialSection(children)] });
}
