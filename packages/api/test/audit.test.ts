import { describe, expect, it } from "vitest";
import { NOW, signIn } from "./helpers/callers";
import { failureOf } from "./helpers/expect-error";
import { useTestDb } from "./helpers/test-db";
import { unitIdByCode } from "./helpers/units";

const t = useTestDb();

async function auditRowsAfter(id: number) {
  return t.trx.selectFrom("audit_log").selectAll().where("id", ">", id).orderBy("id").execute();
}
async function lastAuditId() {
  const r = await t.trx
    .selectFrom("audit_log")
    .select((eb) => eb.fn.max("id").as("m"))
    .executeTakeFirst();
  return Number(r?.m ?? 0);
}

describe("audit log", () => {
  it("each mutation leaves exactly one row with who, what, when, before and after", async () => {
    const { caller } = await signIn(t.trx, "snv.admin");
    const admin = await t.trx
      .selectFrom("users")
      .select("id")
      .where("username", "=", "snv.admin")
      .executeTakeFirstOrThrow();
    const xuanLoc = await unitIdByCode(t.trx, "741");

    let mark = await lastAuditId();
    const created = await caller.units.create({
      code: "741.TEST",
      name: "Phòng Thử nghiệm huyện Xuân Lộc",
      kind: "division",
      parentId: xuanLoc,
      validFrom: "2023-03-01",
    });
    let rows = await auditRowsAfter(mark);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      user_id: admin.id,
      action: "create",
      entity: "org_unit",
      entity_id: String(created.id),
      unit_id: created.id,
      before: null,
      after: created,
      ip: "10.0.0.1",
    });
    expect(rows[0]!.at).toEqual(NOW);

    mark = await lastAuditId();
    const updated = await caller.units.update({
      id: created.id,
      name: "Phòng Thử nghiệm 2",
      hasOneStopShop: true,
    });
    rows = await auditRowsAfter(mark);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: "update", before: created, after: updated });

    mark = await lastAuditId();
    const closed = await caller.units.close({ id: created.id, validTo: "2023-12-31" });
    rows = await auditRowsAfter(mark);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: "close", before: updated, after: closed });
    expect(closed.validTo).toBe("2023-12-31");
  });

  it("a refused mutation writes neither the change nor an audit row", async () => {
    const { caller } = await signIn(t.trx, "snv.admin");
    const mark = await lastAuditId();
    const bienHoa = await unitIdByCode(t.trx, "731");
    const f = await failureOf(caller.units.close({ id: bienHoa, validTo: "2023-12-31" }));
    expect(f).toMatchObject({ code: "CONFLICT", domainCode: "UNIT.OPEN_CHILDREN" });
    expect(await auditRowsAfter(mark)).toEqual([]);
    const unit = await t.trx
      .selectFrom("org_units")
      .select("valid_to")
      .where("id", "=", bienHoa)
      .executeTakeFirstOrThrow();
    expect(unit.valid_to).toBeNull();
  });

  it("audit.list filters by user, unit and date, newest first, with a cursor", async () => {
    const { caller } = await signIn(t.trx, "snv.admin");
    const xuanLoc = await unitIdByCode(t.trx, "741");
    const ids: number[] = [];
    for (let i = 1; i <= 5; i++) {
      const u = await caller.units.create({
        code: `741.T${i}`,
        name: `Phòng T${i}`,
        kind: "division",
        parentId: xuanLoc,
        validFrom: "2023-03-01",
      });
      ids.push(u.id);
    }
    const { caller: other } = await signIn(t.trx, "snv.admin", new Date("2023-07-15T02:00:00Z"));
    await other.units.update({ id: ids[0]!, name: "Phòng T1 đổi tên" });

    const page1 = await caller.audit.list({ limit: 2, from: "2023-06-01", to: "2023-06-01" });
    expect(page1.items).toHaveLength(2);
    expect(page1.items[0]!.id).toBeGreaterThan(page1.items[1]!.id);
    expect(page1.items[0]).toMatchObject({ username: "snv.admin", entity: "org_unit", action: "create" });
    const page2 = await caller.audit.list({
      limit: 2,
      from: "2023-06-01",
      to: "2023-06-01",
      cursor: page1.nextCursor,
    });
    const page3 = await caller.audit.list({
      limit: 2,
      from: "2023-06-01",
      to: "2023-06-01",
      cursor: page2.nextCursor,
    });
    const all = [...page1.items, ...page2.items, ...page3.items];
    // 5 creates and 1 login on 1 June; the July login and update are outside the range.
    expect(all.map((r) => r.action).sort()).toEqual([
      "create",
      "create",
      "create",
      "create",
      "create",
      "login",
    ]);
    expect(page3.nextCursor).toBeNull();

    const july = await caller.audit.list({ from: "2023-07-15" });
    expect(july.items.map((r) => r.action).sort()).toEqual(["login", "update"]);
    const byUnit = await caller.audit.list({ unitId: ids[0]! });
    expect(byUnit.items.map((r) => r.action)).toEqual(["update", "create"]);
    const admin = await t.trx
      .selectFrom("users")
      .select("id")
      .where("username", "=", "snv.admin")
      .executeTakeFirstOrThrow();
    const byUser = await caller.audit.list({ userId: admin.id, limit: 200 });
    expect(byUser.items.every((r) => r.userId === admin.id)).toBe(true);
    expect(byUser.items).toHaveLength(8); // 2 logins, 5 creates, 1 update (the seed row has no user)
  });

  it("audit.list pages walk every row once, newest first, whatever the page size; a tampered cursor is refused", async () => {
    const { caller } = await signIn(t.trx, "snv.admin");
    const xuanLoc = await unitIdByCode(t.trx, "741");
    for (let i = 1; i <= 7; i++)
      await caller.units.create({
        code: `741.P${i}`,
        name: `Phòng P${i}`,
        kind: "division",
        parentId: xuanLoc,
        validFrom: "2023-03-01",
      });
    const whole = await caller.audit.list({ limit: 200 });
    for (const limit of [1, 3, 200]) {
      const ids: number[] = [];
      let cursor: string | null = null;
      do {
        const page: Awaited<ReturnType<typeof caller.audit.list>> = await caller.audit.list({
          limit,
          cursor,
        });
        ids.push(...page.items.map((r) => r.id));
        cursor = page.nextCursor;
      } while (cursor !== null);
      expect(ids).toEqual(whole.items.map((r) => r.id));
      expect([...ids].sort((a, b) => b - a)).toEqual(ids);
    }
    const f = await failureOf(caller.audit.list({ cursor: Buffer.from('["x",5]').toString("base64url") }));
    expect(f).toMatchObject({ code: "BAD_REQUEST", domainCode: "INPUT.BAD_CURSOR" });
    expect(f.fieldErrors.cursor).toBeDefined();
  });
});
