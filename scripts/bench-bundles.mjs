// Initial JavaScript of each built app: the scripts and module preloads that index.html loads before
// anything is clicked, gzipped (level 9, as a server would send them). Lazy routes are not counted.
// Run after `pnpm build`: `node scripts/bench-bundles.mjs`.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const root = new URL("..", import.meta.url).pathname;
const apps = [
  { name: "admin", dir: "apps/admin/dist", budgetKb: 250 },
  { name: "unit-portal", dir: "apps/unit-portal/dist", budgetKb: null },
  { name: "camera-monitor", dir: "apps/camera-monitor/dist", budgetKb: 250 },
];

const kb = (n) => (n / 1024).toFixed(1);
let failed = false;
console.log("app             initial JS files   raw KB   gzip KB   budget");
for (const app of apps) {
  const dist = join(root, app.dir);
  const indexPath = join(dist, "index.html");
  if (!existsSync(indexPath)) {
    console.error(`${app.name}: not built (run pnpm build)`);
    failed = true;
    continue;
  }
  const html = readFileSync(indexPath, "utf8");
  const refs = [
    ...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="([^"]+\.js)"/g),
  ].map((m) => m[1]);
  let raw = 0;
  let gz = 0;
  for (const ref of new Set(refs)) {
    const file = join(dist, ref.replace(/^\/[^/]+\//, ""));
    const bytes = readFileSync(file);
    raw += bytes.length;
    gz += gzipSync(bytes, { level: 9 }).length;
  }
  const within =
    app.budgetKb === null ? "—" : gz / 1024 <= app.budgetKb ? `≤ ${app.budgetKb} ✓` : `> ${app.budgetKb} ✗`;
  if (app.budgetKb !== null && gz / 1024 > app.budgetKb) failed = true;
  console.log(
    `${app.name.padEnd(16)}${String(refs.length).padStart(16)}${kb(raw).padStart(9)}${kb(gz).padStart(10)}   ${within}`,
  );
}
process.exit(failed ? 1 : 0);
