import { sql } from "kysely";

/**
 * `= any($1::int[])`: a whole id list as ONE bind parameter. `in (…)` takes one parameter per id and
 * fails past 65,535 of them (the wire protocol's limit), which a national register reaches.
 * Use as `.where("col", "=", anyInt(ids))`.
 */
export function anyInt(ids: readonly number[]) {
  return sql<number>`any(${[...ids]}::int[])`;
}
