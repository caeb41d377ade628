import { hasPermission, type Permission, ROLES, type Role } from "@par/domain";
import { describe, expect, it } from "vitest";
import type { Db } from "../src/db/database";
import { DEMO_USERS } from "../src/seed/demo-users";
import { anonymous, signIn } from "./helpers/callers";
import { factsOf } from "./helpers/expect-error";
import { callPath, procedurePaths } from "./helpers/procedures";
import { useTestDb } from "./helpers/test-db";
import { unitIdByCode } from "./helpers/units";

const t = useTestDb();

interface Ids {
  bienHoa: number;
  bienHoaCommune: number;
  xuanLoc: number;
  closable: number;
}
let seq = 0;

/**
 * Every procedure, the permission it needs ("public" = anyone), and an input that succeeds for a holder.
 * A procedure missing here fails the first test: add it with its permission.
 */
const PROCEDURES: Record<string, { needs: Permission | "public"; input: (ids: Ids) => unknown }> = {
  "auth.login": {
    needs: "public",
    input: () => ({ username: "lanhdao", password: process.env.PAR_DEMO_PASSWORD ?? "DongNai@2023" }),
  },
  "auth.logout": { needs: "public", input: () => undefined },
  "auth.me": { needs: "public", input: () => undefined },
  "units.list": { needs: "units.read", input: () => ({ query: "biên" }) },
  "units.tierCounts": { needs: "units.read", input: () => ({}) },
  "units.get": { needs: "units.read", input: (ids) => ({ id: ids.bienHoa }) },
  "units.myScope": { needs: "units.read", input: () => undefined },
  "units.oneStopShops": { needs: "camera.read", input: () => undefined },
  "units.create": {
    needs: "units.write",
    input: (ids) => ({
      code: `T${++seq}`,
      name: "Phòng Thử nghiệm",
      kind: "division",
      parentId: ids.xuanLoc,
      validFrom: "2023-01-01",
    }),
  },
  "units.update": {
    needs: "units.write",
    input: (ids) => ({ id: ids.closable, name: `Xã Đổi Tên ${++seq}` }),
  },
  "units.close": { needs: "units.write", input: (ids) => ({ id: ids.closable, validTo: "2023-12-31" }) },
  "audit.list": { needs: "audit.read", input: () => ({ limit: 5 }) },
};

async function idsOf(db: Db): Promise<Ids> {
  return {
    bienHoa: await unitIdByCode(db, "731"),
    bienHoaCommune: await unitIdByCode(db, "25993"),
    xuanLoc: await unitIdByCode(db, "741"),
    closable: await unitIdByCode(db, "26446"),
  };
}

describe("authorization by role (the domain's role registry)", () => {
  it("covers every procedure of the router", () => {
    expect(Object.keys(PROCEDURES).sort()).toEqual(procedurePaths());
  });

  it("refuses every non-public procedure without a session", async () => {
    const ids = await idsOf(t.trx);
    const { caller } = await anonymous(t.trx);
    for (const [path, p] of Object.entries(PROCEDURES)) {
      if (p.needs === "public") continue;
      let code = "OK";
      try {
        await callPath(caller, path, p.input(ids));
      } catch (error) {
        code = factsOf(error).code;
      }
      expect(code, path).toBe("UNAUTHORIZED");
    }
  });

  for (const role of ROLES) {
    it(`${role}: allowed exactly where the registry grants the permission`, async () => {
      const user = DEMO_USERS.find((u) => u.role === role);
      if (!user) throw new Error(`No demo user for role ${role}: add one to DEMO_USERS`);
      const ids = await idsOf(t.trx);
      const assignments = [{ role: role as Role, unitId: null }];
      for (const [path, p] of Object.entries(PROCEDURES)) {
        const { caller } = await signIn(t.trx, user.username);
        const allowed = p.needs === "public" || hasPermission(assignments, p.needs);
        let code = "OK";
        try {
          await callPath(caller, path, p.input(ids));
        } catch (error) {
          code = factsOf(error).code;
        }
        // A unit-bound holder may still be refused a unit outside its scope: the inputs above are in
        // Biên Hòa / Xuân Lộc, so only Biên Hòa's officer reading Biên Hòa is expected through.
        if (
          allowed &&
          user.unitCode !== null &&
          role === "unit_officer" &&
          path === "units.get" &&
          user.unitCode !== "731"
        ) {
          expect(code, `${role} ${path}`).toBe("FORBIDDEN");
        } else {
          expect(code, `${role} ${path}`).toBe(allowed ? "OK" : "FORBIDDEN");
        }
      }
    });
  }
});

