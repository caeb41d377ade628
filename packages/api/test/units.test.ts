import { describe, expect, it } from "vitest";
import { type Caller, signIn } from "./helpers/callers";
import { failureOf } from "./helpers/expect-error";
import { useTestDb } from "./helpers/test-db";
import { unitIdByCode, unitsSeen } from "./helpers/units";

const t = useTestDb();

/** Every page of units.oneStopShops, `limit` shops a page. */
async function allShops(caller: Caller, input: { query?: string }, limit: number) {
  const shops = [];
  let cursor: string | null = null;
  do {
    const page = await caller.units.oneStopShops({ ...input, limit, cursor });
    shops.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor !== null);
  return shops;
}
const base = { name: "Phòng Thử nghiệm", validFrom: "2023-01-01" };

describe("units register rules", () => {
  it("refuses a parent of the wrong kind, and a root that is not a province", async () => {
    const { caller } = await signIn(t.trx, "snv.admin");
    const commune = await unitIdByCode(t.trx, "26446");
    const f = await failureOf(
      caller.units.create({ ...base, code: "X1", kind: "division", parentId: commune }),
    );
    expect(f).toMatchObject({ code: "BAD_REQUEST", domainCode: "UNIT.PARENT_KIND" });
    expect(f.fieldErrors.parentId).toBeDefined();
    const root = await failureOf(
      caller.units.create({ ...base, code: "X2", kind: "department", parentId: null }),
    );
    expect(root.domainCode).toBe("UNIT.PARENT_KIND");
  });

  it("refuses a code held by another unit in the same period, allows it in another period", async () => {
    const { caller } = await signIn(t.trx, "snv.admin");
    const province = await unitIdByCode(t.trx, "75");
    const f = await failureOf(
      caller.units.create({ ...base, code: "stp", kind: "department", parentId: province }),
    );
    expect(f).toMatchObject({ code: "CONFLICT", domainCode: "UNIT.CODE_TAKEN" });
    expect(f.fieldErrors.code).toBeDefined();
    const commune = await unitIdByCode(t.trx, "26446");
    await caller.units.close({ id: commune, validTo: "2024-12-31" });
    const successor = await caller.units.create({
      ...base,
      code: "26446",
      name: "Xã Kế Tục",
      kind: "commune",
      parentId: province,
      validFrom: "2025-01-01",
    });
    expect(successor.code).toBe("26446");
  });

  it("refuses a parent not valid for the child's whole period", async () => {
    const { caller } = await signIn(t.trx, "snv.admin");
    const xuanLoc = await unitIdByCode(t.trx, "741");
    const early = await failureOf(
      caller.units.create({
        ...base,
        code: "X3",
        kind: "division",
        parentId: xuanLoc,
        validFrom: "2019-01-01",
      }),
    );
    expect(early).toMatchObject({ code: "BAD_REQUEST", domainCode: "UNIT.PARENT_NOT_VALID" });
  });

  it("refuses to close a unit while children stay valid after the date; closes once they are closed", async () => {
    const { caller } = await signIn(t.trx, "snv.admin");
    const xuanLoc = await unitIdByCode(t.trx, "741");
    const f = await failureOf(caller.units.close({ id: xuanLoc, validTo: "2024-12-31" }));
    expect(f).toMatchObject({ code: "CONFLICT", domainCode: "UNIT.OPEN_CHILDREN" });
    expect(f.message).toMatch(/Huyện Xuân Lộc.* \/ Cannot close/);
    const { children } = await caller.units.get({ id: xuanLoc });
    for (const child of children) await caller.units.close({ id: child.id, validTo: "2024-12-31" });
    const closed = await caller.units.close({ id: xuanLoc, validTo: "2024-12-31" });
    expect(closed.validTo).toBe("2024-12-31");
    const validIn2025 = await unitsSeen(caller, { at: "2025-01-01" });
    expect(validIn2025.some((u) => u.id === xuanLoc || u.parentId === xuanLoc)).toBe(false);
    const history = await unitsSeen(caller, { includeClosed: true });
    expect(history.filter((u) => u.parentId === xuanLoc)).toHaveLength(children.length);
  });

  it("units.get gives ancestors root first and the children", async () => {
    const { caller } = await signIn(t.trx, "lanhdao");
    const ward = await unitIdByCode(t.trx, "25993");
    const detail = await caller.units.get({ id: ward });
    expect(detail.ancestors.map((u) => u.name)).toEqual(["Tỉnh Đồng Nai", "Thành phố Biên Hòa"]);
    expect(detail.children).toEqual([]);
    const bienHoa = await caller.units.get({ id: detail.unit.parentId! });
    expect(bienHoa.children).toHaveLength(30 + 12);
  });

  it("units.oneStopShops pages the counters for camera reviewers; myScope gives province-wide users the province", async () => {
    const { caller } = await signIn(t.trx, "camera.1");
    const shops = await allShops(caller, {}, 37);
    expect(shops.every((u) => u.hasOneStopShop)).toBe(true);
    expect(new Set(shops.map((u) => u.id)).size).toBe(shops.length); // each shop once across pages
    expect(shops.filter((u) => u.kind === "commune")).toHaveLength(170);
    expect((await caller.units.oneStopShops({ limit: 5 })).total).toBe(shops.length);
    // Grouped as the reviewer reads them: agencies, then each district (its own shop first), then the rest.
    const groups = shops.map((s) => s.groupKey).filter((g, i, all) => all.indexOf(g) === i);
    expect(groups[0]).toBe("agency");
    expect(shops.map((s) => s.groupKey)).toEqual(
      [...shops]
        .sort((a, b) => groups.indexOf(a.groupKey) - groups.indexOf(b.groupKey))
        .map((s) => s.groupKey),
    );
    const xuanLoc = shops.filter((s) => s.groupName === "Huyện Xuân Lộc");
    expect(xuanLoc[0]?.kind).toBe("district");
    expect(xuanLoc.length).toBeGreaterThan(10);
    const scope = await caller.units.myScope();
    expect(scope.roots.map((u) => u.name)).toEqual(["Tỉnh Đồng Nai"]);
  });

  it("units.oneStopShops searches the shop's name or code and its district's name, diacritics ignored", async () => {
    const { caller } = await signIn(t.trx, "camera.1");
    const inXuanLoc = await allShops(caller, { query: "xuan loc" }, 200);
    expect(inXuanLoc.length).toBeGreaterThan(10);
    expect(inXuanLoc.every((s) => s.groupName === "Huyện Xuân Lộc" || /xuân lộc/i.test(s.name))).toBe(true);
    expect(await allShops(caller, { query: "%" }, 200)).toEqual([]);
    const one = inXuanLoc[3]!;
    const only = await caller.units.oneStopShops({ id: one.id });
    expect(only.items).toEqual([one]);
    expect(only.total).toBe(1);
  });

  it("update renames, keeps search working, and checks the code", async () => {
    const { caller } = await signIn(t.trx, "snv.admin");
    const commune = await unitIdByCode(t.trx, "26446");
    const renamed = await caller.units.update({ id: commune, name: "Xã Đổi Mới" });
    expect((await unitsSeen(caller, { query: "doi moi" })).map((u) => u.id)).toEqual([renamed.id]);
    const f = await failureOf(caller.units.update({ id: commune, code: "731" }));
    expect(f.domainCode).toBe("UNIT.CODE_TAKEN");
  });
});
