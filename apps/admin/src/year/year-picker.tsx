import { NativeSelect } from "@mantine/core";
import { PLAN_TEMPLATES } from "@par/domain";
import { todayIso, useLang, useTRPC } from "@par/ui";
import { useQuery } from "@tanstack/react-query";
import { useLocation } from "wouter";

/** Years that have a plan or a template, up to next year; choosing one opens /year/:year. */
export function YearPicker({ year }: { year: number }) {
  const trpc = useTRPC();
  const { t } = useLang();
  const [, navigate] = useLocation();
  const plans = useQuery(trpc.plans.list.queryOptions());
  const thisYear = Number(todayIso().slice(0, 4));
  const firstTemplateYear = Math.min(...Object.values(PLAN_TEMPLATES).map((tp) => tp.years.from));
  const years = new Set<number>([year, thisYear + 1]);
  for (let y = firstTemplateYear; y <= thisYear + 1; y++) years.add(y);
  for (const p of plans.data ?? []) years.add(p.year);
  const options = [...years].sort((a, b) => b - a).map(String);
  return (
    <NativeSelect
      label={t("admin.year.pickYear")}
      data={options}
      value={String(year)}
      onChange={(e) => navigate(`/year/${e.currentTarget.value}`)}
      w={120}
      data-testid="year-picker"
    />
  );
}
