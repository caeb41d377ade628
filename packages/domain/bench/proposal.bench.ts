/// <reference types="node" />
// Times proposeInspections on synthetic country-scale data. Run: pnpm --filter @par/domain run bench

import { proposeInspections } from "../src/proposal/propose";
import { PLAN_TEMPLATES } from "../src/templates/registry";
import { syntheticCountry } from "./synthetic-country";

const SIZES = [1_000, 5_000, 11_000, 50_000];
const WARMUP = 10;
const RUNS = 15;
const template = PLAN_TEMPLATES["dong-nai-2023"];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

const rows: { n: number; ms: number; picks: number }[] = [];
for (const n of SIZES) {
  const { units, history, risks } = syntheticCountry(n);
  const input = { template, year: 2023, seed: 7, units, history, risks, capacityPerMonth: Math.ceil(n / 40) };
  let picks = 0;
  for (let i = 0; i < WARMUP; i++) proposeInspections(input);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const p = proposeInspections(input);
    times.push(performance.now() - t0);
    picks = p.tiers.reduce((s, t) => s + t.picks.length, 0);
  }
  rows.push({ n, ms: median(times), picks });
}

console.log(`proposeInspections, median of ${RUNS} runs after ${WARMUP} warm-up (node ${process.version})`);
console.log("| units | picks | median ms | ms per 1k units | growth vs previous (time ÷ size) |");
console.log("|---:|---:|---:|---:|---:|");
rows.forEach((r, i) => {
  const prev = rows[i - 1];
  const growth = prev ? (r.ms / prev.ms / (r.n / prev.n)).toFixed(2) : "–";
  console.log(
    `| ${r.n.toLocaleString("en")} | ${r.picks} | ${r.ms.toFixed(1)} | ${((r.ms / r.n) * 1000).toFixed(2)} | ${growth} |`,
  );
});
const at11k = rows.find((r) => r.n === 11_000)!;
console.log(
  `\n11k units: ${at11k.ms.toFixed(1)} ms (target ≤ 200 ms) ${at11k.ms <= 200 ? "OK" : "OVER TARGET"}`,
);
