import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { TestProject } from "vitest/node";
import { loadEnv } from "../src/env";
import { prepareDatabase } from "./helpers/prepare-database";

declare module "vitest" {
  export interface ProvidedContext {
    /** A migrated, seeded PGlite data folder (tar.gz) that each test file starts from; null on PostgreSQL. */
    pgliteTemplate: string | null;
  }
}

/**
 * PGlite's initdb takes ~4 s; loading a dumped data folder ~1 s. So the first thing the run does is
 * build one migrated and seeded database and dump it; every test file then loads its own copy.
 */
export async function setup(project: TestProject) {
  if (loadEnv().databaseUrl) {
    project.provide("pgliteTemplate", null);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), "par-api-test-"));
  const pglite = await PGlite.create("memory://");
  await prepareDatabase(pglite);
  const dump = await pglite.dumpDataDir("gzip");
  await pglite.close();
  const file = join(dir, "template.tar.gz");
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide("pgliteTemplate", file);
  return () => rmSync(dir, { recursive: true, force: true });
}
