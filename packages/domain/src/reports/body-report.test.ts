import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ROLES } from "../access/roles";
import { BodyReportParams } from "../schemas/file-schemas";
import { mayDraftReportOf } from "./body-report";
import { kindOf, maySendFor, owes } from "./report-duties";

const tuPhap = { unitId: 3, kind: "department" as const, leadBodyKind: "sector" as const };
const office = { unitId: 4, kind: "agency" as const, leadBodyKind: "office" as const };
const xuanLoc = { unitId: 741, kind: "district" as const, leadBodyKind: null };
const as = (role: string, unitId: number | null = null) => [{ role, unitId }] as never;

describe("the reports the system drafts for a body (plan IV.2, IV.3)", () => {
  it("the body itself draws its draft; Sở Nội vụ and the leaders any body's; another department never", () => {
    expect(mayDraftReportOf(as("sector_inspector", 3), kindOf("sector_field"), tuPhap)).toBe(true);
    expect(mayDraftReportOf(as("sector_inspector", 9), kindOf("sector_field"), tuPhap)).toBe(false);
    expect(mayDraftReportOf(as("province_office"), kindOf("tthc_control"), office)).toBe(true);
    expect(mayDraftReportOf(as("province_office"), kindOf("sector_field"), tuPhap)).toBe(false);
    expect(mayDraftReportOf(as("province_admin"), kindOf("sector_field"), tuPhap)).toBe(true);
    expect(mayDraftReportOf(as("leader"), kindOf("tthc_control"), office)).toBe(true);
    expect(mayDraftReportOf(as("unit_officer", 741), kindOf("sector_field"), xuanLoc)).toBe(false);
  });

  it("for any role and body: only a report the body owes, and whoever may send it may draw it", () => {
    const body = fc.record({
      unitId: fc.integer({ min: 1, max: 5 }),
      kind: fc.constantFrom("department", "agency", "district", "commune"),
      leadBodyKind: fc.constantFrom("home_affairs", "office", "sector", null),
    });
    fc.assert(
      fc.property(
        fc.constantFrom(...ROLES),
        fc.option(fc.integer({ min: 1, max: 5 })),
        body,
        fc.constantFrom("tthc_control", "sector_field"),
        (role, unitId, b, code) => {
          const who = as(role, unitId);
          const kind = kindOf(code as never);
          if (!owes(kind, b as never)) expect(mayDraftReportOf(who, kind, b as never)).toBe(false);
          if (maySendFor(who, kind, b as never)) expect(mayDraftReportOf(who, kind, b as never)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("the route's parameters: digits in the path, the field named in words otherwise", () => {
    expect(BodyReportParams.parse({ year: "2023", bodyUnitId: "12" })).toEqual({
      year: 2023,
      bodyUnitId: 12,
    });
    const bad = BodyReportParams.safeParse({ year: "2023", bodyUnitId: "abc" });
    expect(bad.success).toBe(false);
    expect(JSON.stringify(bad.error?.issues)).toContain("Cơ quan báo cáo");
  });
});
