import {
  addWorkingDays,
  type Bilingual,
  buildChecklist,
  defaultDateInYear,
  defaultDecisionDate,
  hasStarted,
  laterDate,
  type PlanTemplate,
  RATING_LABELS,
} from "@par/domain";
import type { Request } from "../access/request";
import { findConclusion, listRecommendationRows } from "../db/conclusion.repository";
import type { ConclusionRow, FindingRow, PlanRow, TeamMemberRow } from "../db/database";
import { provinceOn } from "../db/document.repository";
import { listFindings } from "../db/finding.repository";
import type { InspectionListRow } from "../db/inspection.repository";
import { findPlan } from "../db/plan.repository";
import { listTeams } from "../db/team.repository";
import {
  conclusionNoticeDocx,
  type DocumentRef,
  inspectionMinutesDocx,
  inspectionNoticeDocx,
  type PlanRef,
  teamDecisionDocx,
} from "../documents";
import { fail } from "../errors";
import { readInspection } from "../inspections/inspection-access";
import { templateOf } from "../inspections/viewer";
import { vietnamDate } from "../time";
import { blankNumber, inspectedBodyName, issuingBody } from "./issuers";

export const INSPECTION_DOCUMENTS = ["decision", "notice", "minutes", "conclusion"] as const;
export type InspectionDocument = (typeof INSPECTION_DOCUMENTS)[number];

/** Everything the four documents of an inspection are drawn from, read after the R5 gate. */
export interface InspectionFacts {
  row: InspectionListRow;
  template: PlanTemplate;
  plan: PlanRow;
  team: TeamMemberRow[];
  findings: FindingRow[];
  conclusion: ConclusionRow | undefined;
  /** The conclusion's recommendations in their order. */
  recommendations: { text: string; deadline: string }[];
  provinceName: string;
  today: string;
}

export async function inspectionFacts(q: Request, id: number, field = "id"): Promise<InspectionFacts> {
  const row = await readInspection({ db: q.db, user: q.user, now: q.now }, id, field);
  const plan = await findPlan(q.db, row.plan_id);
  if (!plan) throw new Error(`inspection ${id} has no plan`);
  const today = vietnamDate(q.now);
  return {
    row,
    template: templateOf(row.template_id),
    plan,
    team: await listTeams(q.db, [row.id]),
    findings: await listFindings(q.db, row.id),
    conclusion: await findConclusion(q.db, row.id),
    recommendations: (await listRecommendationRows(q.db, { inspectionId: row.id }))
      .sort((a, b) => a.position - b.position)
      .map((r) => ({ text: r.text, deadline: r.deadline })),
    provinceName: (await provinceOn(q.db, plan.province_id, row.start_date))?.name ?? "Tỉnh Đồng Nai",
    today,
  };
}

/** Why a document cannot be drawn up now, or null when it can. */
export function unavailableReason(f: InspectionFacts, doc: InspectionDocument): Bilingual | null {
  const { row } = f;
  if (row.status === "cancelled") return { vi: "Cuộc kiểm tra đã hủy", en: "The inspection is cancelled" };
  if (f.plan.status !== "approved" || !f.plan.number || !f.plan.issued_date) {
    return {
      vi: "Kế hoạch năm chưa được ban hành (chưa có số, ngày)",
      en: "The year's plan is not issued yet (no number and date)",
    };
  }
  switch (doc) {
    case "decision":
      return f.team.some((m) => m.role === "leader")
        ? null
        : { vi: "Chưa có thành phần đoàn kiểm tra", en: "The inspection team is not set yet" };
    case "notice":
      if (row.form !== "announced")
        return {
          vi: "Chỉ cuộc kiểm tra theo kế hoạch (có thông báo) mới có thông báo",
          en: "Only announced inspections have a notice",
        };
      return row.status === "draft"
        ? { vi: "Cuộc kiểm tra chưa được lên lịch", en: "The inspection is not scheduled yet" }
        : null;
    case "minutes":
      if (!hasStarted(row.status))
        return { vi: "Cuộc kiểm tra chưa bắt đầu", en: "The inspection has not started" };
      return f.findings.length > 0
        ? null
        : { vi: "Chưa ghi nhận kết quả kiểm tra nào", en: "No finding is recorded yet" };
    case "conclusion":
      return f.conclusion
        ? null
        : { vi: "Cuộc kiểm tra chưa có kết luận", en: "The inspection is not concluded yet" };
  }
}

function planRef(plan: PlanRow): PlanRef {
  return { number: plan.number!, date: plan.issued_date!, issuer: plan.issuer ?? "", year: plan.year };
}

const teamLines = (team: readonly TeamMemberRow[]) =>
  team.map((m) => ({ name: m.name, body: m.body, role: m.role }));

/** The checklist's areas: the chosen ones and area 5 when R10 added it. */
const areasOf = (f: InspectionFacts) =>
  buildChecklist(f.template, f.row.areas, f.row.follow_up, f.row.year).areas.map((a) => a.code);

/**
 * The decision forming the team as registered (inspections.setDecision); until then its number is
 * left blank for the clerk and its date is the notice date (else the first day), as it goes out with it.
 */
function decisionHead(f: InspectionFacts): { number: string; date: string } {
  const body = issuingBody(f.template, f.row.lead_body, f.provinceName);
  return {
    number: f.row.decision_number ?? blankNumber("QĐ", body.symbol),
    date:
      f.row.decision_date ??
      defaultDecisionDate({ noticeDate: f.row.notice_date, startDate: f.row.start_date }),
  };
}

