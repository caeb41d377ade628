import { sql } from "kysely";
import type { Db } from "./database";
import { decodeKeyCursor } from "./keyset-key";
import { containsPattern, LIST_COLUMNS, type UnitScope } from "./unit.repository";

export interface ShopPageFilter {
  scope: UnitScope;
  /** Shops valid on this date. */
  at: string;
  /** Already folded with foldVietnamese: the shop's name or code, or its district's name. */
  foldedQuery?: string | undefined;
  id?: number | undefined;
}

/**
 * Where a shop stands on the reviewer's list, as one sortable text: agencies ("0"), then each district
 * ("1", its folded name and id) with its own shop first ("0") and its communes' after ("1"), then
 * communes straight under the province ("2"), then the rest ("3"); the shop's folded name last. One
 * text makes the keyset cursor a plain (key, id) pair; the database both sorts and compares it, so
 * the collation never has to agree with JavaScript's.
 */
const SORT_KEY = sql<string>`(case
  when o.kind = 'district' then '1' || o.search_name || '#' || o.id::text || '#0'
  when up.kind = 'district' then '1' || up.search_name || '#' || up.id::text || '#1'
  when o.tier = 'agency' then '0'
  when o.tier = 'commune' then '2'
  else '3' end) || '|' || o.search_name`;

/** The group a shop is shown under: "agency", "commune", "other" or "district:<id>". */
const GROUP_KEY = sql<string>`case
  when o.kind = 'district' then 'district:' || o.id::text
  when up.kind = 'district' then 'district:' || up.id::text
  when o.tier in ('agency', 'commune') then o.tier
  else 'other' end`;

/** The district a district group is named after; null for a tier group. */
const GROUP_NAME = sql<string | null>`case
  when o.kind = 'district' then o.name
  when up.kind = 'district' then up.name end`;

function shops(db: Db, f: ShopPageFilter) {
  let q = db
    .selectFrom("org_units as o")
    .leftJoin("org_units as up", "up.id", "o.parent_id")
    .where("o.has_one_stop_shop", "=", true)
    .where("o.valid_from", "<=", f.at)
    .where((eb) => eb.or([eb("o.valid_to", "is", null), eb("o.valid_to", ">=", f.at)]));
  if (f.scope !== "all") q = q.where(sql<boolean>`o.path && ${[...f.scope]}::int[]`);
  if (f.id !== undefined) q = q.where("o.id", "=", f.id);
  if (f.foldedQuery) {
    const pattern = containsPattern(f.foldedQuery);
    q = q.where((eb) =>
      eb.or([
        eb("o.search_name", "like", pattern),
        eb(eb.fn("lower", ["o.code"]), "like", pattern),
        eb.and([eb("up.kind", "=", "district"), eb("up.search_name", "like", pattern)]),
      ]),
    );
  }
  return q;
}

/** `limit + 1` shops after the cursor, each with its parent and its group. */
export async function shopPageRows(
  db: Db,
  f: ShopPageFilter,
  cursor: string | null | undefined,
  limit: number,
) {
  if (f.scope !== "all" && f.scope.length === 0) return [];
  const after = decodeKeyCursor(cursor, "string");
  let q = shops(db, f)
    .select(LIST_COLUMNS.map((c) => `o.${c}` as const))
    .select(["up.name as parent_name", "up.kind as parent_kind", "up.code as parent_code"])
    .select([SORT_KEY.as("sort_key"), GROUP_KEY.as("group_key"), GROUP_NAME.as("group_name")])
    .orderBy(SORT_KEY)
    .orderBy("o.id")
    .limit(limit + 1);
  if (after) q = q.where(sql<boolean>`(${SORT_KEY}, o.id) > (${after.key}, ${after.id})`);
  return q.execute();
}

export async function countShopPage(db: Db, f: ShopPageFilter): Promise<number> {
  if (f.scope !== "all" && f.scope.length === 0) return 0;
  const row = await shops(db, f)
    .select((eb) => eb.fn.countAll<string | number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
