import { Anchor, Button, List, Loader, Text } from "@mantine/core";
import type { Tier } from "@par/domain";
import { QueryError, useLang, useTRPC } from "@par/ui";
import { nextCursorOf, useCursorPages } from "@par/ui/paged";
import { useInfiniteQuery } from "@tanstack/react-query";
import { Link } from "wouter";

/**
 * A tier's units not yet in the plan (plans.coverageUnits, state "missing"), a page at a time: the
 * list is fetched only when opened and never grows with the register beyond what the reader asks for.
 */
export function MissingUnitsList({ year, tier }: { year: number; tier: Tier }) {
  const trpc = useTRPC();
  const { t } = useLang();
  const query = useInfiniteQuery(
    trpc.plans.coverageUnits.infiniteQueryOptions(
      { year, tier, state: "missing", limit: 50 },
      { getNextPageParam: nextCursorOf },
    ),
  );
  const pages = useCursorPages(query);
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  if (query.isPending) return <Loader size="xs" m="xs" />;
  return (
    <>
      <List
        size="sm"
        spacing={2}
        mt={4}
        mah={220}
        style={{ overflowY: "auto" }}
        data-testid={`coverage-missing-${tier}`}
      >
        {pages.rows.map((u) => (
          <List.Item key={u.id}>
            <Anchor component={Link} href={`/units/${u.id}`} size="sm">
              {u.name}
            </Anchor>{" "}
            <Text span size="xs" c="dimmed">
              {u.code}
            </Text>
          </List.Item>
        ))}
      </List>
      {pages.hasMore && (
        <Button
          variant="subtle"
          size="compact-xs"
          mt={4}
          onClick={pages.loadMore}
          loading={pages.loadingMore}
          data-testid={`coverage-missing-more-${tier}`}
        >
          {t("pages.more")}
        </Button>
      )}
    </>
  );
}
