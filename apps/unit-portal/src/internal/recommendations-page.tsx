import { Anchor, Badge, Checkbox, Stack, Title } from "@mantine/core";
import { formatDate, formatNumber, QueryError, useLang, useTRPC } from "@par/ui";
import { nextCursorOf, type PagedColumn, PagedTable, useCursorPages } from "@par/ui/paged";
import { useInfiniteQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useSearch } from "wouter";
import { InternalTabs } from "./internal-tabs";
import { useMyUnit, yearFrom } from "./use-my-unit";

interface Row {
  id: number;
  internalId: number;
  text: string;
  deadline: string;
  status: "open" | "done";
  unitName: string;
  overdue: boolean;
}

/** The unit's internal recommendations by deadline, a page at a time (internal.recommendations). */
export function RecommendationsPage() {
  const { t } = useLang();
  const trpc = useTRPC();
  const unit = useMyUnit();
  const year = yearFrom(useSearch());
  const [all, setAll] = useState(false);
  const query = useInfiniteQuery({
    ...trpc.internal.recommendations.infiniteQueryOptions(
      { unitId: unit?.id ?? 0, open: !all, limit: 50 },
      { getNextPageParam: nextCursorOf },
    ),
    enabled: unit !== null,
  });
  const pages = useCursorPages<Row>(query);
  const columns: PagedColumn<Row>[] = [
    {
      key: "unit",
      header: t("portal.internal.recs.col.unit"),
      width: 260,
      render: (r) => (
        <Anchor component={Link} href={`/internal/${r.internalId}`} size="sm">
          {r.unitName}
        </Anchor>
      ),
    },
    { key: "text", header: t("portal.internal.recs.col.text"), render: (r) => r.text },
    {
      key: "deadline",
      header: t("portal.internal.recs.col.deadline"),
      width: 120,
      render: (r) => formatDate(r.deadline),
    },
    {
      key: "status",
      header: t("portal.internal.recs.col.status"),
      width: 150,
      render: (r) => (
        <Badge color={r.status === "done" ? "teal" : r.overdue ? "red" : "gray"} variant="light" tt="none">
          {r.status === "done"
            ? t("portal.internal.recs.done")
            : r.overdue
              ? t("portal.internal.year.overdue")
              : t("portal.internal.recs.open")}
        </Badge>
      ),
    },
  ];
  return (
    <Stack gap="md" data-testid="internal-recs-page">
      <Title order={2}>{t("portal.internal.recs.title")}</Title>
      <InternalTabs year={year} active="recommendations" />
      <Checkbox
        label={t("portal.internal.recs.all")}
        checked={all}
        onChange={(e) => setAll(e.currentTarget.checked)}
      />
      {query.isError && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
      <PagedTable
        pages={pages}
        columns={columns}
        rowKey={(r) => r.id}
        maxHeight="calc(100vh - 300px)"
        testId="internal-recs-table"
        totalLabel={(n) => t("pages.total.recommendations", { count: formatNumber(n) })}
      />
    </Stack>
  );
}
