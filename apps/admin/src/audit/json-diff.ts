/** One leaf of a before/after pair of JSON values, by its dotted path ("team.0.name"). */
export interface DiffRow {
  path: string;
  before: string | undefined;
  after: string | undefined;
  change: "added" | "removed" | "changed";
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null;
}

/** Leaves of a JSON value as path → text; an empty object or array is a leaf of its own. */
export function flattenJson(
  value: unknown,
  prefix = "",
  out = new Map<string, string>(),
): Map<string, string> {
  if (isObject(value)) {
    const entries = Array.isArray(value)
      ? value.map((v, i) => [String(i), v] as const)
      : Object.entries(value);
    if (entries.length === 0) out.set(prefix || "(root)", Array.isArray(value) ? "[]" : "{}");
    for (const [k, v] of entries) flattenJson(v, prefix ? `${prefix}.${k}` : k, out);
    return out;
  }
  if (value === undefined) return out;
  out.set(prefix || "(root)", typeof value === "string" ? value : JSON.stringify(value));
  return out;
}

/** What changed between an audit row's before and after, leaf by leaf, in the after's order then removals. */
export function diffJson(before: unknown, after: unknown): { rows: DiffRow[]; unchanged: number } {
  const a = before === null || before === undefined ? new Map<string, string>() : flattenJson(before);
  const b = after === null || after === undefined ? new Map<string, string>() : flattenJson(after);
  const rows: DiffRow[] = [];
  let unchanged = 0;
  for (const [path, next] of b) {
    const prev = a.get(path);
    if (prev === undefined) rows.push({ path, before: undefined, after: next, change: "added" });
    else if (prev !== next) rows.push({ path, before: prev, after: next, change: "changed" });
    else unchanged++;
  }
  for (const [path, prev] of a) {
    if (!b.has(path)) rows.push({ path, before: prev, after: undefined, change: "removed" });
  }
  return { rows, unchanged };
}
