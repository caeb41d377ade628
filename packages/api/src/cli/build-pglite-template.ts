import { buildPgliteTemplate } from "../db/pglite-template";

/** `pnpm --filter @par/api build`: prepares the empty PGlite cluster that makes a first start fast. */
const started = performance.now();
const file = await buildPgliteTemplate();
console.log(`PGlite template: ${file} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
