import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { internalCoverage } from "../rules/internal-coverage";
import { PLAN_TEMPLATES } from "../templates/registry";
import type { UnitRef } from "../units/unit-ref";
import { INTERNAL_CHECKLIST, internalItem } from "./internal-checklist";
import {
  InternalConcludeInput,
  InternalFindingInput,
  InternalTeamInput,
  reportPeriod,
} from "./internal-schemas";
import { byUrgency, countsTowardDuty, INTERNAL_STATUSES, isOverdue } from "./internal-status";
import { nearbyVisits, nearbyWarning } from "./nearby-visits";

const template = PLAN_TEMPLATES["dong-nai-2023"];
const unit = (id: number, kind: UnitRef["kind"], parentId: number | null): UnitRef => ({
  id,
  kind,
  parentId,
  validFrom: "2020-01-01",
  validTo: null,
});

describe("IV.4 ¶2 checklist", () => {
  it("has the five contents of the plan, unique codes, both languages", () => {
    expect(INTERNAL_CHECKLIST).toHaveLength(5);
    expect(new Set(INTERNAL_CHECKLIST.map((i) => i.code)).size).toBe(5);
    for (const i of INTERNAL_CHECKLIST) expect(i.vi && i.en).toBeTruthy();
    expect(internalItem("tacphong")?.vi).toMatch(/Một cửa/);
  });

  it("refuses a finding on an item outside the checklist, naming it in words", () => {
    const r = InternalFindingInput.safeParse({ id: 1, itemCode: "1a", rating: "dat" });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toMatch(/^Nội dung kiểm tra: .* \/ Checklist item/);
  });
});

describe("R9 pool with field oversight (thuộc phạm vi quản lý ngành, lĩnh vực)", () => {
  const sgd = { ...unit(100, "department", 1), manySubordinates: true };
  const units = [
    sgd,
    unit(101, "division", 100),
    unit(102, "subordinate", 100),
    unit(201, "division", 20), // a district's Phòng GD&ĐT
    unit(301, "division", 30),
    unit(401, "division", 40), // not in the field
  ];

  it("adds the field's units to the tree's, and 50 % of the whole", () => {
    const c = internalCoverage({
      template,
      year: 2023,
      parent: sgd,
      units,
      inspectedUnitIds: [201],
      fieldUnitIds: [201, 301],
    });
    expect(c.poolUnitIds).toEqual([101, 102, 201, 301]);
    expect(c).toMatchObject({ pct: 50, required: 2, done: 1, shortfall: 1 });
  });

  it("property: field data only ever grows the pool, never counts a unit twice nor the parent", () => {
    fc.assert(
      fc.property(fc.subarray([100, 101, 102, 201, 301, 401]), (field) => {
        const base = internalCoverage({ template, year: 2023, parent: sgd, units, inspectedUnitIds: [] });
        const withField = internalCoverage({
          template,
          year: 2023,
          parent: sgd,
          units,
          inspectedUnitIds: [],
          fieldUnitIds: field,
        });
        expect(new Set(withField.poolUnitIds).size).toBe(withField.poolUnitIds.length);
        expect(withField.poolUnitIds).not.toContain(100);
        for (const id of base.poolUnitIds) expect(withField.poolUnitIds).toContain(id);
        expect(withField.required).toBeGreaterThanOrEqual(base.required);
      }),
      { numRuns: 40 },
    );
  });
});

describe("nearby visits (R7 for internal checks)", () => {
  const v = (startDate: string, endDate: string) => ({
    startDate,
    endDate,
    byVi: "UBND tỉnh",
    byEn: "Province",
  });

  it("warns for a visit within a week either side, in dd/mm/yyyy, and not for one further away", () => {
    const w = nearbyWarning({ startDate: "2023-06-12", endDate: "2023-06-13" }, [
      v("2023-06-19", "2023-06-20"),
      v("2023-07-10", "2023-07-10"),
    ]);
    expect(w?.message).toContain("19/06/2023–20/06/2023");
    expect(w?.message).not.toContain("10/07/2023");
    expect(
      nearbyWarning({ startDate: "2023-06-12", endDate: "2023-06-13" }, [v("2023-06-21", "2023-06-21")]),
    ).toBeNull();
  });

  it("property: a visit is near exactly when it is within the margin of the window", () => {
    fc.assert(
      fc.property(fc.integer({ min: -30, max: 30 }), fc.integer({ min: 0, max: 3 }), (offset, len) => {
        const start = `2023-06-${String(15 + 0).padStart(2, "0")}`;
        const day = new Date(Date.UTC(2023, 5, 15 + offset)).toISOString().slice(0, 10);
        const end = new Date(Date.UTC(2023, 5, 15 + offset + len)).toISOString().slice(0, 10);
        const near = nearbyVisits({ startDate: start, endDate: start }, [v(day, end)]).length === 1;
        expect(near).toBe(offset <= 7 && offset + len >= -7);
      }),
      { numRuns: 60 },
    );
  });
});

describe("internal status and recommendations", () => {
  it("counts every stage past planning toward the duty", () => {
    expect(INTERNAL_STATUSES.filter(countsTowardDuty)).toEqual(["done", "concluded", "closed"]);
  });

  it("orders open recommendations overdue first, then by deadline", () => {
    const rows = [
      { id: 1, status: "open" as const, deadline: "2023-09-30" },
      { id: 2, status: "open" as const, deadline: "2023-06-30" },
      { id: 3, status: "done" as const, deadline: "2023-05-01" },
      { id: 4, status: "open" as const, deadline: "2023-08-01" },
    ];
    expect(byUrgency(rows, "2023-08-15").map((r) => r.id)).toEqual([2, 4, 1]);
    expect(isOverdue(rows[2]!, "2023-08-15")).toBe(false);
  });
});

describe("inputs", () => {
  it("needs exactly one team lead", () => {
    const r = InternalTeamInput.safeParse({
      id: 1,
      decisionNumber: "12/QĐ-UBND",
      decisionDate: "2023-06-01",
      members: [{ name: "Nguyễn Văn A", role: "member" }],
    });
    expect(r.error?.issues[0]?.message).toMatch(/^Thành viên đoàn: cần đúng một Trưởng đoàn/);
  });

  it("names a bad recommendation deadline in words", () => {
    const r = InternalConcludeInput.safeParse({
      id: 1,
      conductedOn: "2023-06-01",
      noticeNumber: "5/TB-UBND",
      summary: "Đạt yêu cầu",
      recommendations: [{ text: "Niêm yết đủ TTHC", deadline: "31/12/2023" }],
    });
    expect(r.error?.issues[0]?.message).toMatch(/^Hạn thực hiện kiến nghị: ngày không hợp lệ/);
  });

  it("gives quarters their first and last days", () => {
    expect(reportPeriod(2023, 2)).toEqual({ from: "2023-04-01", to: "2023-06-30" });
    expect(reportPeriod(2023)).toEqual({ from: "2023-01-01", to: "2023-12-31" });
  });
});
