import { Anchor, Badge, Button, Group, Stack, Text, Title } from "@mantine/core";
import type { InternalStatus } from "@par/domain";
import { formatDate, formatNumber, QueryError, useLang, useTRPC } from "@par/ui";
import { nextCursorOf, type PagedColumn, PagedTable, useCursorPages } from "@par/ui/paged";
import { useInfiniteQuery } from "@tanstack/react-query";
import { Link, useLocation, useSearch } from "wouter";
import { InternalTabs } from "./internal-tabs";
import { useMyUnit, yearFrom } from "./use-my-unit";

interface Row {
  id: number;
  targetUnit: { name: string };
  startDate: string;
  endDate: string;
  status: InternalStatus;
  noticeNumber: string | null;
}

export const STATUS_COLOR: Record<InternalStatus, string> = {
  planned: "blue",
  done: "teal",
  concluded: "grape",
  closed: "gray",
};

/** The unit's internal inspections of a year, a page at a time by start date (internal.list). */
export function InternalListPage() {
  const { t } = useLang();
  const trpc = useTRPC();
  const unit = useMyUnit();
  const year = yearFrom(useSearch());
  const [, navigate] = useLocation();
  const query = useInfiniteQuery(
    trpc.internal.list.infiniteQueryOptions(
      { year, limit: 50, ...(unit ? { unitId: unit.id } : {}) },
      { getNextPageParam: nextCursorOf },
    ),
  );
  const pages = useCursorPages<Row>(query);
  const columns: PagedColumn<Row>[] = [
    {
      key: "unit",
      header: t("portal.internal.list.col.unit"),
      render: (r) => (
        <Anchor component={Link} href={`/internal/${r.id}`} size="sm">
          {r.targetUnit.name}
        </Anchor>
      ),
    },
    {
      key: "dates",
      header: t("portal.internal.list.col.dates"),
      width: 220,
      render: (r) => `${formatDate(r.startDate)} – ${formatDate(r.endDate)}`,
    },
    {
      key: "status",
      header: t("portal.internal.list.col.status"),
      width: 200,
      render: (r) => (
        <Badge color={STATUS_COLOR[r.status]} variant="light" tt="none">
          {t(`portal.internal.status.${r.status}`)}
        </Badge>
      ),
    },
    {
      key: "notice",
      header: t("portal.internal.list.col.notice"),
      width: 180,
      render: (r) => r.noticeNumber ?? "",
    },
  ];
  return (
    <Stack gap="md" data-testid="internal-list">
      <Group justify="space-between">
        <Title order={2}>{t("portal.internal.list.title", { year })}</Title>
        <Button component={Link} href={`/internal/plan?year=${year}`} data-testid="go-plan">
          {t("portal.internal.list.plan")}
        </Button>
      </Group>
      <InternalTabs year={year} active="list" />
      {query.isError && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
      {query.data && pages.rows.length === 0 ? (
        <Text c="dimmed">{t("portal.internal.list.empty")}</Text>
      ) : (
        <PagedTable
          pages={pages}
          columns={columns}
          rowKey={(r) => r.id}
          onRowClick={(r) => navigate(`/internal/${r.id}`)}
          maxHeight="calc(100vh - 260px)"
          testId="internal-table"
          totalLabel={(n) => t("pages.total.internal", { count: formatNumber(n) })}
        />
      )}
    </Stack>
  );
}
