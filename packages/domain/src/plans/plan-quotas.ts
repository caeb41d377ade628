import type { PlanTemplate } from "../templates/template-types";
import type { Tier } from "../units/unit-kinds";

/** A plan's own quotas (chỉ tiêu) per tier, where it sets them above the template's minimum. */
export type PlanQuotas = Partial<Record<Tier, number>>;

/** The template as the plan applies it: the same data with the plan's quota per tier. */
export function withQuotas(template: PlanTemplate, quotas: PlanQuotas): PlanTemplate {
  return {
    ...template,
    tiers: template.tiers.map((t) => ({ ...t, pct: quotas[t.tier] ?? t.pct })),
  };
}

export interface QuotaProblem {
  tier: Tier;
  pct: number;
  /** The template's minimum, or null when the template has no such tier. */
  minimum: number | null;
}

/**
 * The plan says "at least" (ít nhất) 40 / 50 / 20 %: a plan may raise a tier's quota, never lower it
 * below the template, and may not add a tier the template does not have. Returns the first problem.
 */
export function quotaProblem(
  template: PlanTemplate,
  quotas: readonly { tier: Tier; pct: number }[],
): QuotaProblem | null {
  for (const q of quotas) {
    const minimum = template.tiers.find((t) => t.tier === q.tier)?.pct ?? null;
    if (minimum === null || q.pct < minimum) return { tier: q.tier, pct: q.pct, minimum };
  }
  return null;
}
