import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";

const START = "<!-- national-bench:start -->";
const END = "<!-- national-bench:end -->";

/**
 * Where `--out FILE` points: relative to the directory the command was typed in (pnpm runs the
 * script in packages/api but keeps the caller's directory in INIT_CWD), so `pnpm bench:national
 * --out docs/benchmarks.md` at the root writes the root's docs, not packages/api/docs.
 */
export function outPath(file: string, cwd = process.env.INIT_CWD ?? process.cwd()): string {
  return isAbsolute(file) ? file : resolve(cwd, file);
}

/**
 * Puts the run's figures into the file between the two markers, leaving the rest (the method, earlier
 * runs) as written; a file without the markers gets them at its end, a missing file is created.
 */
export function writeReport(path: string, text: string): void {
  const block = `${START}\n${text.trim()}\n${END}`;
  if (!existsSync(path)) {
    writeFileSync(path, `${block}\n`);
    return;
  }
  const old = readFileSync(path, "utf8");
  const from = old.indexOf(START);
  const to = old.indexOf(END);
  const next =
    from >= 0 && to > from
      ? `${old.slice(0, from)}${block}${old.slice(to + END.length)}`
      : `${old.trimEnd()}\n\n${block}\n`;
  writeFileSync(path, next);
}
