import { Anchor, Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { formatDate, monthLabel, QueryError, useLang, useTRPC } from "@par/ui";
import { useQuery } from "@tanstack/react-query";
import { Link, useSearch } from "wouter";
import { STATUS_COLOR } from "./internal-list-page";
import { InternalTabs } from "./internal-tabs";
import { useMyUnit, yearFrom } from "./use-my-unit";

/** The year's internal checks by month (a unit's year holds tens of them: one page of internal.list). */
export function CalendarPage() {
  const { t, lang } = useLang();
  const trpc = useTRPC();
  const unit = useMyUnit();
  const year = yearFrom(useSearch());
  const list = useQuery(
    trpc.internal.list.queryOptions({ year, limit: 200, ...(unit ? { unitId: unit.id } : {}) }),
  );
  const rows = list.data?.items ?? [];
  return (
    <Stack gap="md" data-testid="internal-calendar">
      <Title order={2}>{t("portal.internal.calendar.title", { year })}</Title>
      <InternalTabs year={year} active="calendar" />
      {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      <SimpleGrid cols={4} spacing="xs">
        {Array.from({ length: 12 }, (_, i) => i + 1).map((m) => {
          const inMonth = rows.filter((r) => Number(r.startDate.slice(5, 7)) === m);
          return (
            <Paper key={m} withBorder p="xs" mih={110} data-testid={`month-${m}`}>
              <Text fw={600} size="sm">
                {monthLabel(m, lang)}
              </Text>
              {inMonth.length === 0 ? (
                <Text size="xs" c="dimmed">
                  {t("portal.internal.calendar.empty")}
                </Text>
              ) : (
                inMonth.map((r) => (
                  <Group key={r.id} gap={4} wrap="nowrap">
                    <Badge
                      size="xs"
                      color={STATUS_COLOR[r.status]}
                      variant="dot"
                      tt="none"
                      style={{ flexShrink: 0 }}
                    >
                      {formatDate(r.startDate).slice(0, 5)}
                    </Badge>
                    <Anchor component={Link} href={`/internal/${r.id}`} size="xs" truncate>
                      {r.targetUnit.name}
                    </Anchor>
                  </Group>
                ))
              )}
            </Paper>
          );
        })}
      </SimpleGrid>
    </Stack>
  );
}
