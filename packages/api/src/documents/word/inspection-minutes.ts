import { byTeamRole, TEAM_ROLE_VI } from "../labels";
import { documentHeader } from "../layout/header";
import { officialSection, packDocument, textWidth } from "../layout/page";
import { twoSignatures } from "../layout/signature";
import { columnWidths, dataTable, type GridCell } from "../layout/tables";
import { body, heading } from "../layout/text";
import { documentTitle } from "../layout/title";
import { templateOf } from "../template-text";
import type { DocumentHead, DocumentRef, IsoDate, Signer } from "../types";
import { documentCitation, longDate } from "../vi-format";
import { type AreaFindings, type FindingLine, groupFindings } from "./findings";
import type { TeamMemberLine } from "./team-decision";

export interface Attendee {
  name: string;
  /** Chức vụ, e.g. "Phó Chủ tịch UBND thành phố". */
  position: string;
}

/** Biên bản kiểm tra: what the team found at the unit, item by item, signed by both sides. */
export interface InspectionMinutesInput {
  /** Usually issued by the team: issuer { parent: "Sở Nội vụ", name: "Đoàn kiểm tra cải cách hành chính" }. */
  head: DocumentHead;
  templateId: string;
  decision: DocumentRef;
  unitName: string;
  /** The day of the meeting (the date line shows `head.date`, usually the same day). */
  date: IsoDate;
  /** "08 giờ 00". */
  startTime: string;
  /** "11 giờ 30". */
  endTime: string;
  place: string;
  team: readonly TeamMemberLine[];
  unitAttendees: readonly Attendee[];
  findings: readonly FindingLine[];
  /** The unit's own remarks, recorded as said. */
  unitOpinion?: string;
  /** The team leader signs on the right, the unit's head on the left. */
  teamLeader: Signer;
  unitHead: Signer;
}

function findingsTable(groups: readonly AreaFindings[]) {
  const [code, item, note, rating] = columnWidths(textWidth(), [9, 38, 37, 16]);
  const rows: GridCell[][] = [];
  for (const g of groups) {
    rows.push([
      { text: `${g.area.code}. ${g.area.vi}`, bold: true, span: 4, align: "left", keepWithNext: true },
    ]);
    for (const f of g.findings) rows.push([f.item.code, f.item.vi, f.note || "–", f.label]);
  }
  return dataTable(
    [
      { header: "Mã", width: code ?? 0, align: "center" },
      { header: "Nội dung kiểm tra", width: item ?? 0 },
      { header: "Kết quả ghi nhận", width: note ?? 0 },
      { header: "Đánh giá", width: rating ?? 0, align: "center" },
    ],
    rows,
  );
}

export async function inspectionMinutesDocx(input: InspectionMinutesInput): Promise<Buffer> {
  const template = templateOf(input.templateId);
  const groups = groupFindings(template, input.findings);
  const summary = `Kiểm tra cải cách hành chính tại ${input.unitName}`;
  const children = [
    documentHeader(input.head),
    ...documentTitle("Biên bản", summary),
    body(
      `Thực hiện ${documentCitation(input.decision)} về việc thành lập Đoàn kiểm tra cải cách hành chính tại ${input.unitName};`,
    ),
    body(
      `Hôm nay, vào lúc ${input.startTime}, ${longDate(input.date)}, tại ${input.place}, Đoàn kiểm tra tiến hành kiểm tra công tác cải cách hành chính, kiểm soát thủ tục hành chính tại ${input.unitName}.`,
    ),
    heading("I. THÀNH PHẦN"),
    heading("1. Đoàn kiểm tra"),
    ...byTeamRole(input.team).map((m) =>
      body(
        `- Ông (bà) ${m.name}, ${m.position ? `${m.position}, ` : ""}${m.body} – ${TEAM_ROLE_VI[m.role]};`,
      ),
    ),
    heading(`2. ${input.unitName}`),
    ...input.unitAttendees.map((a) => body(`- Ông (bà) ${a.name}, ${a.position};`)),
    heading("II. KẾT QUẢ KIỂM TRA"),
    body("Đoàn kiểm tra ghi nhận kết quả kiểm tra theo từng nội dung như sau:"),
    findingsTable(groups),
    ...(input.unitOpinion
      ? [heading(`III. Ý KIẾN CỦA ${input.unitName.toLocaleUpperCase("vi-VN")}`), body(input.unitOpinion)]
      : []),
    body(
      `Buổi kiểm tra kết thúc vào lúc ${input.endTime} cùng ngày. Biên bản đã được đọc lại cho các thành phần tham dự cùng nghe, thống nhất và ký tên. Biên bản được lập thành 02 bản có giá trị như nhau, Đoàn kiểm tra giữ 01 bản, ${input.unitName} giữ 01 bản./.`,
    ),
    ...twoSignatures(
      { heading: "Đại diện đơn vị được kiểm tra", signer: input.unitHead },
      { heading: "Đoàn kiểm tra", signer: input.teamLeader },
    ),
  ];
  return packDocument({ title: `Biên bản ${summary.toLowerCase()}`, sections: [officialSection(children)] });
}
