import { type Tier, tierOfKind, UNIT_KINDS, type UnitKind } from "@par/domain";

/** The fields of a unit the tree needs; UnitDto has them all. */
export interface TreeUnit {
  id: number;
  parentId: number | null;
  kind: UnitKind;
  code: string;
  name: string;
}

export interface UnitNode<U extends TreeUnit = TreeUnit> {
  unit: U;
  children: UnitNode<U>[];
}

export type TierGroupKey = Tier | "other";

export interface TierGroup<U extends TreeUnit = TreeUnit> {
  tier: TierGroupKey;
  nodes: UnitNode<U>[];
}

const KIND_ORDER = new Map<string, number>(UNIT_KINDS.map((k, i) => [k, i]));
const collator = new Intl.Collator("vi", { sensitivity: "base", numeric: true });

export function compareUnits(a: TreeUnit, b: TreeUnit): number {
  return (
    (KIND_ORDER.get(a.kind) ?? 99) - (KIND_ORDER.get(b.kind) ?? 99) ||
    collator.compare(a.name, b.name) ||
    collator.compare(a.code, b.code)
  );
}

/**
 * Builds the tree from the flat list the API returns. A unit whose parent is not in the list (outside the
 * caller's scope, or closed) becomes a root. Siblings are ordered by kind, then by name in Vietnamese order.
 */
export function buildUnitTree<U extends TreeUnit>(units: readonly U[]): UnitNode<U>[] {
  const nodes = new Map<number, UnitNode<U>>();
  for (const unit of units) nodes.set(unit.id, { unit, children: [] });
  const roots: UnitNode<U>[] = [];
  for (const node of nodes.values()) {
    const parent = node.unit.parentId === null ? undefined : nodes.get(node.unit.parentId);
    if (parent && parent !== node) parent.children.push(node);
    else roots.push(node);
  }
  // A cycle (never expected) would leave units unreachable from any root: show them as roots.
  const seen = new Set<number>();
  const walk = (list: UnitNode<U>[]) => {
    list.sort((a, b) => compareUnits(a.unit, b.unit));
    for (const n of list) {
      if (seen.has(n.unit.id)) continue;
      seen.add(n.unit.id);
      walk(n.children);
    }
  };
  walk(roots);
  for (const node of nodes.values()) {
    if (!seen.has(node.unit.id)) {
      seen.add(node.unit.id);
      roots.push({ unit: node.unit, children: [] });
    }
  }
  return roots;
}

const GROUP_ORDER: readonly TierGroupKey[] = ["agency", "district", "commune", "other"];

/**
 * Groups top-level units by quota tier: agencies, districts (with their divisions and communes inside),
 * communes straight under the province (the two-tier structure since 2025), then the rest. The province
 * node itself is listed under "other" without children, its children being spread over the tiers — unless
 * `matched` is given (search results) and the province is not among them: then it was kept only as an
 * ancestor and is left out. Empty groups are left out.
 */
export function groupByTier<U extends TreeUnit>(
  roots: readonly UnitNode<U>[],
  matched?: ReadonlySet<number>,
): TierGroup<U>[] {
  const groups = new Map<TierGroupKey, UnitNode<U>[]>(GROUP_ORDER.map((t) => [t, []]));
  const place = (node: UnitNode<U>) => groups.get(tierOfKind(node.unit.kind) ?? "other")!.push(node);
  for (const root of roots) {
    if (root.unit.kind === "province") {
      if (!matched || matched.has(root.unit.id)) groups.get("other")!.push({ unit: root.unit, children: [] });
      for (const child of root.children) place(child);
    } else {
      place(root);
    }
  }
  return GROUP_ORDER.map((tier) => ({ tier, nodes: groups.get(tier)! })).filter((g) => g.nodes.length > 0);
}

/** Keeps the nodes in `keep` and their ancestors, so search results are shown in place in the tree. */
export function pruneTree<U extends TreeUnit>(
  nodes: readonly UnitNode<U>[],
  keep: ReadonlySet<number>,
): UnitNode<U>[] {
  const out: UnitNode<U>[] = [];
  for (const node of nodes) {
    const children = pruneTree(node.children, keep);
    if (keep.has(node.unit.id) || children.length > 0) out.push({ unit: node.unit, children });
  }
  return out;
}

/** Number of nodes in these subtrees. */
export function countNodes(nodes: readonly UnitNode[]): number {
  return nodes.reduce((sum, n) => sum + 1 + countNodes(n.children), 0);
}

/** Ids of every node that has children: to open a whole (pruned) tree at once. */
export function branchIds(nodes: readonly UnitNode[]): number[] {
  return nodes.flatMap((n) => (n.children.length > 0 ? [n.unit.id, ...branchIds(n.children)] : []));
}

/** Splits units by kind, in the register's kind order: a district's divisions apart from its communes. */
export function groupByKind<U extends TreeUnit>(units: readonly U[]): { kind: UnitKind; units: U[] }[] {
  const byKind = new Map<UnitKind, U[]>();
  for (const u of [...units].sort(compareUnits)) {
    const list = byKind.get(u.kind) ?? [];
    list.push(u);
    byKind.set(u.kind, list);
  }
  return [...byKind.entries()].map(([kind, list]) => ({ kind, units: list }));
}
