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

interface InspectionLike {
  form: InspectionForm;
  status: InspectionStatus;
  startDate: string;
}

/**
 * Inspections of a year per start month: conducted (a started status) and still planned, using the
 * domain's status groups and the template's rule of which forms count toward the quotas.
 */
export function monthCounts(
  year: number,
  templateId: string,
  inspections: readonly InspectionLike[],
): MonthCounts {
  const template = (PLAN_TEMPLATES as Record<string, PlanTemplate>)[templateId];
  const done = Array<number>(12).fill(0);
  const planned = Array<number>(12).fill(0);
  for (const i of inspections) {
    if (Number(i.startDate.slice(0, 4)) !== year) continue;
    if (template && !countsTowardCoverage(template, i.form)) continue;
    const m = Number(i.startDate.slice(5, 7)) - 1;
    if (hasStarted(i.status)) done[m] = (done[m] ?? 0) + 1;
    else if (isPending(i.status)) planned[m] = (planned[m] ?? 0) + 1;
  }
  return { done, planned };
}
