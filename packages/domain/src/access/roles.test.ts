import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PERMISSIONS, ROLE_POLICIES, ROLES, type Role } from "./roles";
import { canOnUnit, scopeRoots } from "./scope";

describe("role registry", () => {
  it("names only known permissions, each once per role", () => {
    for (const role of ROLES) {
      const perms = ROLE_POLICIES[role].permissions;
      for (const p of perms) expect(PERMISSIONS).toContain(p);
      expect(new Set(perms).size).toBe(perms.length);
    }
  });

  it("lets the unit head approve and nothing else that writes", () => {
    const writes = ROLE_POLICIES.unit_head.permissions.filter((p) => !/\.(read|export)$/.test(p));
    expect(writes).toEqual(["submissions.approve"]);
    expect(ROLE_POLICIES.unit_officer.permissions).not.toContain("submissions.approve");
    expect(canOnUnit([{ role: "unit_head", unitId: 731 }], "submissions.approve", [26002, 731, 75])).toBe(
      true,
    );
    expect(canOnUnit([{ role: "unit_head", unitId: 731 }], "submissions.approve", [741, 75])).toBe(false);
  });

  it("leaves the leader read-only", () => {
    const writes = ROLE_POLICIES.leader.permissions.filter(
      (p) => !/\.(read|export)$/.test(p) && p !== "reports.export",
    );
    expect(writes).toEqual([]);
  });
});

describe("canOnUnit", () => {
  it("binds a unit officer to its subtree", () => {
    const officer = [{ role: "unit_officer" as Role, unitId: 731 }];
    expect(canOnUnit(officer, "units.read", [26002, 731, 75])).toBe(true);
    expect(canOnUnit(officer, "units.read", [732, 75])).toBe(false);
    expect(canOnUnit(officer, "units.write", [731, 75])).toBe(false);
  });

  it("lets a province-wide role reach any unit it has the permission for", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1 }), { minLength: 1 }), (path) => {
        expect(canOnUnit([{ role: "province_admin", unitId: null }], "units.write", path)).toBe(true);
        expect(canOnUnit([{ role: "leader", unitId: null }], "units.write", path)).toBe(false);
      }),
    );
  });

  it("gives the scope roots of unit-bound roles", () => {
    expect(scopeRoots([{ role: "unit_officer", unitId: 5 }], "units.read")).toEqual([5]);
    expect(scopeRoots([{ role: "leader", unitId: null }], "units.read")).toBe("all");
    expect(scopeRoots([{ role: "camera_reviewer", unitId: null }], "internal.write")).toEqual([]);
  });
});