describe("unit scope: ubnd.bienhoa sees Biên Hòa's subtree only", () => {
  it("units.get: every unit inside answers, every unit outside is FORBIDDEN", async () => {
    const all = await t.trx.selectFrom("org_units").select(["id", "parent_id"]).execute();
    const bienHoa = await unitIdByCode(t.trx, "731");
    const parentOf = new Map(all.map((u) => [u.id, u.parent_id]));
    const inside = (id: number): boolean => {
      for (let at: number | null | undefined = id; at != null; at = parentOf.get(at))
        if (at === bienHoa) return true;
      return false;
    };
    const { caller } = await signIn(t.trx, "ubnd.bienhoa");
    let insideCount = 0;
    for (const u of all) {
      let code = "OK";
      try {
        await caller.units.get({ id: u.id });
      } catch (error) {
        code = factsOf(error).code;
      }
      expect(code, `unit ${u.id}`).toBe(inside(u.id) ? "OK" : "FORBIDDEN");
      if (inside(u.id)) insideCount++;
    }
    // Biên Hòa: itself, 30 wards/communes, 12 divisions.
    expect(insideCount).toBe(1 + 30 + 12);
  });

  it("units.list, tierCounts and myScope return the subtree and nothing else", async () => {
    const { caller } = await signIn(t.trx, "ubnd.bienhoa");
    const list = await caller.units.list({});
    expect(list).toHaveLength(43);
    expect(
      list.some((u) => u.name === "Huyện Xuân Lộc" || u.kind === "province" || u.kind === "department"),
    ).toBe(false);
    expect(await caller.units.list({ query: "xuan loc" })).toEqual([]);
    expect(await caller.units.tierCounts({})).toEqual([
      { tier: "agency", count: 0 },
      { tier: "district", count: 1 },
      { tier: "commune", count: 30 },
    ]);
    const scope = await caller.units.myScope();
    expect(scope.roots.map((u) => u.name)).toEqual(["Thành phố Biên Hòa"]);
    expect(new Set(scope.units.map((u) => u.id))).toEqual(new Set(list.map((u) => u.id)));
  });

  it("writes and the audit log are refused (no units.write / audit.read), whatever the unit", async () => {
    const { caller } = await signIn(t.trx, "ubnd.bienhoa");
    const ids = await idsOf(t.trx);
    for (const path of ["units.create", "units.update", "units.close", "audit.list"]) {
      for (const unitId of [ids.bienHoa, ids.bienHoaCommune, ids.xuanLoc]) {
        const input = { ...(PROCEDURES[path]!.input(ids) as object), id: unitId, parentId: unitId, unitId };
        let code = "OK";
        try {
          await callPath(caller, path, input);
        } catch (error) {
          code = factsOf(error).code;
        }
        expect(code, `${path} on ${unitId}`).toBe("FORBIDDEN");
      }
    }
  });

  it("a department officer (so.gddt) reaches its schools, not Biên Hòa", async () => {
    const { caller } = await signIn(t.trx, "so.gddt");
    const list = await caller.units.list({});
    expect(list.filter((u) => u.kind === "subordinate").length).toBeGreaterThanOrEqual(15);
    expect(list.every((u) => u.code === "SGDDT" || u.code.startsWith("SGDDT."))).toBe(true);
    const bienHoa = await unitIdByCode(t.trx, "731");
    let code = "OK";
    try {
      await caller.units.get({ id: bienHoa });
    } catch (error) {
      code = factsOf(error).code;
    }
    expect(code).toBe("FORBIDDEN");
  });
});
