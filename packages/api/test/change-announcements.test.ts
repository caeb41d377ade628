import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changesChannel } from "../src/db/change-announcements";
import type { DbHandle } from "../src/db/create-db";
import { UNANNOUNCED_TABLES } from "../src/db/migrations/2026_12_02_0001_announce_changes";
import { openTestDb } from "./helpers/test-db";
import { unitIdByCode } from "./helpers/units";

/**
 * The database's announcements of committed changes (migration 2026_12_02_0001), which the read
 * cache trusts: every data table announces, once per province per statement, at commit only.
 */
let handle: DbHandle & { dropSchema?: () => Promise<void> };
const heard: string[] = [];
let stop: () => Promise<void>;

beforeAll(async () => {
  handle = await openTestDb();
  stop = await handle.listen!(
    changesChannel(handle.schema),
    (p) => heard.push(p),
    () => undefined,
  );
});
afterAll(async () => {
  await stop?.();
  await handle.close();
  await handle.dropSchema?.();
});

/** What was announced by `run`, once its announcements (another connection on PostgreSQL) arrived. */
async function announcedBy(run: () => Promise<unknown>): Promise<string[]> {
  heard.length = 0;
  await run();
  await new Promise((r) => setTimeout(r, 150));
  return [...new Set(heard)].sort();
}

describe("announcements of committed changes", () => {
  it("cover every table but the listed ones (a new table must call par_announce_changes_of)", async () => {
    const { rows } = await sql<{ table: string; triggers: number }>`
      select c.relname as table,
        (select count(*)::int from pg_trigger t where t.tgrelid = c.oid and t.tgname like 'par_announce_%') as triggers
      from pg_class c
      where c.relnamespace = current_schema()::regnamespace and c.relkind in ('r', 'p') and not c.relispartition
      order by 1`.execute(handle.db);
    const silent = rows.filter((r) => r.triggers === 0).map((r) => r.table);
    expect(silent.sort()).toEqual([...UNANNOUNCED_TABLES].sort());
  });

  it("name each province a statement touched, once, when the transaction commits", async () => {
    const dongNai = (
      await handle.db
        .selectFrom("org_units")
        .select("province_id")
        .where("id", "=", await unitIdByCode(handle.db, "SNV"))
        .executeTakeFirstOrThrow()
    ).province_id;
    const during: string[] = [];
    const got = await announcedBy(() =>
      handle.db.transaction().execute(async (trx) => {
        await sql`update org_units set name = name where province_id = ${dongNai}`.execute(trx);
        await trx
          .updateTable("inspections")
          .set({ tentative: false })
          .where("province_id", "=", dongNai)
          .execute();
        await new Promise((r) => setTimeout(r, 100));
        during.push(...heard);
      }),
    );
    expect(during).toEqual([]);
    expect(got).toEqual([String(dongNai)]);
  });

  it("say nothing for a transaction rolled back, and '*' for a table without a province key", async () => {
    const rolledBack = await announcedBy(() =>
      handle.db
        .transaction()
        .execute(async (trx) => {
          await trx.updateTable("inspections").set({ tentative: false }).execute();
          throw new Error("undo");
        })
        .catch(() => undefined),
    );
    expect(rolledBack).toEqual([]);
    const unkeyed = await announcedBy(() =>
      sql`update notification_kinds set kind = kind where kind = 'notice'`.execute(handle.db),
    );
    expect(unkeyed).toEqual(["*"]);
  });
});
