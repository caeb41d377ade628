import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayNumber, isoOfDay } from "../calendar/iso-date";
import { holidayOn, isWorkingDay, workingDaysBetween } from "../calendar/working-days";
import { PLAN_TEMPLATES } from "../templates/registry";
import { checkSchedule, type ScheduleFacts, type TeamBooking } from "./schedule";

const template = PLAN_TEMPLATES["dong-nai-2023"];
const base: ScheduleFacts = {
  form: "announced",
  startDate: "2023-03-13",
  endDate: "2023-03-14",
  noticeDate: "2023-03-06",
};
const check = (inspection: Partial<ScheduleFacts>, bookings: TeamBooking[] = [], year = 2023) =>
  checkSchedule({ template, year, inspection: { ...base, ...inspection }, bookings });
const failure = (r: ReturnType<typeof check>) => (r.ok ? null : { code: r.code, message: r.message });

describe("R3 window inside the plan year, on working days", () => {
  it("accepts a window of working days with a notice 5 working days ahead", () => {
    expect(check({})).toEqual({ ok: true, value: { latestNoticeDate: "2023-03-06", workingDays: 2 } });
  });

  it("says which date is off by its field, and names it by its label in the message", () => {
    const sunday = check({ startDate: "2023-06-09", endDate: "2023-06-11", noticeDate: null });
    expect(sunday.ok || sunday.field).toBe("endDate");
    expect(sunday.ok || sunday.message).toMatch(/^Ngày kết thúc: ngày 11\/06\/2023 là Chủ nhật/);
    const outside = check({ startDate: "2024-01-02", endDate: "2024-01-02", noticeDate: null });
    expect(outside.ok || outside.field).toBe("startDate");
  });

  it("names the holiday in Vietnamese first", () => {
    expect(failure(check({ startDate: "2023-01-24", endDate: "2023-01-27", noticeDate: null }))).toEqual({
      code: "SCHEDULE.NON_WORKING_DAY",
      message:
        "Ngày bắt đầu: ngày 24/01/2023 là ngày nghỉ lễ (Tết Nguyên đán) / Start date: 24/01/2023 is a public holiday (Lunar New Year)",
    });
  });

  it("refuses weekends, holidays inside the window and dates outside the year", () => {
    expect(failure(check({ startDate: "2023-03-11", endDate: "2023-03-13" }))?.message).toContain(
      "11/03/2023 là thứ Bảy",
    );
    expect(failure(check({ startDate: "2023-04-28", endDate: "2023-05-04", noticeDate: null }))?.code).toBe(
      "SCHEDULE.HOLIDAY_IN_WINDOW",
    );
    expect(failure(check({ startDate: "2023-12-29", endDate: "2024-01-02" }))?.code).toBe(
      "SCHEDULE.OUTSIDE_YEAR",
    );
    expect(failure(check({ startDate: "2023-03-14", endDate: "2023-03-13" }))?.code).toBe(
      "SCHEDULE.END_BEFORE_START",
    );
    expect(failure(check({ startDate: "2030-03-13", endDate: "2030-03-14" }, [], 2030))?.code).toBe(
      "SCHEDULE.NO_CALENDAR",
    );
  });

  it("accepts exactly the windows whose ends are working days and that hold no holiday", () => {
    const day = fc.integer({ min: dayNumber("2023-01-01"), max: dayNumber("2023-12-31") });
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 6 }), (d, len) => {
        const [startDate, endDate] = [isoOfDay(d), isoOfDay(Math.min(d + len, dayNumber("2023-12-31")))];
        const r = check({ form: "surprise", startDate, endDate, noticeDate: null });
        const days = Array.from({ length: dayNumber(endDate) - d + 1 }, (_, i) => isoOfDay(d + i));
        const fine =
          isWorkingDay(startDate) && isWorkingDay(endDate) && days.every((x) => holidayOn(x) === null);
        expect(r.ok).toBe(fine);
      }),
    );
  });
});

describe("R4 notice and team", () => {
  it("needs an announced inspection's notice at least N working days before the start", () => {
    const late = failure(check({ noticeDate: "2023-03-07" }));
    expect(late?.code).toBe("SCHEDULE.NOTICE_TOO_LATE");
    expect(late?.message).toContain("06/03/2023");
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30 }), (back) => {
        const noticeDate = isoOfDay(dayNumber("2023-03-13") - back);
        expect(check({ noticeDate }).ok).toBe(workingDaysBetween(noticeDate, "2023-03-13") >= 5);
      }),
    );
  });

  it("refuses a notice date on a surprise inspection", () => {
    expect(failure(check({ form: "surprise" }))?.code).toBe("SCHEDULE.NOTICE_FOR_SURPRISE");
  });

  it("does not put a team member in two inspections on one day", () => {
    const booking: TeamBooking = {
      inspectionId: 4,
      status: "scheduled",
      startDate: "2023-03-14",
      endDate: "2023-03-15",
      teamMemberIds: ["u7"],
    };
    const busy = failure(check({ teamMemberIds: ["u1", "u7"] }, [booking]));
    expect(busy).toEqual({
      code: "SCHEDULE.TEAM_BUSY",
      message:
        "Thành viên đoàn u7 đã tham gia cuộc kiểm tra #4 vào ngày 14/03/2023 / Team member u7 is already on inspection #4 on 14/03/2023",
    });
    expect(check({ teamMemberIds: ["u1"] }, [booking]).ok).toBe(true);
    expect(check({ teamMemberIds: ["u7"] }, [{ ...booking, status: "cancelled" }]).ok).toBe(true);
    expect(check({ id: 4, teamMemberIds: ["u7"] }, [booking]).ok).toBe(true);
  });
});
