import { Badge, Stack, Text, Title } from "@mantine/core";
import { formatDate, formatNumber, QueryError, useLang, useTRPC } from "@par/ui";
import { nextCursorOf, type PagedColumn, PagedTable, useCursorPages } from "@par/ui/paged";
import { ReviewStateBadge } from "@par/ui/responses";
import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { useLocation } from "wouter";

type Row = {
  inspectionId: number;
  startDate: string;
  endDate: string;
  unitName: string;
  state: Parameters<typeof ReviewStateBadge>[0]["state"] | null;
};

/** The announced inspections of my units, each with its self-check report's state (selfChecks.page). */
export function SelfChecksPage() {
  const trpc = useTRPC();
  const { t } = useLang();
  const [, navigate] = useLocation();
  const list = useInfiniteQuery({
    ...trpc.selfChecks.page.infiniteQueryOptions({ limit: 50 }, { getNextPageParam: nextCursorOf }),
    placeholderData: keepPreviousData,
  });
  const pages = useCursorPages<Row>(list);
  const columns: PagedColumn<Row>[] = [
    { key: "unit", header: t("portal.selfChecks.unit"), render: (r) => <Text size="sm">{r.unitName}</Text> },
    {
      key: "days",
      header: t("portal.selfChecks.days"),
      width: 220,
      render: (r) => (
        <Text size="sm">
          {formatDate(r.startDate)}
          {r.endDate !== r.startDate ? ` – ${formatDate(r.endDate)}` : ""}
        </Text>
      ),
    },
    {
      key: "state",
      header: t("portal.selfChecks.state"),
      width: 220,
      render: (r) =>
        r.state ? (
          <ReviewStateBadge state={r.state} />
        ) : (
          <Badge color="gray" variant="light" style={{ textTransform: "none" }}>
            {t("portal.selfChecks.noneYet")}
          </Badge>
        ),
    },
  ];
  return (
    <Stack gap="md" data-testid="self-checks-page">
      <div>
        <Title order={2}>{t("portal.selfChecks.title")}</Title>
        <Text c="dimmed" size="sm">
          {t("portal.selfChecks.subtitle")}
        </Text>
      </div>
      {list.isError ? (
        <QueryError error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <PagedTable
          pages={pages}
          columns={columns}
          rowKey={(r) => r.inspectionId}
          onRowClick={(r) => navigate(`/self-checks/${r.inspectionId}`)}
          testId="self-checks"
          empty={t("portal.selfChecks.empty")}
          totalLabel={(n) => t("pages.total.inspections", { count: formatNumber(n) })}
        />
      )}
    </Stack>
  );
}
