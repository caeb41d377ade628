import { describe, expect, it } from "vitest";
import { ROLE_POLICIES, ROLES } from "../access/roles";
import { PROVINCE_RECIPIENTS } from "../notifications/province-inbox";
import {
  isReportOverdue,
  mayReadSentReport,
  owedByProvinceAccounts,
  reportDutiesPick,
  reportDutiesUrl,
  reportsOwedBy,
  SentReportFileParams,
} from "./owed-reports";
import { kindOf, maySendFor, REPORT_KINDS, reportDueDates } from "./report-duties";

const snv = { unitId: 2, kind: "department" as const, leadBodyKind: "home_affairs" as const };
const office = { unitId: 4, kind: "office" as const, leadBodyKind: "office" as const };
const tuPhap = { unitId: 3, kind: "department" as const, leadBodyKind: "sector" as const };
const yTe = { unitId: 5, kind: "department" as const, leadBodyKind: "sector" as const };
const xuanLoc = { unitId: 741, kind: "district" as const, leadBodyKind: null };
const commune = { unitId: 9001, kind: "commune" as const, leadBodyKind: null };
const bodies = [snv, office, tuPhap, yTe, xuanLoc, commune];
const dates = reportDueDates(2023, []);

describe("the reports a body owes, as its own screen lists them (issue 11 §6)", () => {
  it("a sector department's inspector: its field's report, not another department's", () => {
    const owed = reportsOwedBy([{ role: "sector_inspector", unitId: 3 }], bodies, dates);
    expect(owed).toEqual([{ bodyUnitId: 3, kind: "sector_field", period: "year", dueDate: "2023-12-10" }]);
  });

  it("Sở Nội vụ and the office their province-level reports; a district clerk its four CCHC sections", () => {
    expect(
      reportsOwedBy([{ role: "province_admin", unitId: null }], bodies, dates).map((o) => o.kind),
    ).toEqual(["province_results"]);
    expect(
      reportsOwedBy([{ role: "province_office", unitId: null }], bodies, dates).map((o) => o.kind),
    ).toEqual(["tthc_control"]);
    const district = reportsOwedBy([{ role: "unit_officer", unitId: 741 }], bodies, dates);
    expect(district.map((o) => `${o.period}:${o.dueDate}`)).toEqual([
      "q1:2023-03-15",
      "q2:2023-06-15",
      "q3:2023-09-15",
      "year:2023-12-15",
    ]);
  });

  it("a commune and a unit head owe nothing here (the head signs; the clerk records the sending)", () => {
    expect(reportsOwedBy([{ role: "unit_officer", unitId: 9001 }], bodies, dates)).toEqual([]);
    expect(reportsOwedBy([{ role: "unit_head", unitId: 741 }], bodies, dates)).toEqual([]);
  });

  it("overdue: past its due date and not sent; sent late is no longer overdue", () => {
    expect(isReportOverdue("2023-06-15", false, "2023-06-16")).toBe(true);
    expect(isReportOverdue("2023-06-15", false, "2023-06-15")).toBe(false);
    expect(isReportOverdue("2023-06-15", true, "2023-07-01")).toBe(false);
  });

  it("a sent file: the body itself and the receiving province read it, never another body", () => {
    const field = kindOf("sector_field");
    expect(mayReadSentReport([{ role: "sector_inspector", unitId: 3 }], field, tuPhap)).toBe(true);
    expect(mayReadSentReport([{ role: "sector_inspector", unitId: 3 }], field, yTe)).toBe(false);
    expect(mayReadSentReport([{ role: "province_admin", unitId: null }], field, yTe)).toBe(true);
    expect(mayReadSentReport([{ role: "leader", unitId: null }], field, yTe)).toBe(true);
    const section = kindOf("unit_cchc_section");
    expect(mayReadSentReport([{ role: "unit_officer", unitId: 731 }], section, xuanLoc)).toBe(false);
    expect(mayReadSentReport([{ role: "unit_head", unitId: 741 }], section, xuanLoc)).toBe(false);
    expect(mayReadSentReport([{ role: "camera_reviewer", unitId: null }], section, xuanLoc)).toBe(false);
  });

  it("the download's path parameters are parsed with field names in words", () => {
    expect(
      SentReportFileParams.parse({ bodyUnitId: "3", kind: "sector_field", year: "2023", period: "year" }),
    ).toEqual({ bodyUnitId: 3, kind: "sector_field", year: 2023, period: "year" });
    const bad = SentReportFileParams.safeParse({
      bodyUnitId: "x",
      kind: "sector_field",
      year: "2023",
      period: "year",
    });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toMatch(/^Cơ quan báo cáo/);
  });

  it("the province's own report is reminded in the province's inbox, to exactly the roles that send it", () => {
    expect(REPORT_KINDS.filter(owedByProvinceAccounts).map((k) => k.code)).toEqual(["province_results"]);
    const recipient = PROVINCE_RECIPIENTS.province_report_due;
    for (const role of ROLES) {
      const holds = (ROLE_POLICIES[role].permissions as readonly string[]).includes(recipient);
      const sends = [null, 2].some((unitId) =>
        maySendFor([{ role, unitId }], kindOf("province_results"), snv),
      );
      expect(holds, role).toBe(sends);
    }
  });

  it("a reminder's link opens the admin page on its report; a link naming no valid report opens the default", () => {
    const url = reportDutiesUrl(2026, "tthc_control", "year");
    expect(url).toBe("/admin/report-duties?year=2026&kind=tthc_control&period=year");
    expect(reportDutiesPick(url.slice(url.indexOf("?")))).toEqual({
      year: 2026,
      kind: "tthc_control",
      period: "year",
    });
    expect(reportDutiesPick("?kind=tthc_control&period=year&year=abc")).toMatchObject({ year: null });
    expect(reportDutiesPick("?kind=tthc_control&period=q1")).toBeNull();
    expect(reportDutiesPick("?kind=unknown&period=year")).toBeNull();
    expect(reportDutiesPick("")).toBeNull();
  });
});
