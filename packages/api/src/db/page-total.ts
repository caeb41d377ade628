import { sql } from "kysely";

/**
 * The whole filtered list's size beside each row of its first page, in the same statement
 * (`count(*) over ()` is computed before the limit): a screen's "123 khuyến nghị" costs no second query.
 */
export const TOTAL_ROWS = sql<string>`count(*) over ()`.as("total_rows");

/** The total read from a first page asked `withTotal` (0 for an empty list); undefined otherwise. */
export function totalOf(
  rows: readonly { total_rows?: string | number }[],
  withTotal: boolean,
): number | undefined {
  if (!withTotal) return undefined;
  return rows.length === 0 ? 0 : Number(rows[0]!.total_rows);
}
