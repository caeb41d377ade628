import { describe, expect, it } from "vitest";
import { kindOf, maySendFor, owes, REPORT_KINDS, REPORT_PERIODS, reportDueDates } from "./report-duties";

const snv = { unitId: 2, kind: "department" as const, leadBodyKind: "home_affairs" as const };
const tuPhap = { unitId: 3, kind: "department" as const, leadBodyKind: "sector" as const };
const xuanLoc = { unitId: 741, kind: "district" as const, leadBodyKind: null };

describe("the reports each body owes (issue 11 §6)", () => {
  it("integrity: every kind names known periods, each with a default day", () => {
    for (const k of REPORT_KINDS) {
      expect(k.periods.length).toBeGreaterThan(0);
      for (const p of k.periods) {
        expect(REPORT_PERIODS).toContain(p);
        expect((k.due as Record<string, string>)[p]).toMatch(/^\d\d-\d\d$/);
      }
    }
  });

  it("due dates: the defaults of the year, a province's setting wins", () => {
    const dates = reportDueDates(2023, [{ kind: "tthc_control", period: "year", dueDate: "2023-12-05" }]);
    expect(dates.find((d) => d.kind === "unit_cchc_section" && d.period === "q2")).toEqual({
      kind: "unit_cchc_section",
      period: "q2",
      dueDate: "2023-06-15",
      isDefault: true,
    });
    expect(dates.find((d) => d.kind === "tthc_control")).toMatchObject({
      dueDate: "2023-12-05",
      isDefault: false,
    });
  });

  it("who owes what: Sở Nội vụ its report; a sector department its field's; every district its CCHC section", () => {
    expect(owes(kindOf("province_results"), snv)).toBe(true);
    expect(owes(kindOf("sector_field"), snv)).toBe(false);
    expect(owes(kindOf("sector_field"), tuPhap)).toBe(true);
    expect(owes(kindOf("unit_cchc_section"), xuanLoc)).toBe(true);
    expect(owes(kindOf("unit_cchc_section"), { ...xuanLoc, kind: "commune" })).toBe(false);
  });

  it("only the body itself marks its report sent", () => {
    const clerk = [{ role: "unit_officer" as const, unitId: 741 }];
    expect(maySendFor(clerk, kindOf("unit_cchc_section"), xuanLoc)).toBe(true);
    expect(maySendFor([{ role: "unit_officer", unitId: 731 }], kindOf("unit_cchc_section"), xuanLoc)).toBe(
      false,
    );
    expect(maySendFor([{ role: "province_admin", unitId: null }], kindOf("province_results"), snv)).toBe(
      true,
    );
    expect(maySendFor([{ role: "province_admin", unitId: null }], kindOf("tthc_control"), snv)).toBe(false);
    expect(maySendFor([{ role: "sector_inspector", unitId: 3 }], kindOf("sector_field"), tuPhap)).toBe(true);
    expect(maySendFor([{ role: "sector_inspector", unitId: 4 }], kindOf("sector_field"), tuPhap)).toBe(false);
  });
});
