// Entry point for `npm start` and `npm test` on a fresh machine that has only Node 20 and npm:
// brings in pnpm (the pinned version) and the dependencies, then hands over to pnpm.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";

const root = new URL("..", import.meta.url).pathname;
const pinned = JSON.parse(readFileSync(`${root}package.json`, "utf8")).packageManager.split("@")[1];

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: "inherit", cwd: root, ...opts });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

function pnpmVersion() {
  try {
    return execFileSync("pnpm", ["--version"], { encoding: "utf8" }).trim();
  } catch {
    return null;
  }
}

if (pnpmVersion() !== pinned) {
  console.log(`» Installing pnpm ${pinned} (npm i -g pnpm@${pinned})`);
  run("npm", ["install", "-g", `pnpm@${pinned}`]);
}
if (!existsSync(`${root}node_modules/.modules.yaml`)) {
  console.log("» Installing dependencies (pnpm install --frozen-lockfile)");
  run("pnpm", ["install", "--frozen-lockfile"]);
}

const task = process.argv[2];
if (task === "start") run("pnpm", ["run", "start:built"]);
else if (task === "test") run("pnpm", ["run", "test:all"]);
else {
  console.error("usage: node scripts/bootstrap.mjs start|test");
  process.exit(2);
}
