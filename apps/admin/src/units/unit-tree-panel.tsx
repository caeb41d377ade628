import { Button, Group, Paper, Stack, Switch } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { ScrollPane, SearchBox, useCan, useLang, useTRPC } from "@par/ui";
import { useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { LazyLevel, UnitMatches } from "./lazy-unit-tree";

interface UnitTreePanelProps {
  selectedId: number | null;
  onAdd: () => void;
}

/**
 * The register as a tree opened level by level (children read on demand), and a search the server
 * runs ignoring diacritics and case, a page of matches at a time: nothing here loads the whole
 * register, which may be the country's.
 */
export function UnitTreePanel({ selectedId, onAdd }: UnitTreePanelProps) {
  const trpc = useTRPC();
  const { t } = useLang();
  const canWrite = useCan("units.write");
  const [text, setText] = useState("");
  const [query] = useDebouncedValue(text.trim(), 300);
  const [includeClosed, setIncludeClosed] = useState(false);
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(new Set());
  const searching = query !== "";

  // Open the tree down to the unit the URL names: its ancestors come with units.get.
  const selected = useQuery({
    ...trpc.units.get.queryOptions({ id: selectedId ?? 0 }),
    enabled: selectedId !== null,
  });
  useEffect(() => {
    const up = selected.data?.ancestors.map((a) => a.id) ?? [];
    if (up.length === 0) return;
    setExpanded((prev) => (up.every((id) => prev.has(id)) ? prev : new Set([...prev, ...up])));
  }, [selected.data]);

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
        <Switch
          size="xs"
          label={t("admin.units.includeClosed")}
          checked={includeClosed}
          onChange={(e) => setIncludeClosed(e.currentTarget.checked)}
        />
        <ScrollPane maxHeight="calc(100vh - 300px)">
          <div data-testid="unit-tree">
            {searching ? (
              <UnitMatches query={query} includeClosed={includeClosed} selectedId={selectedId} />
            ) : (
              <LazyLevel
                parentId={null}
                depth={0}
                expanded={expanded}
                onToggle={toggle}
                selectedId={selectedId}
                includeClosed={includeClosed}
              />
            )}
          </div>
        </ScrollPane>
      </Stack>
    </Paper>
  );
}
