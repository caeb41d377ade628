import { hasPermission, type Permission, ROLES, type Role } from "@par/domain";
import { describe, expect, it } from "vitest";
import type { Db } from "../src/db/database";
import { insertEvidence } from "../src/db/evidence.repository";
import { INSPECTION_WRITE } from "../src/inspections/procedures";
import { DEMO_USERS } from "../src/seed/demo-users";
import { anonymous, signIn } from "./helpers/callers";
import { factsOf } from "./helpers/expect-error";
import { pngBytes } from "./helpers/http";
import { buildScopeFixtures, type ScopeFixtures } from "./helpers/inspections";
import { callPath, procedurePaths } from "./helpers/procedures";
import { useTestDb } from "./helpers/test-db";
import { unitIdByCode } from "./helpers/units";

const t = useTestDb();

interface Ids {
  bienHoa: number;
  bienHoaCommune: number;
  xuanLoc: number;
  closable: number;
  /** Plans and inspections (led by Sở Tư pháp, in Biên Hòa), one per lifecycle step. */
  fx: ScopeFixtures;
  /** An evidence file of item 4 of the in-progress inspection. */
  evidenceId: string;
  /** An open scheduling conflict between two of Sở Tư pháp's drafts (visible to every writer). */
  conflictId: number;
}
let seq = 0;

/**
 * Every procedure, the permission it needs ("public" = anyone; a list = any of them), and an input that
 * succeeds for a holder. `outsideBienHoa`: what a unit officer bound outside Biên Hòa gets for that
 * input (the inputs are in Biên Hòa). A procedure missing here fails the first test: add it.
 */
const PROCEDURES: Record<
  string,
  {
    needs: Permission | readonly Permission[] | "public";
    input: (ids: Ids) => unknown;
    outsideBienHoa?: "FORBIDDEN" | "NOT_FOUND";
  }
