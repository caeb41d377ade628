import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createDb, type DbHandle } from "./create-db";

/**
 * Backup and restore of both databases, as docs/backup.md describes. PGlite: PGlite's own dump of the
 * data folder (a gzipped tarball), taken through the open database so it is consistent. PostgreSQL:
 * pg_dump's custom format, restored with pg_restore in one transaction (all or nothing).
 */

export async function backupPglite(handle: DbHandle, outFile: string): Promise<number> {
  if (!handle.dumpDataDir) throw new Error("not a PGlite database");
  const bytes = Buffer.from(await (await handle.dumpDataDir()).arrayBuffer());
  writeFileSync(`${outFile}.tmp`, bytes);
  renameSync(`${outFile}.tmp`, outFile); // never a half-written backup under the final name
  return bytes.length;
}

/** Restores into a data folder that does not exist yet or is empty: never over live data. */
export async function restorePglite(file: string, dataDir: string): Promise<void> {
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0)
    throw new Error(
      `Thư mục ${dataDir} đã có dữ liệu: hãy khôi phục vào thư mục trống / ` +
        `${dataDir} is not empty: restore into an empty folder`,
    );
  const handle = await createDb({ dataDir, loadDataDir: new Blob([readFileSync(file)]) });
  await handle.close();
}

function run(command: string, args: readonly string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} exited ${code}: ${stderr.trim()}`)),
    );
  });
}

export async function backupPostgres(databaseUrl: string, outFile: string): Promise<void> {
  await run("pg_dump", ["--format=custom", "--no-owner", "--file", `${outFile}.tmp`, databaseUrl]);
  renameSync(`${outFile}.tmp`, outFile);
}

/** Into an empty database (createdb first): one transaction, stops at the first error. */
export async function restorePostgres(file: string, databaseUrl: string): Promise<void> {
  await run("pg_restore", [
    "--no-owner",
    "--exit-on-error",
    "--single-transaction",
    "--dbname",
    databaseUrl,
    file,
  ]);
}
