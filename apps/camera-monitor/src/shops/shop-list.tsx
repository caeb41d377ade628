import { Alert, Anchor, Loader, Paper, Stack, Text } from "@mantine/core";
import { QueryError, ScrollPane, SearchBox, tierLabel, UnitKindBadge, useLang, useTRPC } from "@par/ui";
import { useQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { Link } from "wouter";
import { filterShopGroups, groupShops, parentsOf } from "./shop-groups";

/** units.oneStopShops, grouped by tier and district, filtered as the user types (diacritics ignored). */
export function ShopList({ selectedId }: { selectedId: number | null }) {
  const trpc = useTRPC();
  const { t, lang } = useLang();
  const [query, setQuery] = useState("");
  const shops = useQuery(trpc.units.oneStopShops.queryOptions());
  // Each shop carries its parent (the district above a commune's shop): no register list is loaded.
  const groups = useMemo(() => groupShops(shops.data ?? [], parentsOf(shops.data ?? [])), [shops.data]);
  const shown = useMemo(() => filterShopGroups(groups, query), [groups, query]);

  return (
    <Paper withBorder p="sm">
      <Stack gap="xs">
        <SearchBox
          label={t("camera.search")}
          placeholder={t("camera.searchPlaceholder")}
          value={query}
          onChange={setQuery}
        />
        {shops.data && (
          <Text size="xs" c="dimmed">
            {t("camera.count", { count: shown.reduce((n, g) => n + g.shops.length, 0) })}
          </Text>
        )}
        {shops.isPending && <Loader size="sm" />}
        {shops.isError && <QueryError error={shops.error} onRetry={() => void shops.refetch()} />}
        {shops.data && shops.data.length === 0 && <Alert color="gray">{t("camera.empty")}</Alert>}
        {shops.data && shops.data.length > 0 && shown.length === 0 && (
          <Alert color="gray" data-testid="search-empty">
            {t("camera.noMatch", { query })}
          </Alert>
        )}
        <ScrollPane maxHeight="calc(100vh - 290px)">
          <Stack gap="sm" data-testid="shop-list">
            {shown.map((g) => (
              <section key={g.key} aria-label={g.districtName ?? tierLabel(g.key, lang)}>
                <Text size="xs" fw={700} tt="uppercase" c="dimmed" mb={2}>
                  {g.districtName ?? tierLabel(g.key, lang)} ({g.shops.length})
                </Text>
                <Stack gap={2}>
                  {g.shops.map((s) => (
                    <Anchor
                      key={s.id}
                      component={Link}
                      href={`/shops/${s.id}`}
                      size="sm"
                      fw={s.id === selectedId ? 700 : undefined}
                      className="par-tree-row"
                      data-selected={s.id === selectedId}
                      px={6}
                      py={2}
                      style={{ display: "flex", gap: 8, alignItems: "center", borderRadius: 4 }}
                    >
                      <span style={{ flex: 1, minWidth: 0 }}>{s.name}</span>
                      <UnitKindBadge kind={s.kind} name={s.name} short />
                    </Anchor>
                  ))}
                </Stack>
              </section>
            ))}
          </Stack>
        </ScrollPane>
      </Stack>
    </Paper>
  );
}
