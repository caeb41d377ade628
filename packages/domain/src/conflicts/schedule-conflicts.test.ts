import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ROLES } from "../access/roles";
import type { Viewer, ViewerAssignment } from "../access/viewer";
import { rangesOverlap } from "../calendar/iso-date";
import { INSPECTION_STATUSES } from "../inspections/inspection-status";
import { mayActOn } from "../inspections/lifecycle";
import { canSeeInspection } from "../rules/visibility";
import { INSPECTION_FORMS } from "../templates/template-types";
import { canSeeConflict, clashesWith, type ScheduledFacts } from "./schedule-conflicts";

const day = fc.integer({ min: 1, max: 20 }).map((d) => `2023-06-${String(d).padStart(2, "0")}`);
const facts = (id: number) =>
  fc
    .record({
      targetUnitId: fc.constantFrom(1, 2),
      form: fc.constantFrom(...INSPECTION_FORMS),
      status: fc.constantFrom(...INSPECTION_STATUSES),
      a: day,
      b: day,
      teamMemberIds: fc.uniqueArray(fc.constantFrom("A (Sở Tư pháp)", "B (Sở Nội vụ)", "C (Sở Xây dựng)"), {
        maxLength: 3,
      }),
    })
    .map(({ a, b, ...r }): ScheduledFacts & { id: number } => {
      const [startDate, endDate] = [a, b].sort() as [string, string];
      return { ...r, id, startDate, endDate };
    });

describe("clashes with hidden inspections (silent conflicts)", () => {
  it("lists only inspections on overlapping days, never a cancelled one, never itself", () => {
    fc.assert(
      fc.property(facts(1), fc.array(facts(2), { maxLength: 1 }), (c, others) => {
        for (const x of clashesWith(c, others)) {
          const o = others.find((y) => y.id === x.otherId)!;
          expect(rangesOverlap(o.startDate, o.endDate, c.startDate, c.endDate)).toBe(true);
          expect(o.status).not.toBe("cancelled");
          expect(x.firstDay >= c.startDate && x.firstDay <= c.endDate).toBe(true);
        }
        expect(clashesWith(c, [{ ...c, id: 1 }])).toEqual([]);
      }),
    );
  });

  it("is symmetric: a clashes with b exactly when b clashes with a (same kinds and members)", () => {
    fc.assert(
      fc.property(facts(1), facts(2), (a, b) => {
        const ab = clashesWith(a, [b]).map((x) => `${x.kind}|${x.member}|${x.firstDay}`);
        const ba = clashesWith(b, [a]).map((x) => `${x.kind}|${x.member}|${x.firstDay}`);
        expect(ab.sort()).toEqual(ba.sort());
      }),
    );
  });

  it("names a clash per shared member and one for the unit", () => {
    const base = { targetUnitId: 1, form: "announced", status: "draft", startDate: "2023-06-14" } as const;
    const mine = { ...base, endDate: "2023-06-15", teamMemberIds: ["A (Sở Tư pháp)", "B (Sở Nội vụ)"] };
    const secret = {
      ...base,
      id: 9,
      form: "surprise",
      status: "scheduled",
      startDate: "2023-06-15",
      endDate: "2023-06-16",
      teamMemberIds: ["B (Sở Nội vụ)"],
    } as const;
    expect(clashesWith(mine, [secret])).toEqual([
      { otherId: 9, kind: "same_days", member: null, firstDay: "2023-06-15" },
      { otherId: 9, kind: "team_member", member: "B (Sở Nội vụ)", firstDay: "2023-06-15" },
    ]);
    expect(clashesWith({ ...mine, form: "remote_dossier", teamMemberIds: [] }, [secret])).toEqual([]);
  });
});

// province 1; district 2 with commune 6; departments 4 (Tư pháp), 5 (Nội vụ)
const PATHS: Record<number, number[]> = { 2: [2, 1], 4: [4, 1], 5: [5, 1], 6: [6, 2, 1] };
const assignment = fc
  .record({
    role: fc.constantFrom(...ROLES),
    unitId: fc.constantFrom(2, 4, 5, 6),
    leadBody: fc.constantFrom("so_noi_vu", "so_tu_phap"),
  })
  .map(({ role, unitId, leadBody }): ViewerAssignment => {
    if (role === "unit_officer") return { role, unitId, unitPath: PATHS[unitId]! };
    if (role === "sector_inspector") return { role, unitId, unitPath: PATHS[unitId]!, leadBody };
    return { role, unitId: null };
  });
const viewer = fc
  .array(assignment, { minLength: 1, maxLength: 3 })
  .map((assignments): Viewer => ({ assignments }));
const NOW = "2023-06-01";
const secret = {
  form: "surprise",
  status: "scheduled",
  targetPath: [6, 2, 1],
  leadBody: "so_noi_vu",
  startDate: "2023-06-14",
} as const;
const sectorOwn = { ...secret, form: "announced", status: "draft", leadBody: "so_tu_phap" } as const;

describe("who may see a conflict: whoever may see both inspections and act on the hidden one", () => {
  it("never shows it to a viewer who cannot see either inspection, or cannot act on the hidden one", () => {
    fc.assert(
      fc.property(viewer, (v) => {
        const sees = canSeeConflict(v, sectorOwn, secret, NOW);
        expect(sees).toBe(
          canSeeInspection(v, sectorOwn, NOW) && canSeeInspection(v, secret, NOW) && mayActOn(v, "so_noi_vu"),
        );
        // The district over the commune, or the commune itself: never, whatever else they hold.
        if (v.assignments.some((a) => a.role === "unit_officer" && (a.unitId === 6 || a.unitId === 2)))
          expect(sees).toBe(false);
      }),
    );
  });

  it("Sở Nội vụ sees it; the Sở Tư pháp inspector who caused it and the leader do not", () => {
    expect(
      canSeeConflict({ assignments: [{ role: "province_admin", unitId: null }] }, sectorOwn, secret, NOW),
    ).toBe(true);
    const tuPhap: Viewer = {
      assignments: [{ role: "sector_inspector", unitId: 4, unitPath: [4, 1], leadBody: "so_tu_phap" }],
    };
    expect(canSeeConflict(tuPhap, sectorOwn, secret, NOW)).toBe(false);
    expect(canSeeConflict({ assignments: [{ role: "leader", unitId: null }] }, sectorOwn, secret, NOW)).toBe(
      false,
    );
    // A secret led by Sở Tư pháp: its own inspector sees the conflict with Sở Nội vụ's inspection.
    expect(
      canSeeConflict(
        tuPhap,
        { ...sectorOwn, leadBody: "so_noi_vu" },
        { ...secret, leadBody: "so_tu_phap" },
        NOW,
      ),
    ).toBe(true);
  });
});
