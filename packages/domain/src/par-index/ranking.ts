/**
 * Emulation ranking (issue 11 §5): by total, highest first; equal totals share a rank and the next
 * rank skips (1, 2, 2, 4), as rank() does in SQL — the API ranks in SQL, this is the rule it must match.
 */
export function rankByTotal<T extends { id: number; total: number }>(
  rows: readonly T[],
): (T & { rank: number })[] {
  const sorted = [...rows].sort((a, b) => b.total - a.total || a.id - b.id);
  return sorted.map((r) => ({ ...r, rank: 1 + sorted.filter((x) => x.total > r.total).length }));
}
