import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { insertAudit } from "../src/db/audit.repository";
import { backupPglite, backupPostgres, restorePglite, restorePostgres } from "../src/db/backup";
import { createDb, type DbHandle } from "../src/db/create-db";
import { migrateToLatest } from "../src/db/migrate";
import { tableCounts, tableSnapshot } from "../src/db/table-snapshot";
import { loadEnv } from "../src/env";
import { seedDemoIfEmpty } from "../src/seed/seed-demo";
import { SEED_NOW } from "./helpers/prepare-database";

const folder = () => mkdtempSync(join(tmpdir(), "par-backup-"));

/** A change after the seed, with text a dump could mangle (accents, quotes, a newline). */
async function writeSomething(handle: DbHandle) {
  await insertAudit(
    handle.db,
    { userId: null, ip: "127.0.0.1", now: new Date("2023-06-01T03:00:00Z") },
    {
      action: "update",
      entity: "unit",
      entityId: 1,
      unitId: null,
      before: { name: "Phường Trảng Dài" },
      after: { name: 'Phường "Trảng Dài"\nmới' },
    },
  );
}

async function expectSameTables(a: DbHandle, b: DbHandle) {
  const before = await tableSnapshot(a.db);
  const after = await tableSnapshot(b.db);
  expect([...after.keys()]).toEqual([...before.keys()]);
  for (const [table, rows] of before) expect(after.get(table), table).toEqual(rows);
  // Not an empty comparison: the seeded register and the audit log came back.
  const counts = await tableCounts(b.db);
  expect(counts.org_units).toBeGreaterThan(400);
  expect(counts.audit_log).toBeGreaterThan(0);
}

describe.skipIf(Boolean(loadEnv().databaseUrl))("backup and restore, embedded PGlite", () => {
  it("round-trips every table through PGlite's dump into a new folder, and never restores over data", async () => {
    const dir = folder();
    const template = inject("pgliteTemplate");
    expect(template, "the global setup prepared the seeded template").not.toBeNull();
    const source = await createDb({
      dataDir: join(dir, "source"),
      loadDataDir: new Blob([readFileSync(template as string)]),
    });
    const file = join(dir, "par.tar.gz");
    try {
      await writeSomething(source);
      expect(await backupPglite(source, file)).toBe(statSync(file).size);
      await restorePglite(file, join(dir, "restored"));
      const restored = await createDb({ dataDir: join(dir, "restored") });
      try {
        await expectSameTables(source, restored);
      } finally {
        await restored.close();
      }
      await expect(restorePglite(file, join(dir, "source"))).rejects.toThrow(
        /không trống|restore into an empty folder|đã có dữ liệu/,
      );
    } finally {
      await source.close();
    }
  });
});

describe.skipIf(!loadEnv().databaseUrl)("backup and restore, PostgreSQL (pg_dump / pg_restore)", () => {
  it("round-trips every table into a new database", async () => {
    const url = loadEnv().databaseUrl as string;
    const suffix = `${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    const names = [`par_bk_${suffix}`, `par_rs_${suffix}`];
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    const urlOf = (db: string) => {
      const u = new URL(url);
      u.pathname = `/${db}`;
      return u.toString();
    };
    try {
      for (const n of names) await admin.query(`create database ${n}`);
      const source = await createDb({ databaseUrl: urlOf(names[0]!) });
      const file = join(folder(), "par.dump");
      try {
        await migrateToLatest(source.db);
        await seedDemoIfEmpty(source.db, { password: loadEnv().demoPassword, now: SEED_NOW });
        await writeSomething(source);
        await backupPostgres(urlOf(names[0]!), file);
        await restorePostgres(file, urlOf(names[1]!));
        const restored = await createDb({ databaseUrl: urlOf(names[1]!) });
        try {
          await expectSameTables(source, restored);
        } finally {
          await restored.close();
        }
      } finally {
        await source.close();
      }
    } finally {
      for (const n of names) await admin.query(`drop database if exists ${n}`);
      await admin.end();
    }
  }, 120_000);
});
