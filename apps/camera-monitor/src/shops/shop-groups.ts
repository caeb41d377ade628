import { foldVietnamese, tierOfKind, type UnitKind } from "@par/domain";

export interface ShopUnit {
  id: number;
  code: string;
  name: string;
  kind: UnitKind;
  parentId: number | null;
}

export interface ShopGroup<U extends ShopUnit> {
  /** "agency", "commune", "other", or "district:<id>" for a district with its communes. */
  key: string;
  /** The district's name for a district group; null for a tier group (its label comes from i18n). */
  districtName: string | null;
  shops: U[];
}

const collator = new Intl.Collator("vi", { sensitivity: "base", numeric: true });
const byName = (a: { name: string }, b: { name: string }) => collator.compare(a.name, b.name);

/**
 * Groups one-stop shops for the reviewer: departments and agencies first, then each district with its own
 * shop and its communes' shops, then communes straight under the province, then anything else.
 * `units` resolves parents (a commune's district) that have no one-stop shop themselves.
 */
export function groupShops<U extends ShopUnit>(
  shops: readonly U[],
  units: readonly ShopUnit[],
): ShopGroup<U>[] {
  const byId = new Map<number, ShopUnit>([...units, ...shops].map((u) => [u.id, u]));
  const groups = new Map<string, ShopGroup<U>>();
  const add = (key: string, districtName: string | null, shop: U) => {
    const g = groups.get(key) ?? { key, districtName, shops: [] };
    g.shops.push(shop);
    groups.set(key, g);
  };
  for (const shop of shops) {
    const parent = shop.parentId === null ? undefined : byId.get(shop.parentId);
    if (shop.kind === "district") add(`district:${shop.id}`, shop.name, shop);
    else if (parent?.kind === "district") add(`district:${parent.id}`, parent.name, shop);
    else add(tierOfKind(shop.kind) ?? "other", null, shop);
  }
  const rank = (g: ShopGroup<U>) =>
    g.key === "agency" ? 0 : g.districtName ? 1 : g.key === "commune" ? 2 : 3;
  const list = [...groups.values()];
  for (const g of list) {
    // The district's own shop first, then its communes by name.
    g.shops.sort((a, b) => Number(b.kind === "district") - Number(a.kind === "district") || byName(a, b));
  }
  return list.sort(
    (a, b) => rank(a) - rank(b) || collator.compare(a.districtName ?? "", b.districtName ?? ""),
  );
}

/** Keeps shops whose name or code, or whose district's name, contains the query (diacritics ignored). */
export function filterShopGroups<U extends ShopUnit>(
  groups: readonly ShopGroup<U>[],
  query: string,
): ShopGroup<U>[] {
  const q = foldVietnamese(query);
  if (q === "") return [...groups];
  return groups
    .map((g) =>
      g.districtName && foldVietnamese(g.districtName).includes(q)
        ? g
        : { ...g, shops: g.shops.filter((s) => foldVietnamese(`${s.name} ${s.code}`).includes(q)) },
    )
    .filter((g) => g.shops.length > 0);
}

/** The parents the shops carry (units.oneStopShops), as the units groupShops resolves them from. */
export function parentsOf(
  shops: readonly { parent: { id: number; code: string; name: string; kind: UnitKind } | null }[],
): ShopUnit[] {
  return shops.flatMap((s) => (s.parent ? [{ ...s.parent, parentId: null }] : []));
}
