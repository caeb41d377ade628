import { ActionIcon, Anchor, Button, Group, Loader } from "@mantine/core";
import type { RouterOutputs } from "@par/api/types";
import { QueryError, UnitKindBadge, useLang, useTRPC } from "@par/ui";
import { nextCursorOf, useCursorPages } from "@par/ui/paged";
import { useInfiniteQuery } from "@tanstack/react-query";
import { Link } from "wouter";

type PageUnit = RouterOutputs["units"]["page"]["items"][number];

export interface LazyTreeProps {
  expanded: ReadonlySet<number>;
  onToggle: (id: number) => void;
  selectedId: number | null;
  includeClosed: boolean;
}

/**
 * One level of the register, read when it is shown (units.page with parentId, or the top of the
 * caller's scope), 100 units at a time: the tree costs what is open, not the whole register.
 */
export function LazyLevel({
  parentId,
  depth,
  ...tree
}: LazyTreeProps & { parentId: number | null; depth: number }) {
  const trpc = useTRPC();
  const { t } = useLang();
  const input = {
    limit: 100,
    includeClosed: tree.includeClosed,
    ...(parentId === null ? { rootsOnly: true } : { parentId }),
  };
  const query = useInfiniteQuery(
    trpc.units.page.infiniteQueryOptions(input, { getNextPageParam: nextCursorOf }),
  );
  const pages = useCursorPages(query);
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  if (query.isPending) return <Loader size="xs" ml={depth * 18 + 22} my={4} />;
  return (
    <ul style={{ listStyle: "none", margin: 0, padding: 0 }}>
      {pages.rows.map((u) => (
        <LazyRow key={u.id} unit={u} depth={depth} {...tree} />
      ))}
      {pages.hasMore && (
        <li>
          <Button
            variant="subtle"
            size="compact-xs"
            ml={depth * 18 + 22}
            onClick={pages.loadMore}
            loading={pages.loadingMore}
            data-testid="unit-tree-more"
          >
            {t("pages.more")}
          </Button>
        </li>
      )}
    </ul>
  );
}

function LazyRow({ unit, depth, ...tree }: LazyTreeProps & { unit: PageUnit; depth: number }) {
  const { t } = useLang();
  const open = tree.expanded.has(unit.id);
  const selected = unit.id === tree.selectedId;
  return (
    <li>
      <Group
        className="par-tree-row"
        data-selected={selected}
        gap={4}
        wrap="nowrap"
        pl={depth * 18}
        py={2}
        style={{ borderRadius: 4 }}
      >
        {unit.hasChildren ? (
          <ActionIcon
            variant="subtle"
            color="gray"
            size="sm"
            onClick={() => tree.onToggle(unit.id)}
            aria-expanded={open}
            aria-label={t(open ? "admin.units.collapse" : "admin.units.expand", { name: unit.name })}
          >
            <span aria-hidden style={{ display: "inline-block", transform: open ? "rotate(90deg)" : "none" }}>
              ▸
            </span>
          </ActionIcon>
        ) : (
          <span style={{ width: 22, flexShrink: 0 }} />
        )}
        <Anchor
          component={Link}
          href={`/units/${unit.id}`}
          size="sm"
          c={unit.validTo ? "dimmed" : undefined}
          fw={selected ? 600 : undefined}
          td={unit.validTo ? "line-through" : undefined}
          truncate
          style={{ flex: 1, minWidth: 0 }}
          data-unit-id={unit.id}
          aria-current={selected ? "page" : undefined}
        >
          {unit.name}
        </Anchor>
        <UnitKindBadge kind={unit.kind} name={unit.name} short />
      </Group>
      {open && unit.hasChildren && <LazyLevel parentId={unit.id} depth={depth + 1} {...tree} />}
    </li>
  );
}

/** Search results: the matching units a page at a time (units.page with `query`), as links. */
export function UnitMatches({
  query,
  includeClosed,
  selectedId,
}: {
  query: string;
  includeClosed: boolean;
  selectedId: number | null;
}) {
  const trpc = useTRPC();
  const { t } = useLang();
  const found = useInfiniteQuery(
    trpc.units.page.infiniteQueryOptions(
      { limit: 100, includeClosed, query },
      { getNextPageParam: nextCursorOf },
    ),
  );
  const pages = useCursorPages(found);
  const noop = () => undefined;
  if (found.isError) return <QueryError error={found.error} onRetry={() => void found.refetch()} />;
  if (found.isPending) return <Loader size="sm" m="md" />;
  return (
    <>
      <span data-testid="search-count" style={{ fontSize: 12, color: "var(--mantine-color-dimmed)" }}>
        {t("admin.units.matches", { count: pages.total ?? pages.rows.length })}
      </span>
      <ul style={{ listStyle: "none", margin: 0, padding: 0 }}>
        {pages.rows.map((u) => (
          <LazyRow
            key={u.id}
            unit={{ ...u, hasChildren: false }}
            depth={0}
            expanded={new Set()}
            onToggle={noop}
            selectedId={selectedId}
            includeClosed={includeClosed}
          />
        ))}
      </ul>
      {pages.rows.length === 0 && (
        <span data-testid="search-empty">{t("admin.units.noMatch", { query })}</span>
      )}
      {pages.hasMore && (
        <Button variant="subtle" size="compact-xs" onClick={pages.loadMore} loading={pages.loadingMore}>
          {t("pages.more")}
        </Button>
      )}
    </>
  );
}
