/**
 * The national data set, generated deterministically in PostgreSQL: `provinces` trees of a province
 * root, 18 departments/agencies with divisions, ≈ 11 districts with 12 divisions and ≈ 15 communes
 * each; plans 2022–2026; ≈ 635 inspections per province and year (all forms and statuses, surprise
 * ones in every state they can be in) with teams, findings, conclusions, recommendations, internal
 * inspections, audit rows and users of several roles. At 63 provinces: ≈ 25,000 units and ≈ 200,000
 * inspections. Randomness is md5 of (seed, key): the same seed gives the same rows on any PostgreSQL.
 * Migrations run first (the api's migrateToLatest) into a database created for the purpose.
 */
import pg from "pg";
import { hashPassword } from "../../src/auth/password";
import { createDb } from "../../src/db/create-db";
import { migrateToLatest } from "../../src/db/migrate";
import { sqlSteps } from "./generate-sql";

/** Bump when the generated rows change: an existing database of another version is rebuilt. */
export const GENERATOR_VERSION = "national-2";
export const BENCH_PASSWORD = "Bench@National2026";

export interface GenerateOptions {
  /** Server URL without database, e.g. postgres://postgres@127.0.0.1:55454 */
  serverUrl: string;
  provinces: number;
  seed: number;
  /** Rebuild even when the same seed and version exist. */
  force?: boolean;
  log: (line: string) => void;
}

export interface Generated {
  databaseUrl: string;
  reused: boolean;
  seconds: number;
  counts: Record<string, number>;
}

export function databaseName(provinces: number, seed: number): string {
  return `par_national_p${provinces}_s${seed}`;
}

async function existingMeta(url: string, provinces: number, seed: number) {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    const r = await client.query(
      "select counts from bench_national_meta where version = $1 and provinces = $2 and seed = $3",
      [GENERATOR_VERSION, provinces, seed],
    );
    return (r.rows[0]?.counts as Record<string, number> | undefined) ?? null;
  } catch {
    return null; // no database or no meta table: generate
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function generateNational(o: GenerateOptions): Promise<Generated> {
  const name = databaseName(o.provinces, o.seed);
  const databaseUrl = `${o.serverUrl}/${name}`;
  const started = performance.now();
  const known = o.force ? null : await existingMeta(databaseUrl, o.provinces, o.seed);
  if (known) {
    o.log(`data set ${name}: same seed and version exist, reused`);
    return { databaseUrl, reused: true, seconds: 0, counts: known };
  }
  const admin = new pg.Client({ connectionString: `${o.serverUrl}/postgres` });
  await admin.connect();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.query(`create database ${name}`);
  await admin.end();

  const handle = await createDb({ databaseUrl });
  await migrateToLatest(handle.db);
  await handle.close();
  o.log(`data set ${name}: migrated`);

  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("set synchronous_commit = off");
    for (const step of sqlSteps({ provinces: o.provinces, seed: o.seed, passwordHash })) {
      const t = performance.now();
      const r = await client.query(step.sql, step.params);
      o.log(`  ${step.name}: ${r.rowCount ?? 0} rows, ${((performance.now() - t) / 1000).toFixed(1)} s`);
    }
    await client.query("analyze");
    const counts: Record<string, number> = {};
    for (const table of [
      "org_units",
      "users",
      "plans",
      "inspections",
      "team_members",
      "findings",
      "conclusions",
      "recommendations",
      "internal_inspections",
      "audit_log",
    ]) {
      counts[table] = Number((await client.query(`select count(*)::int as n from ${table}`)).rows[0].n);
    }
    const byKind = await client.query("select kind, count(*)::int as n from org_units group by kind");
    for (const row of byKind.rows) counts[`units.${row.kind}`] = row.n;
    await client.query(
      `create table bench_national_meta (version text, provinces int, seed int, counts jsonb, generated_at timestamptz default now())`,
    );
    await client.query(
      "insert into bench_national_meta (version, provinces, seed, counts) values ($1, $2, $3, $4)",
      [GENERATOR_VERSION, o.provinces, o.seed, JSON.stringify(counts)],
    );
    const seconds = (performance.now() - started) / 1000;
    o.log(`data set ${name}: generated in ${seconds.toFixed(1)} s`);
    return { databaseUrl, reused: false, seconds, counts };
  } finally {
    await client.end();
  }
}