> = {
  "auth.login": {
    needs: "public",
    input: () => ({ username: "lanhdao", password: process.env.PAR_DEMO_PASSWORD ?? "DongNai@2023" }),
  },
  "auth.logout": { needs: "public", input: () => undefined },
  "auth.me": { needs: "public", input: () => undefined },
  "units.list": { needs: "units.read", input: () => ({ query: "biên" }) },
  "units.page": { needs: "units.read", input: () => ({ query: "biên" }) },
  "units.tierCounts": { needs: "units.read", input: () => ({}) },
  "units.get": { needs: "units.read", input: (ids) => ({ id: ids.bienHoa }), outsideBienHoa: "FORBIDDEN" },
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
  "plans.list": { needs: "plans.read", input: () => undefined },
  "plans.get": { needs: "plans.read", input: () => ({ year: 2023 }) },
  "plans.coverage": { needs: "plans.read", input: () => ({ year: 2023 }) },
  "plans.coverageUnits": { needs: "plans.read", input: () => ({ year: 2023, tier: "commune" }) },
  "plans.create": { needs: "plans.write", input: () => ({ year: 2024, template: "dong-nai-2023" }) },
  "plans.adjustQuotas": {
    needs: "plans.write",
    input: () => ({ year: 2023, quotas: [{ tier: "commune", pct: 25 }] }),
  },
  "plans.approve": {
    needs: "plans.write",
    input: () => ({ year: 2023, number: "284/KH-UBND", issuedDate: "2022-12-29" }),
  },
  "proposal.run": { needs: "plans.write", input: () => ({ year: 2023, seed: 1 }) },
  "proposal.acceptPreview": {
    needs: "plans.write",
    input: (ids) => ({ year: 2023, picks: [{ unitId: ids.fx.freeCommune, month: 10 }] }),
  },
  "proposal.accept": {
    needs: "plans.write",
    input: (ids) => ({
      year: 2023,
      picks: [{ unitId: ids.fx.freeCommune, month: 10 }],
      confirmShortfall: true,
    }),
  },
  "inspections.list": { needs: "inspections.read", input: () => ({ year: 2023 }) },
  "inspections.get": {
    needs: "inspections.read",
    input: (ids) => ({ id: ids.fx.concluded }),
    outsideBienHoa: "NOT_FOUND",
  },
  "inspections.calendar": { needs: "inspections.read", input: () => ({ year: 2023, month: 6 }) },
  "inspections.checkSchedule": {
    needs: INSPECTION_WRITE,
    input: (ids) => ({ inspectionId: ids.fx.draftA, startDate: "2023-07-12", endDate: "2023-07-12" }),
  },
  "inspections.create": {
    needs: INSPECTION_WRITE,
    input: (ids) => ({
      planId: ids.fx.planId,
      targetUnitId: ids.fx.freeCommune,
      form: "announced",
      areas: ["2"],
      leadBody: "so_tu_phap",
      startDate: "2023-08-08",
      endDate: "2023-08-08",
    }),
  },
  "inspections.reschedule": {
    needs: INSPECTION_WRITE,
    input: (ids) => ({ inspectionId: ids.fx.draftA, startDate: "2023-07-13", endDate: "2023-07-13" }),
  },
  "inspections.schedule": { needs: INSPECTION_WRITE, input: (ids) => ({ id: ids.fx.draftB }) },
  "inspections.notify": { needs: INSPECTION_WRITE, input: (ids) => ({ id: ids.fx.scheduled }) },
  "inspections.start": { needs: INSPECTION_WRITE, input: (ids) => ({ id: ids.fx.notified }) },
  "inspections.setDecision": {
    needs: INSPECTION_WRITE,
    input: (ids) => ({ inspectionId: ids.fx.draftA, number: "7/QĐ-STP", date: "2023-06-30" }),
  },
  "inspections.recordFinding": {
    needs: INSPECTION_WRITE,
    input: (ids) => ({ inspectionId: ids.fx.inProgress, itemCode: "4", rating: "dat" }),
  },
  "inspections.conclude": {
    needs: INSPECTION_WRITE,
    input: (ids) => ({
      inspectionId: ids.fx.findingsRecorded,
      number: "5/TB-STP",
      date: "2023-06-01",
      summary: "Kết luận kiểm tra đầy đủ",
    }),
  },
  "inspections.close": { needs: INSPECTION_WRITE, input: (ids) => ({ id: ids.fx.concluded }) },
  "inspections.cancel": {
    needs: INSPECTION_WRITE,
    input: (ids) => ({ id: ids.fx.draftC, reason: "Đổi kế hoạch" }),
  },
  "teams.set": {
    needs: INSPECTION_WRITE,
    input: (ids) => ({
      inspectionId: ids.fx.draftA,
      members: [
        { name: "Phạm Quốc Toàn", body: "Sở Tư pháp", role: "leader" },
        { name: "Lê Thị Mai", body: "Sở Nội vụ", role: "member" },
      ],
    }),
  },
  "recommendations.list": { needs: "inspections.read", input: () => ({}) },
  "recommendations.respond": {
    needs: "recommendations.respond",
    input: (ids) => ({ recommendationId: ids.fx.recommendation, response: "Đã cập nhật đầy đủ" }),
    outsideBienHoa: "NOT_FOUND",
  },
  "recommendations.verify": {
    needs: "recommendations.verify",
    input: (ids) => ({
      recommendationId: ids.fx.recommendation,
      verdict: "resolved",
      verifiedOn: "2023-06-01",
    }),
  },
  "internal.coverage": {
    needs: "internal.read",
    input: (ids) => ({ unitId: ids.bienHoa, year: 2023 }),
    outsideBienHoa: "FORBIDDEN",
  },
  "internal.overview": { needs: "internal.read", input: () => ({ year: 2023 }) },
  "internal.list": { needs: "internal.read", input: () => ({}) },
  "internal.create": {
    needs: "internal.write",
    input: (ids) => ({
      targetUnitId: ids.fx.bienHoaDivision,
      startDate: "2023-06-02",
      endDate: "2023-06-02",
    }),
    outsideBienHoa: "FORBIDDEN",
  },
  "internal.record": {
    needs: "internal.write",
    input: (ids) => ({ id: ids.fx.internalPlanned, conductedOn: "2023-06-01", summary: "Đạt yêu cầu" }),
    outsideBienHoa: "FORBIDDEN",
  },
  "evidence.list": {
    needs: "inspections.read",
    input: (ids) => ({ inspectionId: ids.fx.inProgress }),
    outsideBienHoa: "NOT_FOUND",
  },
  "evidence.remove": { needs: INSPECTION_WRITE, input: (ids) => ({ id: ids.evidenceId }) },
  "documents.available": {
    needs: "inspections.read",
    input: (ids) => ({ inspectionId: ids.fx.concluded }),
    outsideBienHoa: "NOT_FOUND",
  },
  "conflicts.list": { needs: INSPECTION_WRITE, input: () => ({}) },
  "conflicts.resolve": {
    needs: INSPECTION_WRITE,
    input: (ids) => ({ id: ids.conflictId, note: "Đã thống nhất lịch" }),
  },
  "units.importPreview": {
    needs: "units.write",
    input: () => importInput(`IMP${++seq}`),
  },
  "units.importCommit": {
    needs: "units.write",
    input: () => importInput(`IMP${++seq}`),
  },
  "units.setFields": { needs: "units.write", input: (ids) => ({ id: ids.closable, fields: ["dat_dai"] }) },
  "earlier.importPreview": { needs: "units.write", input: () => earlierInput(++seq) },
  "earlier.importCommit": { needs: "units.write", input: () => earlierInput(++seq) },
  "earlier.template": { needs: "units.write", input: () => undefined },
  "units.restructureShipped": { needs: "units.write", input: () => undefined },
  "units.lineage": {
    needs: "units.read",
    input: (ids) => ({ id: ids.bienHoa }),
    outsideBienHoa: "FORBIDDEN",
  },
  "units.restructurePreview": {
    needs: "units.write",
    input: () => ({
      effectiveDate: "2025-03-01",
      rows: [{ op: "rename", sourceCode: "SYT", targetName: `Sở Y tế ${++seq}` }],
    }),
  },
  "units.restructureApply": {
    needs: "units.write",
    input: () => ({
      effectiveDate: "2025-03-01",
      rows: [{ op: "rename", sourceCode: "SYT", targetName: `Sở Y tế ${++seq}` }],
    }),
  },
};

