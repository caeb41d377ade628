import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createContextInner } from "../src/context";
import type { Db } from "../src/db/database";
import { createCaller } from "../src/root";
import { NOW, signIn } from "./helpers/callers";
import { failureOf } from "./helpers/expect-error";
import { adminWith2023Plan, announcedInput } from "./helpers/inspections";
import { useTestDb } from "./helpers/test-db";
import { countRows } from "./helpers/units";

const t = useTestDb();

/** A caller whose every call carries one Idempotency-Key, as a retrying client sends it. */
async function keyed(db: Db, token: string, key: string, now: Date = NOW) {
  return createCaller(
    await createContextInner({ db, sessionToken: token, now, ip: "10.0.0.1", idempotencyKey: key }),
  );
}

const PLAN_2023 = { year: 2023, template: "dong-nai-2023" } as const;

describe("idempotency keys on creates (tRPC)", () => {
  it("answers the same create with the same key once: one plan, one audit row, the same answer", async () => {
    const { token } = await signIn(t.trx, "snv.admin");
    const key = randomUUID();
    const [plans, audit] = [await countRows(t.trx, "plans"), await countRows(t.trx, "audit_log")];
    const first = await (await keyed(t.trx, token, key)).plans.create(PLAN_2023);
    const again = await (await keyed(t.trx, token, key)).plans.create({
      template: "dong-nai-2023",
      year: 2023,
    });
    expect(again).toEqual(first);
    expect(await countRows(t.trx, "plans")).toBe(plans + 1);
    expect(await countRows(t.trx, "audit_log")).toBe(audit + 1);
    // Without the key the retry is a second create, which the register refuses: the key is what helped.
    const { caller } = await signIn(t.trx, "snv.admin");
    expect((await failureOf(caller.plans.create(PLAN_2023))).domainCode).toBe("PLAN.YEAR_TAKEN");
  });

  it("replays every mutation it was sent with, Dates included (superjson)", async () => {
    await adminWith2023Plan(t.trx);
    const { token } = await signIn(t.trx, "snv.admin");
    const key = randomUUID();
    const approval = { year: 2023, number: "284/KH-UBND", issuedDate: "2022-12-29" };
    const first = await (await keyed(t.trx, token, key)).plans.approve(approval);
    const again = await (await keyed(t.trx, token, key, new Date(NOW.getTime() + 60_000))).plans.approve(
      approval,
    );
    expect(first.approvedAt).toBeInstanceOf(Date);
    expect(again).toEqual(first);
    const audits = await t.trx.selectFrom("audit_log").select("id").where("action", "=", "approve").execute();
    expect(audits).toHaveLength(1);
  });

  it("refuses the same key with other content or on another procedure (409 naming the key), writing nothing", async () => {
    const { token } = await signIn(t.trx, "snv.admin");
    const key = randomUUID();
    await (await keyed(t.trx, token, key)).plans.create(PLAN_2023);
    const plans = await countRows(t.trx, "plans");
    const other = await failureOf(
      (await keyed(t.trx, token, key)).plans.create({ ...PLAN_2023, year: 2024 }),
    );
    expect(other).toMatchObject({ code: "CONFLICT", domainCode: "IDEMPOTENCY.KEY_REUSED" });
    expect(other.message).toContain(key);
    expect(other.message).toMatch(/^Khóa chống trùng .* \/ Idempotency key /);
    expect(other.fieldErrors["Idempotency-Key"]).toBeDefined();
    const province = (
      await t.trx.selectFrom("org_units").select("id").where("code", "=", "75").executeTakeFirstOrThrow()
    ).id;
    const elsewhere = await failureOf(
      (await keyed(t.trx, token, key)).units.create({
        code: "IDEM1",
        name: "Phòng Thử nghiệm",
        kind: "department",
        parentId: province,
        validFrom: "2023-01-01",
      }),
    );
    expect(elsewhere.domainCode).toBe("IDEMPOTENCY.KEY_REUSED");
    expect(await countRows(t.trx, "plans")).toBe(plans);
    expect(await t.trx.selectFrom("org_units").select("id").where("code", "=", "IDEM1").execute()).toEqual(
      [],
    );
  });

  it("lets different users use the same key independently", async () => {
    const { plan } = await adminWith2023Plan(t.trx);
    const admin = await signIn(t.trx, "snv.admin");
    const office = await signIn(t.trx, "vp.ubnd");
    const key = randomUUID();
    const a = await (await keyed(t.trx, admin.token, key)).inspections.create(
      await announcedInput(t.trx, plan.id, "26437"),
    );
    const b = await (await keyed(t.trx, office.token, key)).inspections.create(
      await announcedInput(t.trx, plan.id, "26428"),
    );
    expect(b.inspection.id).not.toBe(a.inspection.id);
    expect(
      await t.trx.selectFrom("inspections").select("id").where("plan_id", "=", plan.id).execute(),
    ).toHaveLength(2);
  });

  it("remembers nothing when the work fails, so the same key may be retried after a correction", async () => {
    const { token } = await signIn(t.trx, "snv.admin");
    const key = randomUUID();
    const refused = await failureOf(
      (await keyed(t.trx, token, key)).plans.create({ year: 2023, template: "dong-nai-2026" }),
    );
    expect(refused.domainCode).toBe("PLAN.TEMPLATE_YEAR");
    const plan = await (await keyed(t.trx, token, key)).plans.create(PLAN_2023);
    expect(plan.year).toBe(2023);
  });

  it("treats a key older than a day as new, and refuses a key that is not a UUID", async () => {
    const { token } = await signIn(t.trx, "snv.admin");
    const key = randomUUID();
    await (await keyed(t.trx, token, key)).plans.create(PLAN_2023);
    const later = new Date(NOW.getTime() + 25 * 3_600_000);
    const { token: laterToken } = await signIn(t.trx, "snv.admin", later);
    const next = await (await keyed(t.trx, laterToken, key, later)).plans.create({
      ...PLAN_2023,
      year: 2024,
    });
    expect(next.year).toBe(2024);
    const bad = await failureOf(
      (await keyed(t.trx, laterToken, "retry-1", later)).plans.create({ ...PLAN_2023, year: 2025 }),
    );
    expect(bad).toMatchObject({ code: "BAD_REQUEST", domainCode: "IDEMPOTENCY.KEY_INVALID" });
    expect(bad.fieldErrors["Idempotency-Key"]).toBeDefined();
  });
});
