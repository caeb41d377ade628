import { Alert, Button, Group, Loader, Stack, Text, Title } from "@mantine/core";
import { describeError, QueryError, useCan, useLang, useTRPC } from "@par/ui";
import { useQuery } from "@tanstack/react-query";
import { Link } from "wouter";
import { CoveragePanel } from "./coverage-panel";
import { InternalOverviewTable } from "./internal-overview-table";
import { MonthChartPanel } from "./month-chart-panel";
import { PlanCard } from "./plan-card";
import { PlanCreateForm } from "./plan-create-form";
import { YearPicker } from "./year-picker";

/** The year at a glance: the plan, coverage per tier, inspections by month, internal inspections. */
export function YearPage({ year }: { year: number }) {
  const trpc = useTRPC();
  const { t, lang } = useLang();
  const canWrite = useCan("plans.write");
  const plan = useQuery(trpc.plans.get.queryOptions({ year }));
  const notFound = plan.isError && describeError(plan.error, lang).code === "NOT_FOUND";

  return (
    <Stack gap="md" data-testid="year-page" data-year={year}>
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
        <Title order={2}>{t("admin.year.title", { year })}</Title>
        <Group gap="sm" align="flex-end">
          {plan.isSuccess && canWrite && (
            <Button
              component={Link}
              href={`/year/${year}/proposal`}
              variant="light"
              data-testid="go-proposal"
            >
              {t("admin.year.goProposal")}
            </Button>
          )}
          {plan.isSuccess && (
            <Button component={Link} href={`/calendar/${year}/1`} variant="default" data-testid="go-calendar">
              {t("admin.year.goCalendar")}
            </Button>
          )}
          <YearPicker year={year} />
        </Group>
      </Group>
      {plan.isPending && <Loader />}
      {notFound &&
        (canWrite ? (
          <PlanCreateForm year={year} />
        ) : (
          <Alert color="gray" title={t("admin.year.noPlanTitle", { year })} data-testid="plan-missing">
            <Text size="sm">{t("admin.year.noPlanReadOnly", { year })}</Text>
          </Alert>
        ))}
      {plan.isError && !notFound && <QueryError error={plan.error} onRetry={() => void plan.refetch()} />}
      {plan.isSuccess && (
        <>
          <PlanCard plan={plan.data} />
          <CoveragePanel year={year} />
          <MonthChartPanel year={year} templateId={plan.data.templateId} />
          <InternalOverviewTable year={year} />
        </>
      )}
    </Stack>
  );
}
