import { Anchor, Badge, Button, Group, Loader, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import {
  groupByKind,
  QueryError,
  type UnitDto,
  UnitKindBadge,
  unitGroupLabel,
  useLang,
  useTRPC,
} from "@par/ui";
import { nextCursorOf, useCursorPages } from "@par/ui/paged";
import { useInfiniteQuery } from "@tanstack/react-query";
import { Link } from "wouter";

/**
 * One bound unit and its direct subordinates grouped by kind (a district: divisions, then communes),
 * read a page at a time (units.page with parentId): a department with hundreds of schools loads the
 * first 200 and offers the rest, the count coming from the server.
 */
export function ScopeRootCard({ unit }: { unit: UnitDto }) {
  const trpc = useTRPC();
  const { t, lang } = useLang();
  const children = useInfiniteQuery(
    trpc.units.page.infiniteQueryOptions(
      { parentId: unit.id, limit: 200 },
      { getNextPageParam: nextCursorOf },
    ),
  );
  const pages = useCursorPages(children);
  return (
    <Paper withBorder p="md" data-testid="scope-root" data-unit-id={unit.id}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Title order={3}>
              <Anchor component={Link} href={`/units/${unit.id}`} inherit>
                {unit.name}
              </Anchor>
            </Title>
            <UnitKindBadge kind={unit.kind} name={unit.name} />
          </Group>
          {pages.total !== undefined && (
            <Text size="sm" c="dimmed">
              {t("portal.myUnit.subUnits", { count: pages.total })}
            </Text>
          )}
        </Group>
        {children.isPending && <Loader size="sm" />}
        {children.isError && <QueryError error={children.error} onRetry={() => void children.refetch()} />}
        {groupByKind(pages.rows).map((g) => (
          <Stack key={g.kind} gap={4} data-kind={g.kind}>
            <Text fw={600} size="sm">
              {unitGroupLabel(
                g.kind,
                g.units.map((u) => u.name),
                lang,
              )}{" "}
              ({g.units.length})
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="xs" verticalSpacing={4}>
              {g.units.map((u) => (
                <Group key={u.id} gap={6} wrap="nowrap">
                  <Anchor component={Link} href={`/units/${u.id}`} size="sm" truncate>
                    {u.name}
                  </Anchor>
                  {u.hasChildren && (
                    <Badge size="xs" variant="outline" color="gray" title={t("portal.myUnit.hasSubUnits")}>
                      +
                    </Badge>
                  )}
                </Group>
              ))}
            </SimpleGrid>
          </Stack>
        ))}
        {pages.hasMore && (
          <Button
            size="xs"
            variant="light"
            w="fit-content"
            onClick={pages.loadMore}
            loading={pages.loadingMore}
          >
            {t("pages.more")}
          </Button>
        )}
      </Stack>
    </Paper>
  );
}
