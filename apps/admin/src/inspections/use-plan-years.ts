import { todayIso, useTRPC } from "@par/ui";
import { useQuery } from "@tanstack/react-query";
import type { Plan } from "./inspection-types";

/** The plans (one a year, newest first) and the year to show first: this year's plan, else the newest. */
export function usePlanYears(): {
  plans: Plan[];
  defaultYear: number | null;
  isPending: boolean;
  error: unknown;
} {
  const trpc = useTRPC();
  const plans = useQuery(trpc.plans.list.queryOptions());
  const list = plans.data ?? [];
  const thisYear = Number(todayIso().slice(0, 4));
  const defaultYear = list.find((p) => p.year === thisYear)?.year ?? list[0]?.year ?? null;
  return { plans: list, defaultYear, isPending: plans.isPending, error: plans.error };
}
