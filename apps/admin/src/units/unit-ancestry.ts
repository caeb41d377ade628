/** Ids of a unit's ancestors in a flat list (nearest first), to open the tree down to it. */
export function ancestorIdsOf(
  units: readonly { id: number; parentId: number | null }[],
  id: number,
): number[] {
  const parentOf = new Map(units.map((u) => [u.id, u.parentId]));
  const out: number[] = [];
  let current = parentOf.get(id) ?? null;
  while (current !== null && !out.includes(current)) {
    out.push(current);
    current = parentOf.get(current) ?? null;
  }
  return out;
}
