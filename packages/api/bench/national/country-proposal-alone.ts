/**
 * The whole country's proposal alone, three times in a row (issue 8 §4), without the read load the full
 * bench runs first: `tsx bench/national/country-proposal-alone.ts --pg URL` after `pnpm run build`.
 * `--db NAME` runs it on another database of that server, e.g. a copy of the data set: the bench adds a
 * Sở Nội vụ account per province, so profiling on a copy leaves the shared one as it is.
 */
import { parseArgs } from "node:util";
import pg from "pg";
import { countryProposal } from "./country-proposal";
import { BENCH_PASSWORD, databaseName } from "./generate";
import { startServer } from "./server";

const { values: args } = parseArgs({
  options: {
    pg: { type: "string", default: "postgres://postgres@127.0.0.1:55454" },
    runs: { type: "string", default: "3" },
    db: { type: "string", default: databaseName(63, 1) },
  },
});
const url = `${args.pg}/${args.db}`;
const db = new pg.Pool({ connectionString: url, max: 2 });
const server = await startServer(url, 3297);
try {
  for (let i = 0; i < Number(args.runs); i++) {
    const c = await countryProposal(db, server.base, BENCH_PASSWORD, 2026);
    console.log(
      `run ${i + 1}: ${c.provinces} provinces in ${(c.totalMs / 1000).toFixed(2)} s (p50 ${c.p50.toFixed(0)} ms, slowest ${c.max.toFixed(0)} ms)`,
    );
  }
} finally {
  await server.stop();
  await db.end();
}
