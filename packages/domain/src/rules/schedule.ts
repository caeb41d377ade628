import {
  addDays,
  dayNumber,
  formatViDate,
  isoOfDay,
  laterDate,
  monthOf,
  rangesOverlap,
  weekday,
  yearOf,
} from "../calendar/iso-date";
import {
  addWorkingDays,
  holidayOn,
  isWorkingDay,
  VN_CALENDAR,
  type WorkCalendar,
  workingDaysBetween,
} from "../calendar/working-days";
import { err, ok, type Result } from "../core/result";
import type { InspectionStatus } from "../inspections/inspection-status";
import type { InspectionForm, PlanTemplate } from "../templates/template-types";

export interface ScheduleFacts {
  id?: number;
  form: InspectionForm;
  startDate: string;
  endDate: string;
  noticeDate?: string | null;
  /** Team members (thành viên đoàn) by a stable key: user id or another id the API chooses. */
  teamMemberIds?: readonly (string | number)[];
}

/** Another inspection holding team members on some days. */
export interface TeamBooking {
  inspectionId: number;
  status: InspectionStatus;
  startDate: string;
  endDate: string;
  teamMemberIds: readonly (string | number)[];
}

const WEEKDAY_NAMES = [
  { vi: "Chủ nhật", en: "Sunday" },
  { vi: "thứ Hai", en: "Monday" },
  { vi: "thứ Ba", en: "Tuesday" },
  { vi: "thứ Tư", en: "Wednesday" },
  { vi: "thứ Năm", en: "Thursday" },
  { vi: "thứ Sáu", en: "Friday" },
  { vi: "thứ Bảy", en: "Saturday" },
] as const;

/** Messages name a date by its label (what the form shows), never by its field code. */
const DATE_LABELS = {
  startDate: { vi: "Ngày bắt đầu", en: "Start date" },
  endDate: { vi: "Ngày kết thúc", en: "End date" },
} as const;
type DateField = keyof typeof DATE_LABELS;

function dayOffError(date: string, field: DateField, cal: WorkCalendar): Result<never> {
  const label = DATE_LABELS[field];
  const d = formatViDate(date);
  const holiday = holidayOn(date, cal);
  if (holiday) {
    return err(
      "SCHEDULE.NON_WORKING_DAY",
      {
        vi: `${label.vi}: ngày ${d} là ngày nghỉ lễ (${holiday.vi})`,
        en: `${label.en}: ${d} is a public holiday (${holiday.en})`,
      },
      field,
    );
  }
  const name = WEEKDAY_NAMES[weekday(date)]!;
  return err(
    "SCHEDULE.NON_WORKING_DAY",
    {
      vi: `${label.vi}: ngày ${d} là ${name.vi}, không phải ngày làm việc`,
      en: `${label.en}: ${d} is a ${name.en}, not a working day`,
    },
    field,
  );
}

/** Window and calendar (R3): inside the plan year and period, starting and ending on working days, no holiday inside. */
function checkWindow(
  template: PlanTemplate,
  year: number,
  s: ScheduleFacts,
  cal: WorkCalendar,
): Result<null> {
  if (s.endDate < s.startDate) {
    return err("SCHEDULE.END_BEFORE_START", {
      vi: `Ngày kết thúc ${formatViDate(s.endDate)} trước ngày bắt đầu ${formatViDate(s.startDate)}`,
      en: `End date ${formatViDate(s.endDate)} is before the start date ${formatViDate(s.startDate)}`,
    });
  }
  const { fromMonth, toMonth } = template.period;
  for (const [field, date] of [
    ["startDate", s.startDate],
    ["endDate", s.endDate],
  ] as const) {
    if (yearOf(date) !== year || monthOf(date) < fromMonth || monthOf(date) > toMonth) {
      return err(
        "SCHEDULE.OUTSIDE_YEAR",
        {
          vi: `${DATE_LABELS[field].vi}: ngày ${formatViDate(date)} nằm ngoài thời gian kiểm tra của kế hoạch năm ${year} (tháng ${fromMonth}–${toMonth})`,
          en: `${DATE_LABELS[field].en}: ${formatViDate(date)} is outside the plan's ${year} period (months ${fromMonth}–${toMonth})`,
        },
        field,
      );
    }
  }
  if (!cal.years.has(year)) {
    return err("SCHEDULE.NO_CALENDAR", {
      vi: `Chưa có lịch nghỉ lễ năm ${year}; cần bổ sung trước khi lập lịch`,
      en: `No holiday calendar for ${year} yet; add it before scheduling`,
    });
  }
  if (!isWorkingDay(s.startDate, cal)) return dayOffError(s.startDate, "startDate", cal);
  if (!isWorkingDay(s.endDate, cal)) return dayOffError(s.endDate, "endDate", cal);
  for (let d = dayNumber(s.startDate); d <= dayNumber(s.endDate); d++) {
    const date = isoOfDay(d);
    const holiday = holidayOn(date, cal);
    if (holiday) {
      return err("SCHEDULE.HOLIDAY_IN_WINDOW", {
        vi: `Ngày ${formatViDate(date)} là ngày nghỉ lễ (${holiday.vi}) nằm trong thời gian kiểm tra`,
        en: `${formatViDate(date)} is a public holiday (${holiday.en}) inside the inspection window`,
      });
    }
  }
  return ok(null);
}

