/**
 * The bench needs a PostgreSQL server. When none answers at the given URL, a throwaway one is started
 * on that URL's port with Debian's PostgreSQL 15 binaries (docs: /work/shared/TOOLCHAIN.md), as the
 * `postgres` user when run as root, in a temporary folder removed when the bench ends.
 */
import { execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";

const BIN = "/usr/lib/postgresql/15/bin";

async function answers(serverUrl: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: `${serverUrl}/postgres`, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Returns a stop function (a no-op when the server was already there). */
export async function ensurePostgres(serverUrl: string, log: (line: string) => void): Promise<() => void> {
  if (await answers(serverUrl)) return () => undefined;
  const port = new URL(serverUrl).port || "5432";
  if (!existsSync(`${BIN}/initdb`))
    throw new Error(
      `no PostgreSQL at ${serverUrl} and no ${BIN}/initdb to start one (apt-get install postgresql)`,
    );
  const dir = mkdtempSync(join(tmpdir(), "par-national-pg-"));
  const data = join(dir, "data");
  const asPostgres = process.getuid?.() === 0;
  if (asPostgres) {
    const ids = execFileSync("id", ["-u", "postgres"]).toString().trim();
    const gid = execFileSync("id", ["-g", "postgres"]).toString().trim();
    chownSync(dir, Number(ids), Number(gid));
  }
  const run = (cmd: string, argv: string[]) =>
    asPostgres
      ? execFileSync("runuser", ["-u", "postgres", "--", `${BIN}/${cmd}`, ...argv], { stdio: "ignore" })
      : execFileSync(`${BIN}/${cmd}`, argv, { stdio: "ignore" });
  run("initdb", ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"]);
  // A bench server: durability off (the data set is regenerated at will), room for 50 + 10 connections.
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200 -c shared_buffers=512MB -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
  run("pg_ctl", ["-D", data, "-l", join(dir, "log"), "-w", "-o", options, "start"]);
  log(`started a throwaway PostgreSQL 15 on port ${port} in ${dir}`);
  return () => {
    try {
      run("pg_ctl", ["-D", data, "-m", "fast", "-w", "stop"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
}
