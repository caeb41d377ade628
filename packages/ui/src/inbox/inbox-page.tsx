import { Badge, Button, Group, Paper, SegmentedControl, Stack, Text, Title } from "@mantine/core";
import type { RouterOutputs } from "@par/api/types";
import { NOTIFICATION_TITLES } from "@par/domain";
import { keepPreviousData, useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { QueryError } from "../errors/query-error";
import { formatDate, formatDateTime } from "../format/date";
import { formatNumber } from "../format/number";
import { useLang } from "../i18n/use-lang";
import { nextCursorOf, useCursorPages } from "../pages/use-cursor-pages";
import { useTRPC } from "../trpc/trpc";

/** Notifications whose date is the day of a visit, not a deadline. */
const VISIT_DAY_KINDS = new Set<string>(["notice", "self_check_requested", "self_check_submitted"]);

type Item = RouterOutputs["notifications"]["page"]["items"][number];

/** The inbox (hộp thông báo): newest first, a page at a time; opening one marks it read. */
export function InboxPage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { t, lang } = useLang();
  const [unreadOnly, setUnreadOnly] = useState(true);
  const list = useInfiniteQuery({
    ...trpc.notifications.page.infiniteQueryOptions(
      { unreadOnly, limit: 50 },
      { getNextPageParam: nextCursorOf },
    ),
    placeholderData: keepPreviousData,
  });
  const pages = useCursorPages<Item>(list);
  const refresh = () => queryClient.invalidateQueries(trpc.notifications.pathFilter());
  const mark = useMutation(trpc.notifications.markRead.mutationOptions({ onSuccess: refresh }));
  const open = async (n: Item) => {
    if (!n.read) await mark.mutateAsync({ ids: [n.id] });
    window.location.assign(n.link);
  };
  return (
    <Stack gap="md" data-testid="inbox">
      <div>
        <Title order={2}>{t("inbox.title")}</Title>
        <Text c="dimmed" size="sm">
          {t("inbox.subtitle")}
        </Text>
      </div>
      <Group justify="space-between">
        <SegmentedControl
          value={unreadOnly ? "unread" : "all"}
          onChange={(v) => setUnreadOnly(v === "unread")}
          data={[
            { value: "unread", label: t("inbox.unreadOnly") },
            { value: "all", label: t("inbox.all") },
          ]}
        />
        <Button
          size="xs"
          variant="light"
          loading={mark.isPending}
          // Nothing unread: nothing to mark (the unread tab lists every unread notification).
          disabled={unreadOnly && !list.isPending && pages.rows.length === 0}
          onClick={() => mark.mutate({ all: true })}
          data-testid="inbox-mark-all"
        >
          {t("inbox.markAll")}
        </Button>
      </Group>
      {pages.total !== undefined && pages.total > 0 && (
        <Text size="sm" fw={600} data-testid="inbox-total">
          {t("pages.total.notifications", { count: formatNumber(pages.total) })}
        </Text>
      )}
      {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      {pages.rows.length === 0 && !list.isPending && (
        <Text c="dimmed" data-testid="inbox-empty">
          {t(unreadOnly ? "inbox.emptyUnread" : "inbox.empty")}
        </Text>
      )}
      {pages.rows.map((n) => (
        <Paper
          key={n.id}
          withBorder
          p="sm"
          bg={n.read ? undefined : "blue.0"}
          data-testid="inbox-item"
          data-kind={n.kind}
        >
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <Stack gap={2}>
              <Group gap="xs">
                <Text fw={600} size="sm">
                  {NOTIFICATION_TITLES[n.kind][lang]}
                </Text>
                {!n.read && (
                  <Badge size="xs" color="blue" variant="filled" style={{ textTransform: "none" }}>
                    {t("inbox.unreadOnly")}
                  </Badge>
                )}
              </Group>
              <Text size="sm">{n.subject}</Text>
              <Text size="xs" c="dimmed">
                {n.unitName}
                {n.dueDate
                  ? ` · ${t(VISIT_DAY_KINDS.has(n.kind) ? "inbox.visitOn" : "inbox.due", { date: formatDate(n.dueDate) })}`
                  : ""}
                {` · ${formatDateTime(n.createdAt)}`}
              </Text>
            </Stack>
            <Button size="xs" variant="default" onClick={() => void open(n)} data-testid="inbox-open">
              {t("inbox.open")}
            </Button>
          </Group>
        </Paper>
      ))}
      {pages.hasMore && (
        <Button variant="light" onClick={pages.loadMore} loading={pages.loadingMore} w="fit-content">
          {t("pages.more")}
        </Button>
      )}
    </Stack>
  );
}