/** One imported conclusion of Thanh tra tỉnh about Biên Hòa, numbered apart each time (never a duplicate). */
function earlierInput(n: number) {
  const csv = `Mã đơn vị;Cơ quan kết luận;Loại cơ quan;Số kết luận;Ngày kết luận;Kiến nghị\n731;Thanh tra tỉnh;Thanh tra;${n}/KL-TTr;15/11/2022;Niêm yết TTHC\n`;
  return { fileName: "kl.csv", contentBase64: Buffer.from(csv).toString("base64") };
}

/** A one-commune catalogue under Huyện Xuân Lộc (741). */
function importInput(code: string) {
  const csv = `code,name,type,parent code\n${code},Xã Nhập Thử,Xã,741\n`;
  return { fileName: "dm.csv", contentBase64: Buffer.from(csv).toString("base64"), validFrom: "2023-07-01" };
}

const holds = (
  assignments: { role: Role; unitId: number | null }[],
  needs: Permission | readonly Permission[],
) => (typeof needs === "string" ? [needs] : needs).some((p) => hasPermission(assignments, p));

async function idsOf(db: Db): Promise<Ids> {
  const fx = await buildScopeFixtures(db);
  return {
    bienHoa: await unitIdByCode(db, "731"),
    bienHoaCommune: await unitIdByCode(db, "25993"),
    xuanLoc: await unitIdByCode(db, "741"),
    closable: await unitIdByCode(db, "26446"),
    fx,
    evidenceId: (
      await insertEvidence(db, {
        id: crypto.randomUUID(),
        inspection_id: fx.inProgress,
        item_code: "4",
        file_name: "quay.png",
        content_type: "image/png",
        size_bytes: pngBytes().length,
        sha256: "0".repeat(64),
        content: pngBytes(),
        uploaded_by: null,
        uploaded_at: new Date(),
      })
    ).id,
    conflictId: (
      await db
        .insertInto("schedule_conflicts")
        .values({
          inspection_id: fx.draftA,
          hidden_inspection_id: fx.draftB,
          kind: "same_days",
          member: null,
          first_day: "2023-07-11",
          detected_at: new Date(),
          detected_by: null,
        })
        .returning("id")
        .executeTakeFirstOrThrow()
    ).id,
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
        const allowed = p.needs === "public" || holds(assignments, p.needs);
        let code = "OK";
        try {
          await callPath(caller, path, p.input(ids));
        } catch (error) {
          code = factsOf(error).code;
        }
        // A unit-bound holder may still be refused a unit outside its scope: the inputs above are in
        // Biên Hòa / Xuân Lộc, so only Biên Hòa's officer reaching Biên Hòa is expected through.
        if (allowed && role === "unit_officer" && p.outsideBienHoa && user.unitCode !== "731") {
          expect(code, `${role} ${path}`).toBe(p.outsideBienHoa);
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
