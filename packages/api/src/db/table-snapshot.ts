import { sql } from "kysely";
import type { Db } from "./database";

/**
 * Every base table of the current schema with its rows, as text, in a stable order: what a backup
 * must bring back. Used to prove a round trip and by `db:restore` to report what it restored.
 */
async function tableNames(db: Db): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`
    select table_name as name from information_schema.tables
    where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name`.execute(db);
  return rows.map((r) => r.name);
}

export async function tableSnapshot(db: Db): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  for (const name of await tableNames(db)) {
    const rows = await sql<{ r: string }>`select t::text as r from ${sql.table(name)} t order by 1`.execute(
      db,
    );
    out.set(
      name,
      rows.rows.map((x) => x.r),
    );
  }
  return out;
}

/** Rows per base table, counted in the database. */
export async function tableCounts(db: Db): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const name of await tableNames(db)) {
    const { rows } = await sql<{ n: number }>`select count(*) as n from ${sql.table(name)}`.execute(db);
    out[name] = Number(rows[0]?.n ?? 0);
  }
  return out;
}
