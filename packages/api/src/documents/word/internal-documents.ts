import { documentHeader } from "../layout/header";
import { officialSection, packDocument, textWidth } from "../layout/page";
import { closingBlock, twoSignatures } from "../layout/signature";
import { columnWidths, dataTable } from "../layout/tables";
import { body, centered, heading, type Span } from "../layout/text";
import { documentTitle } from "../layout/title";
import type { DocumentHead, IsoDate, Issuer, Signer } from "../types";
import { documentNumber, shortDate, upper } from "../vi-format";

/**
 * The three documents of an internal inspection (kiểm tra nội bộ, plan IV.4), issued in the inspecting
 * unit's own name in the Nghị định 30/2020/NĐ-CP layout: the decision forming the internal team, the
 * minutes of the visit, the conclusion notice.
 */
export interface InternalDocumentFacts {
  issuer: Issuer;
  /** "Chủ tịch UBND huyện Xuân Lộc", "Giám đốc Sở Giáo dục và Đào tạo": who decides. */
  decidingAuthority: string;
  signer: Signer;
  year: number;
  /** The inspected unit as documents name it. */
  targetName: string;
  startDate: IsoDate;
  endDate: IsoDate;
  decision: { number: string; date: IsoDate } | null;
  team: readonly { name: string; position: string; role: "lead" | "member" | "secretary" }[];
  findings: readonly { vi: string; ratingVi: string | null; note: string }[];
  conductedOn: IsoDate | null;
  notice: { number: string } | null;
  summary: string | null;
  recommendations: readonly { text: string; deadline: IsoDate }[];
}

const ROLE_VI = { lead: "Trưởng đoàn", member: "Thành viên", secretary: "Thư ký" } as const;
const ROLE_ORDER = { lead: 0, member: 1, secretary: 2 } as const;
const bold = (text: string): Span => ({ text, bold: true });

function teamTable(team: InternalDocumentFacts["team"]) {
  const [stt, name, office, role] = columnWidths(textWidth(), [8, 32, 38, 22]);
  const ordered = [...team].sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role]);
  return dataTable(
    [
      { header: "STT", width: stt ?? 0, align: "center" },
      { header: "Họ và tên", width: name ?? 0 },
      { header: "Chức vụ", width: office ?? 0 },
      { header: "Nhiệm vụ trong đoàn", width: role ?? 0, align: "center" },
    ],
    ordered.map((m, i) => [String(i + 1), m.name, m.position, ROLE_VI[m.role]]),
  );
}

function findingsTable(findings: InternalDocumentFacts["findings"]) {
  const [stt, item, rating, note] = columnWidths(textWidth(), [8, 38, 16, 38]);
  return dataTable(
    [
      { header: "STT", width: stt ?? 0, align: "center" },
      { header: "Nội dung kiểm tra", width: item ?? 0 },
      { header: "Đánh giá", width: rating ?? 0, align: "center" },
      { header: "Nhận xét", width: note ?? 0 },
    ],
    findings.map((f, i) => [String(i + 1), f.vi, f.ratingVi ?? "", f.note]),
  );
}

const CONTENTS =
  "việc thực hiện cơ chế một cửa, một cửa liên thông; tiếp nhận, giải quyết thủ tục hành chính; ứng dụng công nghệ thông tin; tiếp nhận, xử lý phản ánh, kiến nghị; tác phong, thái độ của công chức tại Bộ phận Một cửa";

/** Quyết định thành lập Đoàn kiểm tra nội bộ công tác cải cách hành chính tại <đơn vị>. */
export async function internalDecisionDocx(f: InternalDocumentFacts): Promise<Buffer> {
  const head: DocumentHead = {
    issuer: f.issuer,
    number: f.decision?.number ?? "",
    date: f.decision?.date ?? f.startDate,
  };
  const summary = `Về việc thành lập Đoàn kiểm tra nội bộ công tác cải cách hành chính tại ${f.targetName}`;
  const children = [
    documentHeader(head),
    ...documentTitle("Quyết định", summary),
    centered(upper(f.decidingAuthority), { bold: true, before: 240 }),
    body(
      "Căn cứ Kế hoạch số 284/KH-UBND ngày 29/12/2022 của UBND tỉnh Đồng Nai về kiểm tra cải cách hành chính, kiểm tra kiểm soát thủ tục hành chính năm 2023 (mục IV.4);",
      { italics: true },
    ),
    body(`Căn cứ kế hoạch kiểm tra nội bộ công tác cải cách hành chính năm ${f.year} của ${f.issuer.name};`, {
      italics: true,
    }),
    centered("QUYẾT ĐỊNH:", { bold: true, before: 240 }),
    body([
      bold("Điều 1. "),
      {
        text: `Thành lập Đoàn kiểm tra nội bộ công tác cải cách hành chính tại ${f.targetName}, gồm các ông (bà) có tên sau:`,
      },
    ]),
    teamTable(f.team),
    body([bold("Điều 2. "), { text: `Đoàn kiểm tra có nhiệm vụ kiểm tra ${CONTENTS}.` }]),
    body(`Thời gian kiểm tra: từ ngày ${shortDate(f.startDate)} đến ngày ${shortDate(f.endDate)}.`),
    body([bold("Điều 3. "), { text: "Quyết định này có hiệu lực kể từ ngày ký." }]),
    body(
      `Thủ trưởng ${f.targetName} và các ông (bà) có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.`,
    ),
    ...closingBlock(f.signer, ["Như Điều 3;", "Lưu: VT."]),
  ];
  return packDocument({ title: summary, sections: [officialSection(children)] });
}

