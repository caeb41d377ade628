import { Badge, Card, Group, SimpleGrid, Text } from "@mantine/core";
import { formatDateTime, QueryError, useLang, useTRPC } from "@par/ui";
import { useQuery } from "@tanstack/react-query";
import { Link } from "wouter";
import { LivePlayer } from "../player/live-player";

/** The counters of one shop side by side, each live (small), its health, and a link to full size. */
export function CounterGrid({ shopUnitId }: { shopUnitId: number }) {
  const trpc = useTRPC();
  const { t } = useLang();
  const counters = useQuery(trpc.camera.counters.queryOptions({ shopUnitId, limit: 200 }));
  if (counters.error) return <QueryError error={counters.error} />;
  const items = counters.data?.items ?? [];
  if (counters.data && items.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t("camera.noCounters")}
      </Text>
    );
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" data-testid="counter-grid">
      {items.map((c) => (
        <Card
          key={c.id}
          withBorder
          padding="xs"
          component={Link}
          href={`/counters/${c.id}`}
          data-testid="counter-card"
        >
          <LivePlayer counterId={c.id} title={c.name} compact />
          <Group justify="space-between" mt={6} wrap="nowrap">
            <Text size="sm" fw={500} truncate>
              {t("camera.counterTitle", { number: c.number, name: c.name })}
            </Text>
            <Badge
              size="sm"
              color={c.online ? "green" : "gray"}
              variant="light"
              style={{ flexShrink: 0, overflow: "visible" }}
            >
              {c.online ? t("camera.online") : t("camera.offlineFeed")}
            </Badge>
          </Group>
          <Text size="xs" c="dimmed">
            {c.lastFrameAt
              ? t("camera.lastFrame", { at: formatDateTime(c.lastFrameAt) })
              : t("camera.neverSeen")}
          </Text>
        </Card>
      ))}
    </SimpleGrid>
  );
}
