// Turns artifacts/walk-national.json and artifacts/walk-dongnai.json (walk-apps.spec.ts) into the
// markdown table of docs/benchmarks.md "Apps on the national data set": one row per screen.
// Usage: node walk/walk-table.mjs > artifacts/walk-table.md
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

const artifacts = join(import.meta.dirname, "..", "artifacts");
const load = (name) => {
  const file = join(artifacts, `walk-${name}.json`);
  return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : [];
};
const national = load("national");
const dongnai = new Map(load("dongnai").map((r) => [`${r.app}/${r.role}/${r.screen}`, r]));

const slowestName = (r) => {
  const top = [...r.calls].sort((a, b) => b.ms - a.ms)[0];
  return top
    ? `${top.name.split(",").slice(0, 2).join(",")}${top.name.split(",").length > 2 ? ",…" : ""}`
    : "–";
};
const cells = (r) => (r ? [r.calls.length, r.slowestMs, r.totalMs] : ["–", "–", "–"]);

console.log(
  "| App | Role | Screen | Requests | Slowest request (ms) | Total (ms) | Slowest is | Đồng Nai: requests | slowest (ms) | total (ms) |",
);
console.log("|---|---|---|--:|--:|--:|---|--:|--:|--:|");
for (const r of national) {
  const d = dongnai.get(`${r.app}/${r.role}/${r.screen}`);
  const flag = r.slowestMs > 100 || r.totalMs > 300 ? " ⚠" : "";
  console.log(
    `| ${r.app} | ${r.role} | ${r.screen}${flag} | ${cells(r).join(" | ")} | ${slowestName(r)} | ${cells(d).join(" | ")} |`,
  );
}
