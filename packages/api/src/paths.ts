import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The api package's folder and the repository root, found by walking up from this module rather than
 * by a fixed number of "../": the same code runs from src/ (tests, tsx) and bundled into dist/server/.
 */
function findUp(marker: string): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, marker))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`${marker} not found above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
  return `${dir}/`;
}

/** The repository root (the folder of pnpm-workspace.yaml), with a trailing slash. */
export const REPO_ROOT = findUp("pnpm-workspace.yaml");
/** packages/api, with a trailing slash. */
export const API_DIR = `${REPO_ROOT}packages/api/`;
