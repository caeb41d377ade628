import type { FastifyInstance } from "fastify";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "../src/db/create-db";
import { loadEnv } from "../src/env";
import { buildServer } from "../src/server";
import { vietnamDate } from "../src/time";
import { cookieFor } from "./helpers/http";
import { openTestDb } from "./helpers/test-db";
import { unitIdByCode } from "./helpers/units";

/**
 * The read cache (src/server/read-cache.ts) through HTTP, on the database the server listens to: an
 * answer is kept (a write the database does not announce stays unseen), and every announced change,
 * every write request and another viewer get a fresh answer — above all R5: a kept list never shows
 * the target unit a surprise inspection that has not started.
 */
let handle: DbHandle & { dropSchema?: () => Promise<void> };
let app: FastifyInstance;
const cookies: Record<string, string> = {};

beforeAll(async () => {
  handle = await openTestDb();
  app = await buildServer({ handle, env: loadEnv({}) });
  cookies.admin = await cookieFor(app, "snv.admin");
  cookies.district = await cookieFor(app, "ubnd.bienhoa");
});
afterAll(async () => {
  await app.close();
  await handle.close();
  await handle.dropSchema?.();
});

async function read<T>(who: string, path: string, input: unknown): Promise<T> {
  const res = await app.inject({
    method: "GET",
    url: `/trpc/${path}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`,
    headers: { cookie: cookies[who]! },
  });
  expect(res.statusCode, res.body).toBe(200);
  return (res.json() as { result: { data: { json: T } } }).result.data.json;
}

/** Announcements arrive when the change commits; on PostgreSQL through another connection. */
async function eventually(check: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 50; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error("the change never showed");
}

/** A write the triggers do not see: what only a kept answer can hide. */
async function unannounced(run: (db: typeof handle.db) => Promise<unknown>): Promise<void> {
  await handle.db.connection().execute(async (c) => {
    await sql`set session_replication_role = replica`.execute(c);
    try {
      await run(c);
    } finally {
      await sql`set session_replication_role = origin`.execute(c);
    }
  });
}

const unitName = async (who: string, id: number) =>
  (await read<{ unit: { name: string } }>(who, "units.get", { id })).unit.name;

describe("the read cache", () => {
  it("keeps an answer, and drops it when the database announces a change", async () => {
    const id = await unitIdByCode(handle.db, "SNV");
    const before = await unitName("admin", id);
    await unannounced((db) =>
      db.updateTable("org_units").set({ name: "Tên chưa báo" }).where("id", "=", id).execute(),
    );
    expect(await unitName("admin", id)).toBe(before);
    await handle.db.updateTable("org_units").set({ name: "Tên đã báo" }).where("id", "=", id).execute();
    await eventually(async () => (await unitName("admin", id)) === "Tên đã báo");
    await handle.db.updateTable("org_units").set({ name: before }).where("id", "=", id).execute();
    await eventually(async () => (await unitName("admin", id)) === before);
  });

  it("answers the writer's next read afresh after a write request, without waiting for the announcement", async () => {
    const id = await unitIdByCode(handle.db, "SNV");
    const before = await unitName("admin", id);
    const res = await app.inject({
      method: "POST",
      url: "/trpc/units.update",
      headers: { cookie: cookies.admin!, "content-type": "application/json" },
      payload: JSON.stringify({ json: { id, name: "Sở Nội vụ (đổi tên)" } }),
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(await unitName("admin", id)).toBe("Sở Nội vụ (đổi tên)");
    await unannounced((db) =>
      db.updateTable("org_units").set({ name: before }).where("id", "=", id).execute(),
    );
  });

  it("keeps each viewer's answer apart", async () => {
    const input = { sort: "code", limit: 5 };
    const admin = await read<{ total: number }>("admin", "units.page", input);
    const district = await read<{ total: number }>("district", "units.page", input);
    expect(district.total).toBeLessThan(admin.total);
    expect((await read<{ total: number }>("admin", "units.page", input)).total).toBe(admin.total);
  });

  it("never shows the target unit a surprise inspection before it starts, even from a kept list", async () => {
    const bienHoa = await unitIdByCode(handle.db, "731");
    const row = await handle.db
      .selectFrom("inspections as i")
      .innerJoin("org_units as u", "u.id", "i.target_unit_id")
      .select(["i.id", "i.form", "i.status", "i.start_date"])
      .where(sql<boolean>`${bienHoa} = any(u.path)`)
      .where("i.start_date", "<=", vietnamDate(new Date()))
      .orderBy("i.id")
      .executeTakeFirstOrThrow();
    // An announced inspection that has started: the unit sees it.
    await handle.db
      .updateTable("inspections")
      .set({ status: "in_progress" })
      .where("id", "=", row.id)
      .execute();
    const year = Number(row.start_date.slice(0, 4));
    const seen = async () =>
      (
        await read<{ items: { id: number }[] }>("district", "inspections.list", { year, limit: 200 })
      ).items.some((i) => i.id === row.id);
    expect(await seen()).toBe(true);
    // Made a surprise that has not started: gone from the kept list at once (R5).
    await handle.db
      .updateTable("inspections")
      .set({ form: "surprise", status: "scheduled", notice_date: null })
      .where("id", "=", row.id)
      .execute();
    await eventually(async () => !(await seen()));
    // It starts: the unit sees it.
    await handle.db.updateTable("inspections").set({ status: row.status }).where("id", "=", row.id).execute();
    await eventually(seen);
    expect(row.start_date <= vietnamDate(new Date())).toBe(true);
    await handle.db.updateTable("inspections").set({ form: row.form }).where("id", "=", row.id).execute();
  });
});
