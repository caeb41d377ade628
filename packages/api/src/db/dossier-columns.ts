import { DOSSIER_COUNT_FIELDS, type DossierCountKey, type DossierCounts } from "@par/domain";

type Snake<S extends string> = S extends `${infer H}${infer T}`
  ? `${H extends Lowercase<H> ? H : `_${Lowercase<H>}`}${Snake<T>}`
  : S;

/** dossier_stats' count columns: the domain's keys in snake case (receivedOnline → received_online). */
export type DossierCountColumn = Snake<DossierCountKey>;
export type DossierCountColumns = { [K in DossierCountKey as Snake<K>]: number };

export const columnOf = (key: DossierCountKey) =>
  key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`) as DossierCountColumn;

export const DOSSIER_COUNT_COLUMNS = DOSSIER_COUNT_FIELDS.map((f) => ({
  key: f.key,
  column: columnOf(f.key),
}));

export function countsToColumns(c: DossierCounts): DossierCountColumns {
  return Object.fromEntries(DOSSIER_COUNT_COLUMNS.map((x) => [x.column, c[x.key]])) as DossierCountColumns;
}

/** Sums come back from SQL as text (bigint) or numbers: both become counts. */
export function columnsToCounts(row: object): DossierCounts {
  return Object.fromEntries(
    DOSSIER_COUNT_COLUMNS.map((x) => [x.key, Number((row as Record<string, unknown>)[x.column] ?? 0)]),
  ) as DossierCounts;
}
