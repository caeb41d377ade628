import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { parseArgs } from "node:util";
import { RestructureInput, readRestructureTable } from "@par/domain";
import { z } from "zod";
import { applyRestructuring, planOf } from "../units/restructure";
import { findShipped } from "../units/shipped-restructurings";
import { recordsOf } from "../units/unit-import";
import { openMigratedDatabase } from "./open-database";

/**
 * `pnpm --filter @par/api run units:restructure -- --shipped dong-nai-2025-03-departments [--dry-run]`
 * or `-- --file mergers.csv --date 2025-03-01`: the same restructuring as the admin screen, for scripts.
 * With the embedded database, stop the server first (one process per data folder); with PostgreSQL the
 * server may keep running.
 */
const { values } = parseArgs({
  // pnpm passes the "--" separator through.
  args: process.argv.slice(2).filter((a) => a !== "--"),
  options: {
    shipped: { type: "string" },
    file: { type: "string" },
    date: { type: "string" },
    "dry-run": { type: "boolean", default: false },
  },
});
const parsed = RestructureInput.safeParse({
  shipped: values.shipped,
  effectiveDate: values.date,
  ...(values.file
    ? { fileName: basename(values.file), contentBase64: readFileSync(values.file).toString("base64") }
    : {}),
});
if (!parsed.success) {
  console.error(Object.values(z.flattenError(parsed.error).fieldErrors).flat().join("\n"));
  process.exit(2);
}
const input = parsed.data;
const handle = await openMigratedDatabase();
try {
  const source = async () => {
    if (input.shipped) {
      const s = findShipped(input.shipped);
      if (!s)
        throw new Error(
          `Không có bộ sắp xếp "${input.shipped}" / No shipped restructuring "${input.shipped}"`,
        );
      return { effectiveDate: s.effectiveDate, rows: await s.rows(handle.db) };
    }
    const records = await recordsOf({ fileName: input.fileName!, contentBase64: input.contentBase64! });
    return { effectiveDate: input.effectiveDate!, rows: readRestructureTable(records) };
  };
  if (values["dry-run"]) {
    const { effectiveDate, rows } = await source();
    const plan = await planOf(handle.db, effectiveDate, rows);
    for (const p of plan.problems) console.error(p.message);
    console.log(JSON.stringify(plan.summary));
    process.exitCode = plan.problems.length > 0 ? 1 : 0;
  } else {
    const r = await applyRestructuring(
      handle.db,
      { userId: null, ip: null, now: new Date() },
      source,
      undefined,
      input.shipped,
    );
    console.log(
      `Đã kết thúc ${r.closed}, thành lập ${r.created}, đổi tên ${r.renamed}, kế thừa ${r.successions} / ` +
        `Closed ${r.closed}, created ${r.created}, renamed ${r.renamed}, successions ${r.successions}`,
    );
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await handle.close();
}
