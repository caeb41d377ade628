import { Alert, Button, Group, Loader, Paper, Stack, Switch, Text } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import {
  branchIds,
  buildUnitTree,
  groupByTier,
  pruneTree,
  QueryError,
  ScrollPane,
  SearchBox,
  useCan,
  useLang,
  useTRPC,
} from "@par/ui";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useEffect, useMemo, useState } from "react";
import { ancestorIdsOf } from "./unit-ancestry";
import { UnitTreeView } from "./unit-tree-view";

interface UnitTreePanelProps {
  selectedId: number | null;
  onAdd: () => void;
}

/**
 * The whole register as a tree (units.list), and a search the server runs ignoring diacritics and case
 * (units.list with `query`): matches are shown in place, with their ancestors opened.
 */
export function UnitTreePanel({ selectedId, onAdd }: UnitTreePanelProps) {
  const trpc = useTRPC();
  const { t } = useLang();
  const canWrite = useCan("units.write");
  const [text, setText] = useState("");
  const [query] = useDebouncedValue(text.trim(), 300);
  const [includeClosed, setIncludeClosed] = useState(false);
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(new Set());

  const all = useQuery(trpc.units.list.queryOptions(includeClosed ? { includeClosed } : {}));
  const found = useQuery(
    trpc.units.list.queryOptions(
      { query, includeClosed },
      { enabled: query !== "", placeholderData: keepPreviousData },
    ),
  );
  const searching = query !== "";

  const tree = useMemo(() => buildUnitTree(all.data ?? []), [all.data]);
  const matched = useMemo(
    () => (searching && found.data ? new Set(found.data.map((u) => u.id)) : undefined),
    [searching, found.data],
  );
  const shown = useMemo(() => (matched ? pruneTree(tree, matched) : tree), [matched, tree]);
  const groups = useMemo(() => groupByTier(shown, matched), [shown, matched]);
  const openIds = useMemo(
    () => (searching ? new Set(branchIds(shown)) : expanded),
    [searching, shown, expanded],
  );

  // Open the tree down to the unit the URL names.
  useEffect(() => {
    if (selectedId === null || !all.data) return;
    const up = ancestorIdsOf(all.data, selectedId);
    setExpanded((prev) => (up.every((id) => prev.has(id)) ? prev : new Set([...prev, ...up])));
  }, [selectedId, all.data]);

  const toggle = (id: number) =>
    setExpanded((prev) => {
      const next = new Set(prev);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  return (
    <Paper withBorder p="sm">
      <Stack gap="xs">
        <Group align="flex-end" gap="xs" wrap="nowrap">
          <div style={{ flex: 1 }}>
            <SearchBox
              label={t("admin.units.search")}
              placeholder={t("admin.units.searchPlaceholder")}
              value={text}
              onChange={setText}
            />
          </div>
          {canWrite && (
            <Button onClick={onAdd} data-testid="unit-add">
              {t("admin.units.add")}
            </Button>
          )}
        </Group>
        <Group justify="space-between">
          <Switch
            size="xs"
            label={t("admin.units.includeClosed")}
            checked={includeClosed}
            onChange={(e) => setIncludeClosed(e.currentTarget.checked)}
          />
          {searching &&
            (found.isFetching ? (
              <Loader size="xs" />
            ) : (
              found.data && (
                <Text size="xs" c="dimmed" data-testid="search-count">
                  {t("admin.units.matches", { count: found.data.length })}
                </Text>
              )
            ))}
        </Group>
        {all.isError && <QueryError error={all.error} onRetry={() => void all.refetch()} />}
        {found.isError && <QueryError error={found.error} />}
        {all.isPending ? (
          <Loader size="sm" m="md" />
        ) : searching && found.data && found.data.length === 0 ? (
          <Alert color="gray" data-testid="search-empty">
            {t("admin.units.noMatch", { query })}
          </Alert>
        ) : groups.length === 0 && !all.isError ? (
          <Alert color="gray">{t("admin.units.empty")}</Alert>
        ) : (
          <ScrollPane maxHeight="calc(100vh - 300px)">
            <UnitTreeView groups={groups} expanded={openIds} onToggle={toggle} selectedId={selectedId} />
          </ScrollPane>
        )}
      </Stack>
    </Paper>
  );
}
