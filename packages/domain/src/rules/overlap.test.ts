import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayNumber, isoOfDay, rangesOverlap } from "../calendar/iso-date";
import { PLAN_TEMPLATES } from "../templates/registry";
import { checkOverlap, type OverlapFacts } from "./overlap";

const template = PLAN_TEMPLATES["dong-nai-2023"];
const base: OverlapFacts = {
  targetUnitId: 26002,
  form: "announced",
  status: "scheduled",
  leadBody: "so_noi_vu",
  startDate: "2023-03-06",
  endDate: "2023-03-07",
};

describe("R7 overlap", () => {
  it("warns when another lead body inspects the unit the same year, and proposes one joint team", () => {
    const existing = [
      { ...base, id: 7, leadBody: "so_tu_phap", startDate: "2023-09-11", endDate: "2023-09-12" },
    ];
    const r = checkOverlap(template, base, existing);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.warnings.map((w) => w.code)).toEqual(["INSPECTION.OVERLAP_SAME_YEAR"]);
    expect(r.value.warnings[0]?.message).toContain("Sở Tư pháp");
    expect(r.value.jointTeam).toEqual({
      targetUnitId: 26002,
      leadBodies: ["so_noi_vu", "so_tu_phap"],
      inspectionIds: [7],
    });
  });

  it("refuses two inspections of one unit on overlapping days", () => {
    const r = checkOverlap(template, base, [
      { ...base, id: 8, startDate: "2023-03-07", endDate: "2023-03-08" },
    ]);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.code).toBe("INSPECTION.OVERLAP_SAME_DAYS");
      expect(r.message).toContain("07/03/2023");
    }
  });

  it("ignores remote checks, cancelled inspections, other units, other years and the inspection itself", () => {
    const existing: OverlapFacts[] = [
      { ...base, id: 1, form: "remote_camera", leadBody: "so_tu_phap" },
      { ...base, id: 2, status: "cancelled", leadBody: "so_tu_phap" },
      { ...base, id: 3, targetUnitId: 1, leadBody: "so_tu_phap" },
      { ...base, id: 4, leadBody: "so_tu_phap", startDate: "2024-03-06", endDate: "2024-03-07" },
      { ...base, id: 5 },
    ];
    expect(checkOverlap(template, { ...base, id: 5 }, existing)).toEqual({
      ok: true,
      value: { warnings: [], jointTeam: null },
    });
  });

  it("refuses exactly when the day ranges intersect", () => {
    const range = fc
      .tuple(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 5 }))
      .map(
        ([s, len]) =>
          [isoOfDay(dayNumber("2023-01-02") + s), isoOfDay(dayNumber("2023-01-02") + s + len)] as const,
      );
    fc.assert(
      fc.property(range, range, ([s1, e1], [s2, e2]) => {
        const r = checkOverlap(template, { ...base, startDate: s1, endDate: e1 }, [
          { ...base, id: 9, startDate: s2, endDate: e2 },
        ]);
        expect(r.ok).toBe(!rangesOverlap(s1, e1, s2, e2));
      }),
    );
  });

  it("warns when the same lead body inspects the unit twice in one year, naming the earlier day", () => {
    const r = checkOverlap(template, base, [
      { ...base, id: 11, startDate: "2023-10-02", endDate: "2023-10-03" },
    ]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.warnings.map((w) => w.code)).toEqual(["INSPECTION.REPEAT_SAME_BODY_YEAR"]);
    expect(r.value.warnings[0]?.message).toContain("Sở Nội vụ");
    expect(r.value.warnings[0]?.message).toContain("02/10/2023");
    expect(r.value.jointTeam).toBeNull();
  });

  it("warns of a repeat exactly when the same body has another on-site visit to the unit that year", () => {
    const body = fc.constantFrom("so_noi_vu", "so_tu_phap", "vp_ubnd_tinh");
    const other = fc.record({
      leadBody: body,
      year: fc.constantFrom(2023, 2024),
      form: fc.constantFrom("announced", "surprise", "remote_camera") as fc.Arbitrary<OverlapFacts["form"]>,
      status: fc.constantFrom("draft", "scheduled", "cancelled") as fc.Arbitrary<OverlapFacts["status"]>,
    });
    fc.assert(
      fc.property(body, fc.array(other, { maxLength: 4 }), (lead, rows) => {
        const existing = rows.map((o, i) => ({
          ...base,
          id: 100 + i,
          leadBody: o.leadBody,
          form: o.form,
          status: o.status,
          startDate: `${o.year}-11-06`,
          endDate: `${o.year}-11-06`,
        }));
        const r = checkOverlap(template, { ...base, leadBody: lead }, existing);
        const expected = rows.some(
          (o) =>
            o.leadBody === lead && o.year === 2023 && o.form !== "remote_camera" && o.status !== "cancelled",
        );
        expect(r.ok && r.value.warnings.some((w) => w.code === "INSPECTION.REPEAT_SAME_BODY_YEAR")).toBe(
          expected,
        );
      }),
    );
  });
});
