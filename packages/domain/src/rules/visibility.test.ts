import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ROLES } from "../access/roles";
import { canOnUnit } from "../access/scope";
import type { Viewer, ViewerAssignment } from "../access/viewer";
import {
  type INSPECTION_STATUSES,
  PENDING_STATUSES,
  STARTED_STATUSES,
} from "../inspections/inspection-status";
import { INSPECTION_FORMS } from "../templates/template-types";
import { canSeeInspection, isAnnouncedUnpublished, visibleInspections } from "./visibility";

// province 1; districts 2, 3; departments 4 (Tư pháp), 5 (Nội vụ); communes 6, 7 (of 2), 8 (of 3); divisions 9 (of 2), 10 (of 4)
const PARENT: Record<number, number | null> = {
  1: null,
  2: 1,
  3: 1,
  4: 1,
  5: 1,
  6: 2,
  7: 2,
  8: 3,
  9: 2,
  10: 4,
};
const UNITS = Object.keys(PARENT).map(Number);
function pathOf(id: number): number[] {
  const path: number[] = [];
  for (let u: number | null = id; u !== null; u = PARENT[u] ?? null) path.push(u);
  return path;
}
const LEAD_BODIES = ["so_noi_vu", "so_tu_phap", "so_xay_dung"];
const NOW = "2023-06-15";

const assignment = fc
  .record({
    role: fc.constantFrom(...ROLES),
    unitId: fc.constantFrom(...UNITS),
    leadBody: fc.constantFrom(...LEAD_BODIES),
  })
  .map(({ role, unitId, leadBody }): ViewerAssignment => {
    if (role === "unit_officer") return { role, unitId, unitPath: pathOf(unitId) };
    if (role === "sector_inspector") return { role, unitId, unitPath: pathOf(unitId), leadBody };
    return { role, unitId: null };
  });
const viewer = fc
  .array(assignment, { minLength: 1, maxLength: 3 })
  .map((assignments): Viewer => ({ assignments }));
const surprise = (statuses: readonly (typeof INSPECTION_STATUSES)[number][], dates: fc.Arbitrary<string>) =>
  fc.record({
    form: fc.constant("surprise" as const),
    status: fc.constantFrom(...statuses),
    targetPath: fc.constantFrom(...UNITS.filter((u) => u !== 1)).map(pathOf),
    leadBody: fc.constantFrom(...LEAD_BODIES),
    startDate: dates,
  });
const anyDate = fc.constantFrom("2023-01-10", "2023-06-15", "2023-11-30");
const pastDate = fc.constantFrom("2023-01-10", "2023-06-15");

const boundNear = (v: Viewer, path: readonly number[]) =>
  v.assignments.some(
    (a) =>
      (a.role === "unit_officer" || a.role === "sector_inspector") &&
      a.unitId !== null &&
      (path.includes(a.unitId) || (a.unitPath ?? []).includes(path[0]!)),
  );

