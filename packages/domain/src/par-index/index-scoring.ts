import type { FigureValues } from "./figures";
import { evaluateFormula, parseFormula } from "./formula";
import type { IndexNode, IndexRule } from "./index-schemas";
import { childrenOf, componentOf, leavesOf, parentCode } from "./index-tree";

const round2 = (v: number) => Math.round(v * 100) / 100;
const clamp = (v: number, max: number) => Math.min(Math.max(v, 0), max);

/**
 * What the system computes for a leaf from its own figures: a formula, or a tier reached by a named
 * figure. null when the rule is judged by people, or when a figure it reads has no data yet.
 */
export function computedPoints(rule: IndexRule, maxPoints: number, figures: FigureValues): number | null {
  if (rule.kind === "formula") {
    const parsed = parseFormula(rule.expr);
    if (!parsed.ok) return null;
    const v = evaluateFormula(parsed.formula, figures as Record<string, number | null>);
    return v === null || !Number.isFinite(v) ? null : round2(clamp(v, maxPoints));
  }
  if (rule.kind === "tiered" && rule.figure) {
    const v = (figures as Record<string, number | null | undefined>)[rule.figure];
    return v === null || v === undefined ? null : tierPoints(rule.tiers, v, maxPoints);
  }
  return null;
}

/** The points of the highest tier whose threshold the value reaches; 0 below every tier. */
export function tierPoints(
  tiers: readonly { min: number; points: number }[],
  value: number,
  max: number,
): number {
  const reached = tiers.filter((t) => value >= t.min).map((t) => t.points);
  return reached.length === 0 ? 0 : clamp(Math.max(...reached), max);
}

/** Whether people may give these points to the leaf: fixed is 0 or all, a tier one of its points. */
export function pointsAllowed(rule: IndexRule, maxPoints: number, points: number): boolean {
  if (points < 0 || points > maxPoints + 0.005) return false;
  if (rule.kind === "fixed") return points === 0 || Math.abs(points - maxPoints) < 0.005;
  if (rule.kind === "tiered")
    return points === 0 || rule.tiers.some((t) => Math.abs(t.points - points) < 0.005);
  return true;
}

export interface IndexTotals {
  /** Points per node code (fields and criteria are the sums of their leaves; bonus/penalty capped). */
  byCode: Record<string, number>;
  assessment: number;
  survey: number;
  bonus: number;
  penalty: number;
  /** assessment + survey + bonus − penalty, never below zero. */
  total: number;
}

/**
 * Adds leaf points up the tree. A leaf without points counts as 0. Bonus and penalty fields are
 * limited by their maxima (the caps), so a generous sheet of bonus items cannot pass the cap.
 */
export function indexTotals(
  nodes: readonly IndexNode[],
  leafPoints: ReadonlyMap<string, number>,
): IndexTotals {
  const kids = childrenOf(nodes);
  const byCode: Record<string, number> = {};
  const sum = (n: IndexNode): number => {
    const children = kids.get(n.code);
    const raw = children ? children.reduce((s, c) => s + sum(c), 0) : (leafPoints.get(n.code) ?? 0);
    const v = round2(clamp(raw, n.maxPoints));
    byCode[n.code] = v;
    return v;
  };
  const parts = { assessment: 0, survey: 0, bonus: 0, penalty: 0 };
  for (const field of nodes.filter((n) => parentCode(n.code) === null)) {
    parts[componentOf(nodes, field.code)] += sum(field);
  }
  const r = {
    assessment: round2(parts.assessment),
    survey: round2(parts.survey),
    bonus: round2(parts.bonus),
    penalty: round2(parts.penalty),
  };
  return { byCode, ...r, total: round2(Math.max(0, r.assessment + r.survey + r.bonus - r.penalty)) };
}

/** Leaves whose rule the system computes, so screens fill them and show the source. */
export function computedLeaves(nodes: readonly IndexNode[]): IndexNode[] {
  return leavesOf(nodes).filter(
    (n) => n.rule?.kind === "formula" || (n.rule?.kind === "tiered" && !!n.rule.figure),
  );
}