/** The decision as the minutes and the conclusion cite it. */
function decisionRef(f: InspectionFacts): DocumentRef {
  const body = issuingBody(f.template, f.row.lead_body, f.provinceName);
  return { kind: "Quyết định", ...decisionHead(f), issuer: body.head };
}

/** The checklist's items by code: area 5 has one per recommendation (R10), which the template does not list. */
const checklistItems = (f: InspectionFacts) =>
  new Map(
    buildChecklist(f.template, f.row.areas, f.row.follow_up, f.row.year)
      .areas.flatMap((a) => a.items)
      .map((i) => [i.code, i]),
  );

/** Findings on the checklist's items, in its order (a finding on an item no longer in it is not printed). */
const findingLines = (f: InspectionFacts) => {
  const items = checklistItems(f);
  const order = [...items.keys()];
  return f.findings
    .filter((x) => items.has(x.item_code))
    .sort((a, b) => order.indexOf(a.item_code) - order.indexOf(b.item_code))
    .map((x) => ({ itemCode: x.item_code, item: items.get(x.item_code)!, rating: x.rating, note: x.note }));
};

export interface GeneratedDocument {
  title: string;
  buffer: Buffer;
}

/** One of the four documents of an inspection, or CONFLICT naming why it cannot be drawn up yet. */
export async function inspectionDocument(
  f: InspectionFacts,
  doc: InspectionDocument,
): Promise<GeneratedDocument> {
  const reason = unavailableReason(f, doc);
  if (reason) fail("DOCUMENT.NOT_AVAILABLE", `${reason.vi} / ${reason.en}`, "id");
  const { row } = f;
  const body = issuingBody(f.template, row.lead_body, f.provinceName);
  const unitName = inspectedBodyName(row.unit_kind, row.unit_name);
  const plan = planRef(f.plan);
  // The notice goes out on its notice date; without one, a day of the inspection's own year, not after it starts.
  const issuedOn = row.notice_date ?? [defaultDateInYear(row.year, f.today), row.start_date].sort()[0]!;
  switch (doc) {
    case "decision":
      return {
        title: `Quyết định thành lập Đoàn kiểm tra CCHC tại ${unitName}`,
        buffer: await teamDecisionDocx({
          head: { issuer: body.issuer, ...decisionHead(f) },
          templateId: row.template_id,
          plan,
          unitName,
          decidingAuthority: body.head,
          team: teamLines(f.team),
          areas: areasOf(f),
          startDate: row.start_date,
          endDate: row.end_date,
          signer: body.signer,
        }),
      };
    case "notice":
      return {
        title: `Thông báo kiểm tra CCHC tại ${unitName}`,
        buffer: await inspectionNoticeDocx({
          head: { issuer: body.issuer, number: blankNumber("TB", body.symbol), date: issuedOn },
          templateId: row.template_id,
          plan,
          // Cited once registered (inspections.setDecision); an unsigned decision is not cited.
          ...(row.decision_number ? { decision: decisionRef(f) } : {}),
          unitName,
          startDate: row.start_date,
          endDate: row.end_date,
          startTime: "08 giờ 00",
          place: `Trụ sở ${unitName}`,
          areas: areasOf(f),
          selfReportDueDate: addWorkingDays(row.start_date, -3),
          unitAttendees: [
            `Lãnh đạo ${unitName}`,
            "công chức phụ trách công tác cải cách hành chính, kiểm soát thủ tục hành chính",
            "công chức làm việc tại Bộ phận Tiếp nhận và Trả kết quả",
          ],
          signer: body.signer,
        }),
      };
    case "minutes": {
      const leader = f.team.find((m) => m.role === "leader");
      // The day the minutes are signed: today, within the inspection's window.
      const date = [laterDate(row.start_date, f.today), row.end_date].sort()[0]!;
      return {
        title: `Biên bản kiểm tra CCHC tại ${unitName}`,
        buffer: await inspectionMinutesDocx({
          head: {
            issuer: {
              parent: body.issuer.name,
              name: "Đoàn kiểm tra cải cách hành chính",
              place: body.issuer.place,
            },
            number: blankNumber("BB", "ĐKT"),
            date,
          },
          templateId: row.template_id,
          decision: decisionRef(f),
          unitName,
          date,
          startTime: "… giờ …",
          endTime: "… giờ …",
          place: `Trụ sở ${unitName}`,
          team: teamLines(f.team),
          unitAttendees: [{ name: "……………………", position: `đại diện ${unitName}` }],
          findings: findingLines(f),
          teamLeader: { title: "Trưởng đoàn", name: leader?.name ?? "" },
          unitHead: { title: "Thủ trưởng đơn vị", name: "" },
        }),
      };
    }
    case "conclusion": {
      const c = f.conclusion!;
      const items = new Map([...checklistItems(f)].map(([code, i]) => [code, i.vi]));
      return {
        title: `Thông báo kết luận kiểm tra CCHC tại ${unitName}`,
        buffer: await conclusionNoticeDocx({
          head: { issuer: body.issuer, number: c.number, date: c.date },
          templateId: row.template_id,
          plan,
          decision: decisionRef(f),
          unitName,
          startDate: row.start_date,
          endDate: row.end_date,
          overview: c.summary,
          findings: findingLines(f),
          shortcomings: f.findings
            .filter((x) => x.rating === "chua_dat" || x.rating === "co_ton_tai")
            .map(
              (x) =>
                `${items.get(x.item_code) ?? x.item_code} (${RATING_LABELS[x.rating].vi.toLowerCase()})${x.note ? `: ${x.note}` : ""}`,
            ),
          recommendations: f.recommendations,
          signer: body.signer,
        }),
      };
    }
  }
}