/** Notice (R4): an announced inspection is notified N working days ahead; a surprise never is. */
function checkNotice(template: PlanTemplate, s: ScheduleFacts, cal: WorkCalendar): Result<string | null> {
  if (s.form === "surprise" && s.noticeDate) {
    return err("SCHEDULE.NOTICE_FOR_SURPRISE", {
      vi: "Kiểm tra đột xuất không được có ngày thông báo",
      en: "A surprise inspection must not have a notice date",
    });
  }
  if (s.form !== "announced") return ok(null);
  const n = template.noticeLeadWorkingDays;
  const latest = addWorkingDays(s.startDate, -n, cal);
  if (s.noticeDate && workingDaysBetween(s.noticeDate, s.startDate, cal) < n) {
    return err("SCHEDULE.NOTICE_TOO_LATE", {
      vi: `Ngày thông báo ${formatViDate(s.noticeDate)} quá sát ngày bắt đầu ${formatViDate(s.startDate)}: cần trước ít nhất ${n} ngày làm việc (chậm nhất ${formatViDate(latest)})`,
      en: `Notice date ${formatViDate(s.noticeDate)} is too close to the start ${formatViDate(s.startDate)}: at least ${n} working days ahead (by ${formatViDate(latest)})`,
    });
  }
  return ok(latest);
}

/** Team (R4): nobody sits on two inspections on one day. */
function checkTeam(s: ScheduleFacts, bookings: readonly TeamBooking[]): Result<null> {
  const members = new Set(s.teamMemberIds ?? []);
  for (const b of bookings) {
    if (b.status === "cancelled" || b.inspectionId === s.id) continue;
    if (!rangesOverlap(b.startDate, b.endDate, s.startDate, s.endDate)) continue;
    const busy = b.teamMemberIds.find((m) => members.has(m));
    if (busy === undefined) continue;
    const day = formatViDate(laterDate(b.startDate, s.startDate));
    return err("SCHEDULE.TEAM_BUSY", {
      vi: `Thành viên đoàn ${busy} đã tham gia cuộc kiểm tra #${b.inspectionId} vào ngày ${day}`,
      en: `Team member ${busy} is already on inspection #${b.inspectionId} on ${day}`,
    });
  }
  return ok(null);
}

/**
 * R3/R4: whether an inspection may take place in this window. Returns the latest allowed notice date
 * for an announced inspection so that the screen can show it before a notice date is chosen.
 */
export function checkSchedule(args: {
  template: PlanTemplate;
  year: number;
  inspection: ScheduleFacts;
  bookings?: readonly TeamBooking[];
  calendar?: WorkCalendar;
}): Result<{ latestNoticeDate: string | null; workingDays: number }> {
  const cal = args.calendar ?? VN_CALENDAR;
  const s = args.inspection;
  const window = checkWindow(args.template, args.year, s, cal);
  if (!window.ok) return window;
  const notice = checkNotice(args.template, s, cal);
  if (!notice.ok) return notice;
  const team = checkTeam(s, args.bookings ?? []);
  if (!team.ok) return team;
  return ok({
    latestNoticeDate: notice.value,
    workingDays: workingDaysBetween(addDays(s.startDate, -1), s.endDate, cal),
  });
}
