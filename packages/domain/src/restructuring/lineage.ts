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

interface HistoryFacts {
  unitId: number;
  lastInspectionYear: number | null;
  findingsCount: number;
  openRecommendations: number;
  overdueRecommendations?: number;
  lastShortfallShare?: number;
}

/**
 * History as today's units carry it: each successor adds its predecessors' facts (the latest year,
 * the sum of findings, open and overdue recommendations; the ratings of the latest inspection) to its own. Predecessors keep theirs too: a plan of a
 * year before the restructuring still sees them as they were.
 */
export function carryHistory<T extends HistoryFacts>(
  history: readonly T[],
  successions: readonly Succession[],
): HistoryFacts[] {
  const original = new Map<number, HistoryFacts>(history.map((h) => [h.unitId, h]));
  const byUnit = new Map<number, HistoryFacts>(history.map((h) => [h.unitId, { ...h }]));
  const successors = new Set(successions.map((s) => s.successorId));
  for (const unitId of successors) {
    const own = byUnit.get(unitId) ?? {
      unitId,
      lastInspectionYear: null,
      findingsCount: 0,
      openRecommendations: 0,
    };
    const merged = { ...own };
    for (const p of predecessorsOf(unitId, successions)) {
      const h = original.get(p);
      if (!h) continue;
      // The ratings of the most recent inspection among the lineage speak for the successor.
      if (
        h.lastShortfallShare !== undefined &&
        h.lastInspectionYear !== null &&
        h.lastInspectionYear > (merged.lastInspectionYear ?? 0)
      )
        merged.lastShortfallShare = h.lastShortfallShare;
      merged.lastInspectionYear =
        h.lastInspectionYear === null
          ? merged.lastInspectionYear
          : Math.max(merged.lastInspectionYear ?? 0, h.lastInspectionYear);
      merged.findingsCount += h.findingsCount;
      merged.openRecommendations += h.openRecommendations;
      if (h.overdueRecommendations !== undefined)
        merged.overdueRecommendations = (merged.overdueRecommendations ?? 0) + h.overdueRecommendations;
    }
    byUnit.set(unitId, merged);
  }
  return [...byUnit.values()];
}
