import { byTeamRole, type DocumentTeamRole, TEAM_ROLE_VI } from "../labels";
import { documentHeader } from "../layout/header";
import { officialSection, packDocument, textWidth } from "../layout/page";
import { closingBlock } from "../layout/signature";
import { columnWidths, dataTable } from "../layout/tables";
import { body, centered, type Span } from "../layout/text";
import { documentTitle } from "../layout/title";
import { areasInOrder, templateOf } from "../template-text";
import type { DocumentHead, IsoDate, PlanRef, Signer } from "../types";
import { planCitation, shortDate, upper } from "../vi-format";

export interface TeamMemberLine {
  name: string;
  /** Chức vụ, e.g. "Phó Giám đốc"; the database keeps only the body, so it is optional. */
  position?: string;
  /** Cơ quan, đơn vị công tác, e.g. "Sở Nội vụ". */
  body: string;
  role: DocumentTeamRole;
}

/** Quyết định thành lập Đoàn kiểm tra cải cách hành chính tại <đơn vị>. */
export interface TeamDecisionInput {
  head: DocumentHead;
  templateId: string;
  plan: PlanRef;
  /** The inspected unit, as the register names it: "UBND Thành phố Biên Hòa". */
  unitName: string;
  /** Who decides, e.g. "Giám đốc Sở Nội vụ": printed in capitals above the legal bases. */
  decidingAuthority: string;
  /** Legal bases before the plan ("Căn cứ Luật …;"); the plan itself is always cited last. */
  legalBases?: readonly string[];
  /** "Theo đề nghị của Trưởng phòng Cải cách hành chính." */
  proposedBy?: string;
  team: readonly TeamMemberLine[];
  /** Content area codes of the template in scope. */
  areas: readonly string[];
  startDate: IsoDate;
  endDate: IsoDate;
  /** Who executes the decision (Điều 3), before "… chịu trách nhiệm thi hành Quyết định này". */
  executors?: string;
  signer: Signer;
  recipients?: readonly string[];
}

const bold = (text: string): Span => ({ text, bold: true });

function teamTable(team: readonly TeamMemberLine[]) {
  const ordered = byTeamRole(team);
  const [stt, name, office, role] = columnWidths(textWidth(), [8, 30, 40, 22]);
  return dataTable(
    [
      { header: "STT", width: stt ?? 0, align: "center" },
      { header: "Họ và tên", width: name ?? 0 },
      { header: "Chức vụ – đơn vị công tác", width: office ?? 0 },
      { header: "Nhiệm vụ trong đoàn", width: role ?? 0, align: "center" },
    ],
    ordered.map((m, i) => [
      String(i + 1),
      m.name,
      m.position ? `${m.position}, ${m.body}` : m.body,
      TEAM_ROLE_VI[m.role],
    ]),
  );
}

export async function teamDecisionDocx(input: TeamDecisionInput): Promise<Buffer> {
  const template = templateOf(input.templateId);
  const areas = areasInOrder(template, input.areas);
  const summary = `Về việc thành lập Đoàn kiểm tra cải cách hành chính tại ${input.unitName}`;
  const bases = [
    ...(input.legalBases ?? []),
    `Căn cứ ${planCitation(input.plan)} về kiểm tra cải cách hành chính, kiểm tra kiểm soát thủ tục hành chính năm ${input.plan.year};`,
    ...(input.proposedBy ? [input.proposedBy] : []),
  ];
  const executors =
    input.executors ??
    "Chánh Văn phòng Sở, Trưởng phòng Cải cách hành chính, Thủ trưởng các cơ quan, đơn vị có liên quan và các ông (bà) có tên tại Điều 1";
  const children = [
    documentHeader(input.head),
    ...documentTitle("Quyết định", summary),
    centered(upper(input.decidingAuthority), { bold: true, before: 240 }),
    ...bases.map((b) => body(b, { italics: true })),
    centered("QUYẾT ĐỊNH:", { bold: true, before: 240 }),
    body([
      bold("Điều 1. "),
      {
        text: `Thành lập Đoàn kiểm tra cải cách hành chính tại ${input.unitName}, gồm các ông (bà) có tên sau:`,
      },
    ]),
    teamTable(input.team),
    body([
      bold("Điều 2. "),
      {
        text: `Đoàn kiểm tra có nhiệm vụ kiểm tra công tác cải cách hành chính, kiểm soát thủ tục hành chính năm ${input.plan.year} tại ${input.unitName} theo các nội dung sau:`,
      },
    ]),
    // The template's own area numbers (1–6), not a renumbering: "4." is area 4 wherever it is printed.
    ...areas.map((a, i) => body(`${a.code}. ${a.vi}${i === areas.length - 1 ? "." : ";"}`)),
    body(`Thời gian kiểm tra: từ ngày ${shortDate(input.startDate)} đến ngày ${shortDate(input.endDate)}.`),
    body(
      "Trưởng đoàn kiểm tra có trách nhiệm phân công nhiệm vụ cho các thành viên, báo cáo kết quả kiểm tra theo quy định. Đoàn kiểm tra tự giải thể sau khi hoàn thành nhiệm vụ.",
    ),
    body([bold("Điều 3. "), { text: "Quyết định này có hiệu lực kể từ ngày ký." }]),
    body(`${executors} chịu trách nhiệm thi hành Quyết định này./.`),
    ...closingBlock(
      input.signer,
      input.recipients ?? ["Như Điều 3;", `${input.unitName};`, "Lưu: VT, CCHC."],
    ),
  ];
  return packDocument({ title: summary, sections: [officialSection(children)] });
}
