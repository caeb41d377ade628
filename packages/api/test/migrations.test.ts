import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "../src/db/create-db";
import { migrateToEmpty, migrateToLatest } from "../src/db/migrate";
import { migrations } from "../src/db/migrations/index";
import { loadEnv } from "../src/env";
import { openTestDb } from "./helpers/test-db";

/** The first migration's tables; later migrations add more, and every one must come and go. */
const FOUNDATION_TABLES = [
  "audit_log",
  "login_attempts",
  "org_units",
  "role_assignments",
  "sessions",
  "users",
];

async function tables(handle: DbHandle): Promise<string[]> {
  const r = await sql<{ name: string }>`
    select table_name as name from information_schema.tables
    where table_schema = current_schema() and table_name not like 'kysely_%' order by table_name`.execute(
    handle.db,
  );
  return r.rows.map((x) => x.name);
}

describe(`migrations`, () => {
  let handle: DbHandle & { dropSchema?: () => Promise<void> };
  beforeAll(async () => {
    handle = await openTestDb({ seeded: false });
  });
  afterAll(async () => {
    await handle.close();
    await handle.dropSchema?.();
  });

  it("run on the database this run asked for", async () => {
    const expected = loadEnv().databaseUrl ? "postgres" : "pglite";
    expect(handle.kind).toBe(expected);
    const { rows } = await sql<{ v: string }>`select version() as v`.execute(handle.db);
    expect(rows[0]!.v.includes("PGlite")).toBe(expected === "pglite");
  });

  it("go up, down and up again on this database", async () => {
    await migrateToLatest(handle.db);
    const first = await tables(handle);
    expect(first).toEqual(expect.arrayContaining(FOUNDATION_TABLES));

    const down = await migrateToEmpty(handle.db);
    expect(down).toEqual(
      Object.keys(migrations)
        .reverse()
        .map((name) => `Down ${name}: Success`),
    );
    expect(await tables(handle)).toEqual([]);

    const up = await migrateToLatest(handle.db);
    expect(up).toEqual(Object.keys(migrations).map((name) => `Up ${name}: Success`));
    expect(await tables(handle)).toEqual(first);
    // Usable after the round trip, constraints included.
    await handle.db
      .insertInto("org_units")
      .values({
        code: "X",
        name: "X",
        search_name: "x",
        kind: "province",
        tier: null,
        parent_id: null,
        valid_from: "2020-01-01",
        valid_to: null,
      })
      .execute();
    await expect(
      handle.db
        .insertInto("org_units")
        .values({
          code: "Y",
          name: "Y",
          search_name: "y",
          kind: "province",
          tier: null,
          parent_id: null,
          valid_from: "2020-01-01",
          valid_to: "2019-01-01",
        })
        .execute(),
    ).rejects.toThrow(/org_units_validity/);
  });
});
