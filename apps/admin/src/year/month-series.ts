import {
  countsTowardCoverage,
  hasStarted,
  type InspectionForm,
  type InspectionStatus,
  isPending,
  PLAN_TEMPLATES,
  type PlanTemplate,
} from "@par/domain";

export interface MonthCounts {
  done: number[];
  planned: number[];
}

/** Visible inspections of the year counted by the server per start month (1–12), form and status. */
interface MonthFact {
  month: number;
  form: InspectionForm;
  status: InspectionStatus;
  count: number;
}

/**
 * Inspections of a year per start month: conducted (a started status) and still planned, using the
 * domain's status groups and the template's rule of which forms count toward the quotas.
 */
export function monthCounts(templateId: string, facts: readonly MonthFact[]): MonthCounts {
  const template = (PLAN_TEMPLATES as Record<string, PlanTemplate>)[templateId];
  const done = Array<number>(12).fill(0);
  const planned = Array<number>(12).fill(0);
  for (const f of facts) {
    if (f.month < 1 || f.month > 12) continue;
    if (template && !countsTowardCoverage(template, f.form)) continue;
    const m = f.month - 1;
    if (hasStarted(f.status)) done[m] = (done[m] ?? 0) + f.count;
    else if (isPending(f.status)) planned[m] = (planned[m] ?? 0) + f.count;
  }
  return { done, planned };
}
