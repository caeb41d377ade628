export interface Ranked {
  id: number;
  group: number | null;
  score: number;
  key: number;
}

/** Highest score first; the seeded key breaks ties; the id makes the order total. */
export function byRank(a: Ranked, b: Ranked): number {
  return b.score - a.score || a.key - b.key || a.id - b.id;
}

/**
 * Picks `needed` units from candidates already sorted by rank. With `spread`, the first round takes
 * the best unit of each group (communes: one per district) in rank order, as far as `needed` allows;
 * the rest follow by rank. Returns the picks (in rank order) and the remaining candidates.
 */
export function selectRanked<T extends Ranked>(
  sorted: readonly T[],
  needed: number,
  spread: boolean,
): { picks: T[]; rest: T[] } {
  const take = Math.min(needed, sorted.length);
  const chosen = new Set<T>();
  if (spread) {
    const seen = new Set<number | null>();
    for (const c of sorted) {
      if (chosen.size >= take) break;
      if (c.group === null || seen.has(c.group)) continue;
      seen.add(c.group);
      chosen.add(c);
    }
  }
  for (const c of sorted) {
    if (chosen.size >= take) break;
    chosen.add(c);
  }
  const picks: T[] = [];
  const rest: T[] = [];
  for (const c of sorted) (chosen.has(c) ? picks : rest).push(c);
  return { picks, rest };
}
