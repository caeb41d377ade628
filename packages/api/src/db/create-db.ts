import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { createPgConfig } from "@electric-sql/pglite/node-postgres";
import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import { lockDataDir } from "./data-dir-lock";
import type { Database } from "./database";
import { templateFor } from "./pglite-template";

export type DbKind = "pglite" | "postgres";

export interface DbHandle {
  db: Kysely<Database>;
  kind: DbKind;
  /** PostgreSQL only: the schema everything runs in when not the default (tests: one per file). */
  schema?: string | undefined;
  close(): Promise<void>;
  /**
   * Hear NOTIFY on a channel. PostgreSQL: through a connection of its own (other processes share the
   * database); `onLost` runs if that connection breaks. PGlite: its one connection, never lost. The
   * returned function stops listening.
   */
  listen?: (
    channel: string,
    onMessage: (payload: string) => void,
    onLost: () => void,
  ) => Promise<() => Promise<void>>;
  /** PGlite only: the whole data folder as a gzipped tarball (a consistent backup of a running database). */
  dumpDataDir?: () => Promise<Blob>;
}

export interface CreateDbOptions {
  /** PostgreSQL server; when absent, embedded PGlite is used. */
  databaseUrl?: string | undefined;
  /** PGlite data folder, or "memory://" for a throwaway in-memory database. */
  dataDir?: string;
  /** PostgreSQL only: run everything in this schema (tests give each file its own). */
  schema?: string;
  /** PostgreSQL only: connections in the pool (default 10). */
  poolSize?: number;
  /** PGlite only: start from a dumped data folder instead of running initdb (tests: ~1 s instead of ~4 s). */
  loadDataDir?: Blob;
}

const DATE_OID = 1082;
const INT8_OID = 20;

/**
 * Dates stay "yyyy-mm-dd" strings (a JS Date would shift them by the machine's time zone), and
 * bigint (ids, count(*)) becomes a number: our values are far below 2^53.
 */
const types = {
  getTypeParser: ((oid: number, format?: "text" | "binary") => {
    if (oid === DATE_OID) return (value: string) => value;
    if (oid === INT8_OID) return (value: string) => Number(value);
    return pg.types.getTypeParser(oid, format);
  }) as typeof pg.types.getTypeParser,
};

/** The one way to open the database: PGlite in a data folder by default, PostgreSQL with a URL. */
export async function createDb(options: CreateDbOptions): Promise<DbHandle> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: options.poolSize ?? 10,
      types,
      ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
    });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    const databaseUrl = options.databaseUrl;
    const listen = async (channel: string, onMessage: (payload: string) => void, onLost: () => void) => {
      const client = new pg.Client({ connectionString: databaseUrl });
      let stopping = false;
      const lost = () => {
        if (!stopping) onLost();
      };
      client.on("error", lost);
      client.on("end", lost);
      client.on("notification", (m) => {
        if (m.channel === channel && m.payload) onMessage(m.payload);
      });
      await client.connect();
      await client.query(`listen ${pg.escapeIdentifier(channel)}`);
      return async () => {
        stopping = true;
        await client.end().catch(() => undefined);
      };
    };
    return { db, kind: "postgres", schema: options.schema, listen, close: () => db.destroy() };
  }
  const dataDir = options.dataDir ?? "memory://";
  const onDisk = !dataDir.startsWith("memory://");
  if (onDisk) mkdirSync(dataDir, { recursive: true });
  const unlock = onDisk ? lockDataDir(dataDir) : () => undefined;
  // A new folder starts from the build-time template when there is one (see pglite-template.ts).
  const loadDataDir =
    options.loadDataDir ?? (dataDir.startsWith("memory://") ? undefined : templateFor(dataDir));
  const pglite = await PGlite.create(dataDir, {
    // PGlite's default 128 MB of shared buffers is most of its memory; the register fits in far less.
    postgresqlconf: ["shared_buffers=32MB"],
    ...(loadDataDir ? { loadDataDir } : {}),
  }).catch((error: unknown) => {
    unlock();
    throw error;
  });
  // PGlite serves one connection: createPgConfig sets poolSize 1, so queries queue instead of failing.
  const pool = new pg.Pool({ ...createPgConfig(pglite), types });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    kind: "pglite",
    // One process, one connection: a NOTIFY reaches this callback when the change commits, nothing is lost.
    listen: async (channel, onMessage) => {
      const unlisten = await pglite.listen(channel, onMessage);
      return () => unlisten();
    },
    dumpDataDir: () => pglite.dumpDataDir("gzip"),
    close: async () => {
      await db.destroy();
      await pglite.close();
      unlock();
    },
  };
}
