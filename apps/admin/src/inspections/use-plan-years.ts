import { openingYear } from "@par/domain";
import { todayIso, useTRPC } from "@par/ui";
import { useQuery } from "@tanstack/react-query";
import type { Plan } from "./inspection-types";

/** The plans (one a year, newest first) and the year to show first: the latest with a plan (openingYear). */
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
  const defaultYear =
    list.length === 0
      ? null
      : openingYear(
          list.map((p) => p.year),
          thisYear,
        );
  return { plans: list, defaultYear, isPending: plans.isPending, error: plans.error };
}
