import { describe, expect, it } from "vitest";
import { signIn } from "./helpers/callers";
import { failureOf } from "./helpers/expect-error";
import { adminWith2023Plan, announcedInput, JUNE } from "./helpers/inspections";
import { useTestDb } from "./helpers/test-db";

const t = useTestDb();

describe("scheduling and overlap (R3, R4, R7)", () => {
  it("R7 another lead body, same unit, same year: saved with a warning proposing a joint team", async () => {
    const { admin, plan } = await adminWith2023Plan(t.trx);
    const first = await admin.inspections.create(await announcedInput(t.trx, plan.id, "26431"));
    expect(first.warnings).toEqual([]);
    const { caller: tuPhap } = await signIn(t.trx, "so.tuphap");
    const second = await tuPhap.inspections.create({
      ...(await announcedInput(t.trx, plan.id, "26431")),
      startDate: "2023-09-12",
      endDate: "2023-09-12",
      noticeDate: "2023-08-30",
    });
    expect(second.inspection).toMatchObject({ leadBody: "so_tu_phap", fields: ["tu_phap_ho_tich"] });
    expect(second.warnings).toHaveLength(1);
    expect(second.warnings[0]).toMatchObject({ code: "INSPECTION.OVERLAP_SAME_YEAR", field: "targetUnitId" });
    expect(second.warnings[0]!.message).toMatch(/Sở Nội vụ.*năm 2023.*liên ngành \/ .*joint team/);
    expect(second.jointTeam).toEqual({
      targetUnitId: first.inspection.targetUnit.id,
      leadBodies: ["so_tu_phap", "so_noi_vu"],
      inspectionIds: [first.inspection.id],
    });
    // The dry run tells the same before saving; rescheduling warns again.
    const dry = await admin.inspections.checkSchedule({
      inspectionId: first.inspection.id,
      startDate: "2023-06-14",
      endDate: "2023-06-14",
    });
    expect(dry).toMatchObject({ ok: true, errors: [] });
    expect(dry.warnings.map((w) => w.code)).toEqual(["INSPECTION.OVERLAP_SAME_YEAR"]);
    const moved = await admin.inspections.reschedule({
      inspectionId: first.inspection.id,
      startDate: "2023-06-14",
      endDate: "2023-06-15",
      noticeDate: "2023-06-05",
    });
    expect(moved.inspection).toMatchObject({ startDate: "2023-06-14", endDate: "2023-06-15" });
    expect(moved.warnings.map((w) => w.code)).toEqual(["INSPECTION.OVERLAP_SAME_YEAR"]);
  });

  it("R7 two inspections of one unit on the same days are refused, on create and on reschedule", async () => {
    const { admin, plan } = await adminWith2023Plan(t.trx);
    const first = await admin.inspections.create(await announcedInput(t.trx, plan.id, "26431"));
    const clash = await failureOf(
      admin.inspections.create({
        ...(await announcedInput(t.trx, plan.id, "26431")),
        startDate: "2023-06-13",
        endDate: "2023-06-14",
        noticeDate: "2023-06-02",
      }),
    );
    expect(clash).toMatchObject({ code: "CONFLICT", domainCode: "INSPECTION.OVERLAP_SAME_DAYS" });
    expect(clash.message).toMatch(/13\/06\/2023/);
    const other = await admin.inspections.create({
      ...(await announcedInput(t.trx, plan.id, "26431")),
      startDate: "2023-10-10",
      endDate: "2023-10-10",
      noticeDate: null,
    });
    const moved = await failureOf(
      admin.inspections.reschedule({
        inspectionId: other.inspection.id,
        startDate: JUNE.startDate,
        endDate: JUNE.startDate,
      }),
    );
    expect(moved).toMatchObject({ code: "CONFLICT", domainCode: "INSPECTION.OVERLAP_SAME_DAYS" });
    expect((await admin.inspections.get({ id: other.inspection.id })).startDate).toBe("2023-10-10");
    void first;
  });

  it("R3 holidays (24/01/2023, Tết) and weekends are refused with a message naming the date", async () => {
    const { admin, plan } = await adminWith2023Plan(t.trx);
    const base = { ...(await announcedInput(t.trx, plan.id, "26431")), noticeDate: null };
    const tet = await failureOf(
      admin.inspections.create({ ...base, startDate: "2023-01-24", endDate: "2023-01-24" }),
    );
    expect(tet).toMatchObject({ code: "BAD_REQUEST", domainCode: "SCHEDULE.NON_WORKING_DAY" });
    expect(tet.message).toMatch(
      /24\/01\/2023 là ngày nghỉ lễ \(Tết Nguyên đán\) \/ .*24\/01\/2023 is a public holiday/,
    );
    expect(tet.fieldErrors.startDate).toBeDefined();
    const saturday = await failureOf(
      admin.inspections.create({ ...base, startDate: "2023-06-10", endDate: "2023-06-10" }),
    );
    expect(saturday).toMatchObject({ code: "BAD_REQUEST", domainCode: "SCHEDULE.NON_WORKING_DAY" });
    expect(saturday.message).toMatch(/10\/06\/2023 là thứ Bảy.* \/ .*10\/06\/2023 is a Saturday/);
    const sunday = await failureOf(
      admin.inspections.create({ ...base, startDate: "2023-06-09", endDate: "2023-06-11" }),
    );
    expect(sunday.message).toMatch(/Ngày kết thúc: ngày 11\/06\/2023 là Chủ nhật/);
    expect(sunday.fieldErrors.endDate).toBeDefined();
    const acrossHoliday = await failureOf(
      admin.inspections.create({ ...base, startDate: "2023-04-28", endDate: "2023-05-04" }),
    );
    expect(acrossHoliday).toMatchObject({ domainCode: "SCHEDULE.HOLIDAY_IN_WINDOW" });
    const nextYear = await failureOf(
      admin.inspections.create({ ...base, startDate: "2024-01-09", endDate: "2024-01-09" }),
    );
    expect(nextYear).toMatchObject({ code: "BAD_REQUEST", domainCode: "SCHEDULE.OUTSIDE_YEAR" });
    expect(nextYear.message).toMatch(/09\/01\/2024/);
    const dry = await admin.inspections.checkSchedule({
      planId: plan.id,
      targetUnitId: base.targetUnitId,
      form: "announced",
      startDate: "2023-01-24",
      endDate: "2023-01-24",
    });
    expect(dry.ok).toBe(false);
    expect(dry.errors[0]).toMatchObject({ code: "SCHEDULE.NON_WORKING_DAY", field: "startDate" });
  });

  it("R4 notice too late and a busy team member are refused; a surprise has no notice", async () => {
    const { admin, plan } = await adminWith2023Plan(t.trx);
    const late = await failureOf(
      admin.inspections.create({
        ...(await announcedInput(t.trx, plan.id, "26431")),
        noticeDate: "2023-06-07",
      }),
    );
    expect(late).toMatchObject({ code: "BAD_REQUEST", domainCode: "SCHEDULE.NOTICE_TOO_LATE" });
    expect(late.message).toMatch(/07\/06\/2023.*5 ngày làm việc.*05\/06\/2023/);
    expect(late.fieldErrors.noticeDate).toBeDefined();
    const surprise = await failureOf(
      admin.inspections.create({ ...(await announcedInput(t.trx, plan.id, "26431")), form: "surprise" }),
    );
    expect(surprise.fieldErrors.noticeDate?.[0]).toMatch(/đột xuất/);

    const member = { name: "Nguyễn Văn Hùng", body: "Sở Nội vụ", role: "leader" as const };
    const a = await admin.inspections.create(await announcedInput(t.trx, plan.id, "26431"));
    const b = await admin.inspections.create({
      ...(await announcedInput(t.trx, plan.id, "26434")),
      startDate: "2023-06-13",
      endDate: "2023-06-13",
      noticeDate: "2023-06-02",
    });
    await admin.teams.set({ inspectionId: a.inspection.id, members: [member] });
    const busy = await failureOf(admin.teams.set({ inspectionId: b.inspection.id, members: [member] }));
    expect(busy).toMatchObject({ code: "CONFLICT", domainCode: "SCHEDULE.TEAM_BUSY" });
    expect(busy.message).toMatch(/Nguyễn Văn Hùng \(Sở Nội vụ\).*13\/06\/2023/);
    expect(busy.fieldErrors.members).toBeDefined();
    const c = await admin.inspections.create({
      ...(await announcedInput(t.trx, plan.id, "26434")),
      startDate: "2023-06-20",
      endDate: "2023-06-20",
      noticeDate: null,
    });
    await admin.teams.set({ inspectionId: c.inspection.id, members: [member] });
    const rebook = await failureOf(
      admin.inspections.reschedule({
        inspectionId: c.inspection.id,
        startDate: "2023-06-13",
        endDate: "2023-06-13",
      }),
    );
    expect(rebook).toMatchObject({ domainCode: "SCHEDULE.TEAM_BUSY" });
    const twoLeaders = await failureOf(
      admin.teams.set({
        inspectionId: c.inspection.id,
        members: [member, { ...member, name: "Trần Văn B" }],
      }),
    );
    expect(twoLeaders.fieldErrors.members?.[0]).toMatch(/đúng một trưởng đoàn/);
  });
});
