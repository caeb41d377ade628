// Architecture fence (STYLE.md): the domain package stays pure, and the apps take only types from the api.
// Fails the build with one line per offending import.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const importRe =
  /^\s*(import|export)\s+(type\s+)?[^'"]*?from\s+["']([^"']+)["']|^\s*import\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/gm;

function* sourceFiles(dir) {
  for (const name of readdirSync(dir)) {
    if (name === "node_modules" || name === "dist") continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* sourceFiles(path);
    else if (/\.(ts|tsx|mts)$/.test(name)) yield path;
  }
}

function importsOf(file) {
  const text = readFileSync(file, "utf8");
  const found = [];
  for (const m of text.matchAll(importRe)) {
    found.push({ spec: m[3] ?? m[4] ?? m[5], typeOnly: Boolean(m[2]) });
  }
  return found;
}

const problems = [];
const domainAllowed = (spec) => spec === "zod" || spec.startsWith("./") || spec.startsWith("../");
for (const file of sourceFiles(join(root, "packages/domain/src"))) {
  if (/\.test\.ts$/.test(file)) continue; // tests may use fast-check and vitest
  for (const { spec } of importsOf(file)) {
    if (!domainAllowed(spec))
      problems.push(`${relative(root, file)}: domain may import only zod and its own files, not "${spec}"`);
  }
}
const clientDirs = ["apps/admin/src", "apps/unit-portal/src", "apps/camera-monitor/src", "packages/ui/src"];
for (const dir of clientDirs) {
  for (const file of sourceFiles(join(root, dir))) {
    for (const { spec, typeOnly } of importsOf(file)) {
      if (spec.startsWith("@par/api") && !typeOnly) {
        problems.push(
          `${relative(root, file)}: apps may import only types from the api ("import type"), not runtime code from "${spec}"`,
        );
      }
    }
  }
}
if (problems.length > 0) {
  console.error(`Boundary check failed:\n${problems.join("\n")}`);
  process.exit(1);
}
console.log("Boundary check passed.");
