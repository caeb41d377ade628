import type { Tier, UnitKind, UnitSort } from "@par/domain";
import { type ExpressionBuilder, sql } from "kysely";
import type { Database, Db } from "./database";
import { decodeKeyCursor } from "./keyset-key";
import { LIST_COLUMNS, type UnitScope } from "./unit.repository";

export interface UnitPageFilter {
  scope: UnitScope;
  /**
   * The caller's province, when the scope is a list of units: every scope root lies in it, and the
   * equality lets the (province_id, sort column, id) indexes serve the page in order.
   */
  provinceId?: number | null | undefined;
  /** Only units valid on this date; undefined = any date. */
  at?: string | undefined;
  /** Already folded with foldVietnamese. */
  foldedQuery?: string | undefined;
  kind?: UnitKind | undefined;
  tier?: Tier | undefined;
  parentId?: number | undefined;
  tieredOnly?: boolean | undefined;
  kinds?: readonly UnitKind[] | undefined;
  /** Only the top of the scope: units without a parent ("all"), or the scope's own roots. */
  rootsOnly?: boolean | undefined;
}

/** The columns the register's DTO shows, and nothing else (no timestamps): the list's own. */
const COLUMNS = LIST_COLUMNS;

/** The sort column of each sort: indexes (sort column, id) serve both (migration 0102). */
const SORT_COLUMN = { name: "search_name", code: "code" } as const satisfies Record<UnitSort, string>;

const containsPattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Every filter as one predicate, shared by the page and its count. */
function filtered(f: UnitPageFilter) {
  return (eb: ExpressionBuilder<Database, "org_units">) => {
    const and = [];
    if (f.scope !== "all") {
      // The caller's subtrees from the stored path (`path` holds every ancestor id and the unit's own).
      const roots = f.scope.length > 0 ? f.scope : [0];
      and.push(sql<boolean>`path && array[${sql.join(roots)}]::int[]`);
      if (f.provinceId != null) and.push(eb("province_id", "=", f.provinceId));
    }
    if (f.at !== undefined)
      and.push(eb("valid_from", "<=", f.at), eb.or([eb("valid_to", "is", null), eb("valid_to", ">=", f.at)]));
    if (f.foldedQuery) {
      const pattern = containsPattern(f.foldedQuery);
      and.push(eb.or([eb("search_name", "like", pattern), eb(eb.fn("lower", ["code"]), "like", pattern)]));
    }
    if (f.kind) and.push(eb("kind", "=", f.kind));
    if (f.tier) and.push(eb("tier", "=", f.tier));
    if (f.parentId !== undefined) and.push(eb("parent_id", "=", f.parentId));
    if (f.rootsOnly)
      and.push(
        f.scope === "all"
          ? eb("parent_id", "is", null)
          : eb("id", "in", f.scope.length > 0 ? [...f.scope] : [0]),
      );
    if (f.tieredOnly) and.push(eb("tier", "is not", null));
    if (f.kinds) and.push(f.kinds.length === 0 ? eb.lit(false) : eb("kind", "in", [...f.kinds]));
    return eb.and(and);
  };
}

/** `limit + 1` rows after the cursor, in (sort column, id) order. */
export async function unitPageRows(
  db: Db,
  f: UnitPageFilter,
  sort: UnitSort,
  cursor: string | null | undefined,
  limit: number,
  /** The first page also carries the filtered register's size (`total_rows`), counted once. */
  withTotal = false,
) {
  const column = SORT_COLUMN[sort];
  const after = decodeKeyCursor(cursor, "string");
  let q = db
    .selectFrom("org_units")
    .select(COLUMNS)
    .$if(withTotal, (qb) =>
      qb.select((eb) =>
        eb
          .selectFrom("org_units")
          .select((c) => c.fn.countAll<string | number>().as("n"))
          .where(filtered(f))
          .as("total_rows"),
      ),
    )
    // Whether a lazily expanded tree offers to open it: one index probe per row of the page.
    .select(
      sql<boolean>`exists (select 1 from org_units c where c.parent_id = org_units.id)`.as("has_children"),
    )
    .where(filtered(f))
    .orderBy(column)
    .orderBy("id")
    .limit(limit + 1);
  if (after) q = q.where(sql<boolean>`(${sql.ref(column)}, id) > (${after.key}, ${after.id})`);
  return q.execute();
}

export type UnitPageRow = Awaited<ReturnType<typeof unitPageRows>>[number];

export const unitSortKey = (sort: UnitSort, row: UnitPageRow): string =>
  sort === "name" ? row.search_name : row.code;
