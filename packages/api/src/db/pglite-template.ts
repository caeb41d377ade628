import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { API_DIR } from "../paths";

/**
 * A freshly initialised, empty PGlite cluster, dumped once at build time. initdb in WebAssembly takes
 * ~4 s; loading this dump into a new data folder ~1 s. Keyed by the PGlite version (the on-disk
 * format follows it); an absent or stale file just means initdb runs as usual.
 */

function pgliteVersion(): string {
  const entry = fileURLToPath(import.meta.resolve("@electric-sql/pglite"));
  const pkg = JSON.parse(readFileSync(join(dirname(entry), "..", "package.json"), "utf8")) as {
    version: string;
  };
  return pkg.version;
}

export function pgliteTemplatePath(): string {
  return join(API_DIR, "dist", `pglite-initdb-${pgliteVersion()}.tar.gz`);
}

/** The template to start a new data folder from, or undefined (folder in use, or no template built). */
export function templateFor(dataDir: string): Blob | undefined {
  const isNew = !existsSync(dataDir) || readdirSync(dataDir).length === 0;
  const file = pgliteTemplatePath();
  return isNew && existsSync(file) ? new Blob([readFileSync(file)]) : undefined;
}

export async function buildPgliteTemplate(): Promise<string> {
  const file = pgliteTemplatePath();
  if (existsSync(file)) return file;
  const pglite = await PGlite.create("memory://");
  const dump = await pglite.dumpDataDir("gzip");
  await pglite.close();
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(`${file}.tmp`, Buffer.from(await dump.arrayBuffer()));
  renameSync(`${file}.tmp`, file); // never leave a half-written template behind
  return file;
}
