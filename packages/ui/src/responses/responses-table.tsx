import { Badge, Stack, Text } from "@mantine/core";
import type { ResponsesPageInput } from "@par/domain";
import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { QueryError } from "../errors/query-error";
import { formatDate } from "../format/date";
import { formatNumber } from "../format/number";
import { useLang } from "../i18n/use-lang";
import { type PagedColumn, PagedTable } from "../pages/paged-table";
import { nextCursorOf, useCursorPages } from "../pages/use-cursor-pages";
import { useTRPC } from "../trpc/trpc";
import type { ResponseItem } from "./response-types";
import { ReviewStateBadge, stateOfItem } from "./review-state-badge";

type Filter = Omit<ResponsesPageInput, "cursor" | "limit">;

/** Recommendations with their responses, a page at a time (responses.page), by deadline. */
export function ResponsesTable(props: {
  filter: Filter;
  selectedId: number | null;
  onOpen: (row: ResponseItem) => void;
  maxHeight?: string;
}) {
  const trpc = useTRPC();
  const { t } = useLang();
  const list = useInfiniteQuery({
    ...trpc.responses.page.infiniteQueryOptions(
      { ...props.filter, limit: 50 },
      { getNextPageParam: nextCursorOf },
    ),
    placeholderData: keepPreviousData,
  });
  const pages = useCursorPages(list);
  const columns: PagedColumn<ResponseItem>[] = [
    {
      key: "rec",
      header: t("review.recommendation"),
      render: (r) => (
        <Stack gap={0}>
          <Text size="sm" lineClamp={2}>
            {r.text}
          </Text>
          <Text size="xs" c="dimmed">
            {r.unitName}
          </Text>
        </Stack>
      ),
    },
    {
      key: "deadline",
      header: t("review.deadline"),
      width: 130,
      render: (r) => (
        <Stack gap={2}>
          <Text size="sm">{formatDate(r.deadline)}</Text>
          {r.overdue && (
            <Badge color="red" size="xs" variant="light" style={{ textTransform: "none" }}>
              {t("review.overdue")}
            </Badge>
          )}
        </Stack>
      ),
    },
    {
      key: "state",
      header: t("review.stateLabel"),
      width: 200,
      render: (r) => <ReviewStateBadge state={stateOfItem(r)} />,
    },
  ];
  if (list.isError) return <QueryError error={list.error} onRetry={() => void list.refetch()} />;
  return (
    <PagedTable
      pages={pages}
      columns={columns}
      rowKey={(r) => r.id}
      selectedKey={props.selectedId}
      onRowClick={props.onOpen}
      maxHeight={props.maxHeight ?? "calc(100vh - 300px)"}
      testId="responses"
      totalLabel={(n) => t("pages.total.recommendations", { count: formatNumber(n) })}
    />
  );
}
