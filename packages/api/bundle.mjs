// Production runs compiled JavaScript, not a TypeScript loader: the server and its workspace packages
// (@par/domain) are bundled into dist/server/main.js; npm dependencies stay in node_modules.
// dist/server/ sits two folders below packages/api, like src/<dir>/, so the paths the code derives from
// import.meta.url (the repo root, the PGlite template, the favicon) are the same in both.
import { copyFileSync, mkdirSync, readFileSync } from "node:fs";
import { build } from "esbuild";

const pkg = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8"));
const external = Object.keys(pkg.dependencies)
  .filter((name) => !name.startsWith("@par/"))
  .flatMap((name) => [name, `${name}/*`]);

mkdirSync("dist/server", { recursive: true });
await build({
  entryPoints: ["src/main.ts"],
  outfile: "dist/server/main.js",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  sourcemap: true,
  external,
  logLevel: "warning",
});
copyFileSync("src/server/favicon.svg", "dist/server/favicon.svg");
console.log("API bundle: dist/server/main.js");
