import { Alert, Group, Loader, Paper, Stack, Text } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { TIERS, type Tier } from "@par/domain";
import { QueryError, SearchBox, tierLabel, UnitKindBadge, useLang, useTRPC } from "@par/ui";
import { nextCursorOf, type PagedColumn, PagedTable, useCursorPages } from "@par/ui/paged";
import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useLocation } from "wouter";

interface ShopRow {
  id: number;
  name: string;
  kind: Parameters<typeof UnitKindBadge>[0]["kind"];
  groupKey: string;
  groupName: string | null;
}

const isTier = (key: string): key is Tier => (TIERS as readonly string[]).includes(key);

/**
 * units.oneStopShops a page at a time, searched on the server (name, code or district, diacritics
 * ignored): agencies first, then each district with its communes, as the server orders them. A
 * province of hundreds of shops, or the whole country, loads one page, never the whole list.
 */
export function ShopList({ selectedId }: { selectedId: number | null }) {
  const trpc = useTRPC();
  const { t, lang } = useLang();
  const [, navigate] = useLocation();
  const [search, setSearch] = useState("");
  const [query] = useDebouncedValue(search.trim(), 250);
  const shops = useInfiniteQuery({
    ...trpc.units.oneStopShops.infiniteQueryOptions(
      { limit: 50, ...(query ? { query } : {}) },
      { getNextPageParam: nextCursorOf },
    ),
    placeholderData: keepPreviousData,
  });
  const pages = useCursorPages(shops);
  const groupOf = (s: ShopRow) =>
    s.groupName ?? (isTier(s.groupKey) ? tierLabel(s.groupKey, lang) : t("common.none"));
  const columns: PagedColumn<ShopRow>[] = [
    {
      key: "name",
      header: t("camera.shopColumn"),
      render: (s) => (
        <Group gap={8} wrap="nowrap">
          <Text size="sm" fw={s.id === selectedId ? 700 : undefined} style={{ flex: 1, minWidth: 0 }}>
            {s.name}
          </Text>
          <UnitKindBadge kind={s.kind} name={s.name} short />
        </Group>
      ),
    },
    {
      key: "group",
      header: t("camera.groupColumn"),
      width: 130,
      render: (s) => (
        <Text size="xs" c="dimmed" truncate>
          {groupOf(s)}
        </Text>
      ),
    },
  ];

  return (
    <Paper withBorder p="sm">
      <Stack gap="xs">
        <SearchBox
          label={t("camera.search")}
          placeholder={t("camera.searchPlaceholder")}
          value={search}
          onChange={setSearch}
        />
        {shops.isPending && <Loader size="sm" />}
        {shops.isError && <QueryError error={shops.error} onRetry={() => void shops.refetch()} />}
        {pages.total === 0 && !query && <Alert color="gray">{t("camera.empty")}</Alert>}
        {pages.total === 0 && query && (
          <Alert color="gray" data-testid="search-empty">
            {t("camera.noMatch", { query })}
          </Alert>
        )}
        {shops.data && pages.total !== 0 && (
          <PagedTable
            pages={pages}
            columns={columns}
            rowKey={(s) => s.id}
            selectedKey={selectedId}
            onRowClick={(s) => navigate(`/shops/${s.id}`)}
            maxHeight="calc(100vh - 330px)"
            testId="shop-list"
            totalLabel={(total) => t("camera.count", { count: total })}
          />
        )}
      </Stack>
    </Paper>
  );
}