describe("R5 surprise inspections are invisible to the inspected unit until they start", () => {
  it("never shows an unstarted surprise to a user bound to the target, above it or below it", () => {
    const unstarted = fc.oneof(
      surprise(PENDING_STATUSES, anyDate),
      surprise(["cancelled"], anyDate),
      surprise(STARTED_STATUSES, fc.constant("2023-11-30")),
    );
    fc.assert(
      fc.property(viewer, unstarted, (v, insp) => {
        if (boundNear(v, insp.targetPath)) expect(canSeeInspection(v, insp, NOW)).toBe(false);
      }),
    );
  });

  it("shows a started surprise to exactly those who would see the same inspection announced", () => {
    fc.assert(
      fc.property(viewer, surprise(STARTED_STATUSES, pastDate), (v, insp) => {
        expect(canSeeInspection(v, insp, NOW)).toBe(canSeeInspection(v, { ...insp, form: "announced" }, NOW));
      }),
    );
  });

  it("lets province-wide planners and the leading sector inspector see it before it starts", () => {
    const insp = {
      form: "surprise",
      status: "scheduled",
      targetPath: pathOf(6),
      leadBody: "so_tu_phap",
      startDate: "2023-07-03",
    } as const;
    for (const role of ["province_admin", "province_office", "leader"] as const) {
      expect(canSeeInspection({ assignments: [{ role, unitId: null }] }, insp, NOW)).toBe(true);
    }
    const own = { role: "sector_inspector", unitId: 4, unitPath: pathOf(4), leadBody: "so_tu_phap" } as const;
    expect(canSeeInspection({ assignments: [own] }, insp, NOW)).toBe(true);
    expect(canSeeInspection({ assignments: [{ ...own, leadBody: "so_xay_dung" }] }, insp, NOW)).toBe(false);
  });

  it("hides it from the district over the commune and from a leader who is also the commune's clerk", () => {
    const insp = {
      form: "surprise",
      status: "scheduled",
      targetPath: pathOf(6),
      leadBody: "so_noi_vu",
      startDate: "2023-07-03",
    } as const;
    expect(
      canSeeInspection(
        { assignments: [{ role: "unit_officer", unitId: 2, unitPath: pathOf(2) }] },
        insp,
        NOW,
      ),
    ).toBe(false);
    const both: Viewer = {
      assignments: [
        { role: "leader", unitId: null },
        { role: "unit_officer", unitId: 6, unitPath: pathOf(6) },
      ],
    };
    expect(canSeeInspection(both, insp, NOW)).toBe(false);
    expect(canSeeInspection(both, { ...insp, status: "in_progress", startDate: "2023-06-15" }, NOW)).toBe(
      true,
    );
  });

  it("keeps a surprise secret while its start date is in the future, even if marked in progress", () => {
    const officer: Viewer = { assignments: [{ role: "unit_officer", unitId: 6, unitPath: pathOf(6) }] };
    const insp = {
      form: "surprise",
      status: "in_progress",
      targetPath: pathOf(6),
      leadBody: "so_noi_vu",
      startDate: "2023-06-16",
    } as const;
    expect(canSeeInspection(officer, insp, NOW)).toBe(false);
    expect(canSeeInspection(officer, insp, "2023-06-16T08:00:00+07:00")).toBe(true);
  });

  it("filters lists so that nothing secret is counted", () => {
    const officer: Viewer = { assignments: [{ role: "unit_officer", unitId: 2, unitPath: pathOf(2) }] };
    const base = {
      targetPath: pathOf(7),
      leadBody: "so_noi_vu",
      startDate: "2023-07-03",
      planApproved: true,
    } as const;
    const list = INSPECTION_FORMS.map((form) => ({ ...base, form, status: "scheduled" as const }));
    expect(visibleInspections(officer, list, NOW).map((i) => i.form)).toEqual([
      "announced",
      "remote_dossier",
      "remote_camera",
    ]);
    const reviewer: Viewer = { assignments: [{ role: "camera_reviewer", unitId: null }] };
    expect(visibleInspections(reviewer, list, NOW)).toEqual([]);
  });
});

const announced = fc.record({
  form: fc.constant("announced" as const),
  status: fc.constantFrom(...PENDING_STATUSES, ...STARTED_STATUSES, "cancelled" as const),
  targetPath: fc.constantFrom(...UNITS.filter((u) => u !== 1)).map(pathOf),
  leadBody: fc.constantFrom(...LEAD_BODIES),
  startDate: anyDate,
  planApproved: fc.boolean(),
});

describe("announced inspections reach their unit with the schedule, never as a draft", () => {
  it("publishes exactly: notified or started, or scheduled in an approved plan", () => {
    fc.assert(
      fc.property(announced, (i) => {
        const published =
          i.status === "notified" ||
          (STARTED_STATUSES as readonly string[]).includes(i.status) ||
          (i.status === "scheduled" && i.planApproved);
        expect(isAnnouncedUnpublished(i)).toBe(!published);
      }),
    );
  });

  it("never shows an unpublished one to a user bound at, above or below the target", () => {
    fc.assert(
      fc.property(viewer, announced, (v, i) => {
        if (isAnnouncedUnpublished(i) && boundNear(v, i.targetPath))
          expect(canSeeInspection(v, i, NOW)).toBe(false);
      }),
    );
  });

  it("otherwise follows the ordinary scope: published ones, and unpublished ones for everyone away from the unit", () => {
    fc.assert(
      fc.property(viewer, announced, (v, i) => {
        if (isAnnouncedUnpublished(i) && boundNear(v, i.targetPath)) return;
        expect(canSeeInspection(v, i, NOW)).toBe(canOnUnit(v.assignments, "inspections.read", i.targetPath));
      }),
    );
  });

  it("a commune sees its announced inspection once the plan is approved and it is scheduled, not before", () => {
    const commune: Viewer = { assignments: [{ role: "unit_officer", unitId: 6, unitPath: pathOf(6) }] };
    const i = {
      form: "announced",
      targetPath: pathOf(6),
      leadBody: "so_noi_vu",
      startDate: "2023-07-03",
    } as const;
    expect(canSeeInspection(commune, { ...i, status: "draft", planApproved: true }, NOW)).toBe(false);
    expect(canSeeInspection(commune, { ...i, status: "scheduled", planApproved: false }, NOW)).toBe(false);
    expect(canSeeInspection(commune, { ...i, status: "scheduled" }, NOW)).toBe(false);
    expect(canSeeInspection(commune, { ...i, status: "scheduled", planApproved: true }, NOW)).toBe(true);
    expect(canSeeInspection(commune, { ...i, status: "notified", planApproved: false }, NOW)).toBe(true);
    const admin: Viewer = { assignments: [{ role: "province_admin", unitId: null }] };
    expect(canSeeInspection(admin, { ...i, status: "draft" }, NOW)).toBe(true);
  });
});
