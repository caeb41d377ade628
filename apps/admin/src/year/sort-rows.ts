/** Sort keys of the internal-inspection table; "rank" keeps the server's order (laggards first). */
export type InternalSortKey = "rank" | "name" | "pct" | "poolSize" | "required" | "done" | "shortfall";
export type SortDir = "asc" | "desc";

export interface InternalRowLike {
  unit: { name: string };
  pct: number;
  poolSize: number;
  required: number;
  done: number;
  shortfall: number;
}

/** A copy of the rows ordered by one column; ties keep the server's order (laggards first). */
export function sortInternalRows<R extends InternalRowLike>(
  rows: readonly R[],
  key: InternalSortKey,
  dir: SortDir,
): R[] {
  const indexed = rows.map((row, rank) => ({ row, rank }));
  const sign = dir === "asc" ? 1 : -1;
  indexed.sort((a, b) => {
    let c = 0;
    if (key === "name") c = a.row.unit.name.localeCompare(b.row.unit.name, "vi");
    else if (key !== "rank") c = a.row[key] - b.row[key];
    return sign * c || a.rank - b.rank;
  });
  if (key === "rank" && dir === "desc") indexed.reverse();
  return indexed.map((x) => x.row);
}