/** Biên bản kiểm tra nội bộ: the visit, the findings per IV.4 ¶2 item, signed by both sides. */
export async function internalMinutesDocx(f: InternalDocumentFacts): Promise<Buffer> {
  const day = f.conductedOn ?? f.startDate;
  const summary = `Kiểm tra nội bộ công tác cải cách hành chính tại ${f.targetName}`;
  const lead = f.team.find((m) => m.role === "lead");
  const children = [
    documentHeader({ issuer: f.issuer, number: "", date: day }),
    ...documentTitle("Biên bản", summary),
    body(
      `Thực hiện Quyết định số ${documentNumber(f.decision?.number ?? "")} ngày ${shortDate(f.decision?.date ?? f.startDate)} của ${f.decidingAuthority}, hôm nay, ngày ${shortDate(day)}, Đoàn kiểm tra nội bộ đã tiến hành kiểm tra tại ${f.targetName}.`,
    ),
    heading("I. THÀNH PHẦN ĐOÀN KIỂM TRA"),
    teamTable(f.team),
    heading("II. KẾT QUẢ KIỂM TRA"),
    findingsTable(f.findings),
    body(
      `Biên bản được lập xong vào ngày ${shortDate(day)}, đã đọc lại cho các thành viên cùng nghe và thống nhất ký tên./.`,
    ),
    ...twoSignatures(
      { heading: `Đại diện ${f.targetName}`, signer: { title: "Thủ trưởng đơn vị", name: "" } },
      { heading: "Đoàn kiểm tra", signer: { title: "Trưởng đoàn", name: lead?.name ?? "" } },
    ),
  ];
  return packDocument({ title: summary, sections: [officialSection(children)] });
}

/** Thông báo kết luận kiểm tra nội bộ, with each recommendation and its deadline. */
export async function internalConclusionDocx(f: InternalDocumentFacts): Promise<Buffer> {
  const summary = `Kết luận kiểm tra nội bộ công tác cải cách hành chính tại ${f.targetName}`;
  const children = [
    documentHeader({ issuer: f.issuer, number: f.notice?.number ?? "", date: f.conductedOn ?? f.startDate }),
    ...documentTitle("Thông báo", summary),
    body(
      `Ngày ${shortDate(f.conductedOn ?? f.startDate)}, Đoàn kiểm tra nội bộ theo Quyết định số ${documentNumber(f.decision?.number ?? "")} ngày ${shortDate(f.decision?.date ?? f.startDate)} đã kiểm tra ${CONTENTS} tại ${f.targetName}. ${f.issuer.name} thông báo kết luận như sau:`,
    ),
    heading("I. KẾT QUẢ KIỂM TRA"),
    findingsTable(f.findings),
    heading("II. KẾT LUẬN"),
    body(f.summary ?? ""),
    heading("III. KIẾN NGHỊ"),
    ...(f.recommendations.length === 0
      ? [body("Không có kiến nghị.")]
      : f.recommendations.map((r, i) =>
          body(`${i + 1}. ${r.text} Thời hạn hoàn thành: ${shortDate(r.deadline)}.`),
        )),
    body(`${f.targetName} báo cáo kết quả thực hiện các kiến nghị trên về ${f.issuer.name} đúng thời hạn./.`),
    ...closingBlock(f.signer, [`${f.targetName};`, "Lưu: VT."]),
  ];
  return packDocument({ title: summary, sections: [officialSection(children)] });
}
