import { Badge, Button } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { Link } from "wouter";
import { useLang } from "../i18n/use-lang";
import { useTRPC } from "../trpc/trpc";

/** The header's bell: unread count (one aggregate query, refreshed every minute) and a link to the inbox. */
export function NotificationBell() {
  const trpc = useTRPC();
  const { t } = useLang();
  const unread = useQuery({ ...trpc.notifications.unreadCount.queryOptions(), refetchInterval: 60_000 });
  const count = unread.data?.unread ?? 0;
  return (
    <Button
      component={Link}
      href="/inbox"
      size="xs"
      variant="subtle"
      aria-label={count > 0 ? t("inbox.bellUnread", { count }) : t("inbox.bell")}
      data-testid="notification-bell"
      rightSection={
        count > 0 ? (
          <Badge size="xs" color="red" circle={count < 10} data-testid="notification-count">
            {count > 99 ? "99+" : count}
          </Badge>
        ) : undefined
      }
    >
      {t("inbox.bell")}
    </Button>
  );
}
