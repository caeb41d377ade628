import {
  type Clash,
  checkOverlap,
  checkSchedule,
  clashesWith,
  type DomainCode,
  type InspectionForm,
  type JointTeamProposal,
  type PlanTemplate,
  type TeamBooking,
} from "@par/domain";
import { provinceOf } from "../access/province";
import type { TeamMemberRow } from "../db/database";
import type { InspectionListRow } from "../db/inspection.repository";
import { listInspectionRows, visibleInspectionIds } from "../db/inspection.repository";
import { listTeams } from "../db/team.repository";
import { fail } from "../errors";
import { type Reader, visibilityOf } from "./inspection-access";

export interface Verdict {
  code: DomainCode;
  message: string;
  /** The input field the verdict is about, for the form to mark. */
  field: string;
}

export interface ScheduleCandidate {
  id?: number;
  targetUnitId: number;
  form: InspectionForm;
  leadBody: string;
  startDate: string;
  endDate: string;
  noticeDate: string | null;
  teamKeys: readonly string[];
}

export interface ScheduleVerdicts {
  errors: Verdict[];
  warnings: Verdict[];
  latestNoticeDate: string | null;
  workingDays: number | null;
  jointTeam: JointTeamProposal | null;
  /** Clashes with inspections the caller may not see: recorded as conflicts, never shown to it. */
  hidden: Clash[];
}

/** A team member as the "one inspection per day" rule keys them: the name and body the decision prints. */
export function teamKey(m: Pick<TeamMemberRow, "name" | "body">): string {
  return `${m.name.trim()} (${m.body.trim()})`;
}

/** Which input field a scheduling or overlap code is about. */
function fieldOf(code: DomainCode, field: string | undefined): string {
  if (code === "SCHEDULE.NOTICE_TOO_LATE" || code === "SCHEDULE.NOTICE_FOR_SURPRISE") return "noticeDate";
  if (code === "SCHEDULE.TEAM_BUSY") return "members";
  if (code === "SCHEDULE.END_BEFORE_START") return "endDate";
  return field ?? "startDate";
}

const membersOf = (o: InspectionListRow, teams: readonly TeamMemberRow[]) =>
  teams.filter((t) => t.inspection_id === o.id).map(teamKey);

/** A stored inspection as a booking of its team on its days (R4). */
function bookingOf(o: InspectionListRow, teams: readonly TeamMemberRow[]): TeamBooking {
  return {
    inspectionId: o.id,
    status: o.status,
    startDate: o.start_date,
    endDate: o.end_date,
    teamMemberIds: membersOf(o, teams),
  };
}

/**
 * R3/R4/R7 for one candidate window: the domain's verdicts, errors and warnings both, so a screen can
 * show them before saving. Every verdict is computed only from the inspections the caller may see
 * (R5): a refusal that a hidden surprise caused would tell the caller it exists, and when. Clashes
 * with hidden inspections come back apart, in `hidden`, for the command to record as conflicts after
 * saving (never for the caller's answer). The queries are the same whether or not a secret is among
 * the rows, so that the answer's timing does not tell either.
 */
export async function scheduleVerdicts(
  r: Reader,
  template: PlanTemplate,
  year: number,
  c: ScheduleCandidate,
): Promise<ScheduleVerdicts> {
  const errors: Verdict[] = [];
  const warnings: Verdict[] = [];
  // R3/R4 count the province's own teams and days; another province's inspections are not a pile-up here.
  const provinceId = provinceOf(r.user);
  const window = await listInspectionRows(r.db, { provinceId, from: c.startDate, to: c.endDate });
  const sameUnit = (await listInspectionRows(r.db, { provinceId, unitIds: [c.targetUnitId] })).filter(
    (o) => o.start_date.slice(0, 4) === c.startDate.slice(0, 4),
  );
  const seen = await visibleInspectionIds(
    r.db,
    [...window, ...sameUnit].map((o) => o.id),
    await visibilityOf(r),
  );
  const overlapping = window.filter(
    (o) =>
      o.id !== c.id && o.status !== "cancelled" && o.start_date <= c.endDate && o.end_date >= c.startDate,
  );
  const teams = await listTeams(
    r.db,
    overlapping.map((o) => o.id),
  );
  const schedule = checkSchedule({
    template,
    year,
    inspection: {
      form: c.form,
      startDate: c.startDate,
      endDate: c.endDate,
      noticeDate: c.noticeDate,
      teamMemberIds: c.teamKeys,
      ...(c.id !== undefined ? { id: c.id } : {}),
    },
    bookings: overlapping.filter((o) => seen.has(o.id)).map((o) => bookingOf(o, teams)),
  });
  if (!schedule.ok)
    errors.push({
      code: schedule.code,
      message: schedule.message,
      field: fieldOf(schedule.code, schedule.field),
    });

  const facts = (rows: readonly InspectionListRow[]) =>
    rows.map((o) => ({
      id: o.id,
      targetUnitId: o.target_unit_id,
      form: o.form,
      status: o.status,
      leadBody: o.lead_body,
      startDate: o.start_date,
      endDate: o.end_date,
    }));
  const candidate = {
    targetUnitId: c.targetUnitId,
    form: c.form,
    status: "draft" as const,
    leadBody: c.leadBody,
    startDate: c.startDate,
    endDate: c.endDate,
    ...(c.id !== undefined ? { id: c.id } : {}),
  };
  let jointTeam: JointTeamProposal | null = null;
  const clash = checkOverlap(template, candidate, facts(sameUnit.filter((o) => seen.has(o.id))));
  if (!clash.ok) {
    errors.push({ code: clash.code, message: clash.message, field: "startDate" });
  } else {
    for (const w of clash.value.warnings) warnings.push({ ...w, field: "targetUnitId" });
    jointTeam = clash.value.jointTeam;
  }
  const hidden = clashesWith(
    { ...candidate, teamMemberIds: c.teamKeys },
    overlapping
      .filter((o) => !seen.has(o.id))
      .map((o) => ({ ...facts([o])[0]!, teamMemberIds: membersOf(o, teams) })),
  );
  return {
    errors,
    warnings,
    latestNoticeDate: schedule.ok ? schedule.value.latestNoticeDate : null,
    workingDays: schedule.ok ? schedule.value.workingDays : null,
    jointTeam,
    hidden,
  };
}

/** Refuses with the first error, naming its field. */
export function refuseOnErrors(v: ScheduleVerdicts): void {
  const first = v.errors[0];
  if (first) fail(first.code, first.message, first.field);
}
