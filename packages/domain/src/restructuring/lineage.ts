/** A recorded succession: the predecessor's history continues in the successor from the date on. */
export interface Succession {
  predecessorId: number;
  successorId: number;
}

/**
 * Every unit whose history a unit carries: its predecessors, theirs, and so on (merges and splits over
 * the years). A successor's "last inspected" and open recommendations include theirs. The unit itself is
 * not in the list; a cycle (bad data) cannot loop. The API's SQL (a recursive CTE) agrees with this.
 */
export function predecessorsOf(unitId: number, successions: readonly Succession[]): number[] {
  const before = new Map<number, number[]>();
  for (const s of successions)
    before.set(s.successorId, [...(before.get(s.successorId) ?? []), s.predecessorId]);
  const seen = new Set<number>([unitId]);
  const out: number[] = [];
  const stack = [unitId];
  while (stack.length > 0) {
    for (const p of before.get(stack.pop()!) ?? []) {
      if (seen.has(p)) continue;
      seen.add(p);
      out.push(p);
      stack.push(p);
    }
  }
  return out.sort((a, b) => a - b);
}
