import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canSeeInspection } from "../rules/visibility";
import { ROLE_POLICIES, ROLES } from "./roles";
import { canOnUnit, isProvinceWide, provincesOf, type RoleAssignment, scopeRoots } from "./scope";

// Two provinces: Đồng Nai (root 1, a district 2 under it) and Bình Phước (root 10, a district 11).
const DONG_NAI = 1;
const BINH_PHUOC = 10;
const pathIn = { dn: [2, DONG_NAI], bp: [11, BINH_PHUOC] };

describe("several provinces in one deployment (issue 8 §3)", () => {
  it("a province-wide role reaches its own province and nothing of another, for every permission", () => {
    for (const role of ROLES.filter((r) => ROLE_POLICIES[r].scope === "province")) {
      const a: RoleAssignment[] = [{ role, unitId: null, provinceId: DONG_NAI }];
      for (const permission of ROLE_POLICIES[role].permissions) {
        expect(canOnUnit(a, permission, pathIn.dn)).toBe(true);
        expect(canOnUnit(a, permission, pathIn.bp)).toBe(false);
        expect(scopeRoots(a, permission)).toEqual([DONG_NAI]);
      }
    }
  });

  it("an account without a province reaches nothing with a province-wide role", () => {
    const a: RoleAssignment[] = [{ role: "province_admin", unitId: null, provinceId: null }];
    expect(canOnUnit(a, "units.read", pathIn.dn)).toBe(false);
    expect(scopeRoots(a, "units.read")).toEqual([]);
    expect(provincesOf(a)).toEqual([]);
  });

  it("the national reader reads every province and holds no write permission", () => {
    const a: RoleAssignment[] = [{ role: "national_reader", unitId: null, provinceId: null }];
    expect(canOnUnit(a, "inspections.read", pathIn.dn)).toBe(true);
    expect(canOnUnit(a, "inspections.read", pathIn.bp)).toBe(true);
    expect(scopeRoots(a, "units.read")).toBe("all");
    const writes = ROLE_POLICIES.national_reader.permissions.filter((p) => !/\.(read|export)$/.test(p));
    expect(writes).toEqual([]);
    expect(isProvinceWide(a, "units.write")).toBe(false);
  });

  it("a national reader looking at one province (the switcher) reads only that one", () => {
    const a: RoleAssignment[] = [{ role: "national_reader", unitId: null, provinceId: BINH_PHUOC }];
    expect(canOnUnit(a, "inspections.read", pathIn.dn)).toBe(false);
    expect(canOnUnit(a, "inspections.read", pathIn.bp)).toBe(true);
    expect(scopeRoots(a, "units.read")).toEqual([BINH_PHUOC]);
  });

  it("no account of one province sees an inspection of another, whatever its form or status", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ROLES.filter((r) => r !== "national_reader")),
        fc.constantFrom("announced", "surprise"),
        fc.constantFrom("draft", "scheduled", "notified", "in_progress", "concluded", "closed"),
        (role, form, status) => {
          const bound = role === "unit_officer" || role === "sector_inspector";
          const viewer = {
            assignments: [
              {
                role,
                unitId: bound ? 2 : null,
                unitPath: bound ? pathIn.dn : [],
                provinceId: DONG_NAI,
                leadBody: "so_noi_vu",
              },
            ],
          };
          const facts = {
            form: form as "announced" | "surprise",
            status: status as "draft",
            targetPath: pathIn.bp,
            leadBody: "so_noi_vu",
            startDate: "2023-01-10",
            planApproved: true,
          };
          expect(canSeeInspection(viewer, facts, "2023-06-01")).toBe(false);
        },
      ),
      { numRuns: 100 },
    );
  });
});
