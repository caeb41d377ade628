import { Paper, Skeleton, Title } from "@mantine/core";
import { MonthBars, monthLabel, QueryError, useLang, useTRPC } from "@par/ui";
import { useQuery } from "@tanstack/react-query";
import { monthCounts } from "./month-series";

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

/**
 * Conducted vs planned on-site inspections per month of the year: the counts inspections.calendar
 * returns for the year (`byMonth`), not its rows — the year's rows come in pages.
 */
export function MonthChartPanel({ year, templateId }: { year: number; templateId: string }) {
  const trpc = useTRPC();
  const { t, lang } = useLang();
  const calendar = useQuery(trpc.inspections.calendar.queryOptions({ year, limit: 1 }));
  const counts = calendar.data ? monthCounts(templateId, calendar.data.byMonth) : null;
  return (
    <Paper withBorder p="md" data-testid="month-chart">
      <Title order={3} size="h4" mb="xs">
        {t("admin.year.byMonth")}
      </Title>
      {calendar.isError && <QueryError error={calendar.error} onRetry={() => void calendar.refetch()} />}
      {calendar.isPending && <Skeleton h={180} />}
      {counts && (
        <MonthBars
          title={t("admin.year.byMonth")}
          monthLabels={MONTHS.map((m) => monthLabel(m, lang, true))}
          series={[
            { label: t("admin.year.byMonthDone"), color: "var(--mantine-color-teal-6)", values: counts.done },
            {
              label: t("admin.year.byMonthPlanned"),
              color: "var(--mantine-color-blue-3)",
              values: counts.planned,
            },
          ]}
        />
      )}
    </Paper>
  );
}
