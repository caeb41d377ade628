import { Group, Paper, Select, Stack, Switch, Text } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { TIERS, type Tier, UNIT_KINDS, type UnitKind, type UnitSort } from "@par/domain";
import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { QueryError } from "../errors/query-error";
import { useLang } from "../i18n/use-lang";
import { tierLabel, unitKindLabel } from "../labels/labels";
import type { UnitDto } from "../trpc/api-types";
import { useTRPC } from "../trpc/trpc";
import { SearchBox } from "../units/search-box";
import { UnitKindBadge } from "../units/unit-kind-badge";
import { ValidityText } from "../units/validity-text";
import { type PagedColumn, PagedTable } from "./paged-table";
import { nextCursorOf, useCursorPages } from "./use-cursor-pages";

/**
 * The register as a table, a page at a time (units.page): search, tier, kind and sort run on the
 * server, so the screen costs the same for one province or the whole country.
 */
export function UnitPagedTable({
  selectedId,
  onOpen,
  maxHeight = "calc(100vh - 380px)",
}: {
  selectedId: number | null;
  /** A row was clicked: the app opens the unit (its own route). */
  onOpen: (id: number) => void;
  maxHeight?: string;
}) {
  const trpc = useTRPC();
  const { t, lang } = useLang();
  const [text, setText] = useState("");
  const [query] = useDebouncedValue(text.trim(), 300);
  const [tier, setTier] = useState<Tier | null>(null);
  const [kind, setKind] = useState<UnitKind | null>(null);
  const [sort, setSort] = useState<UnitSort>("name");
  const [includeClosed, setIncludeClosed] = useState(false);

  const input = {
    sort,
    includeClosed,
    ...(query ? { query } : {}),
    ...(tier ? { tier } : {}),
    ...(kind ? { kind } : {}),
  };
  const list = useInfiniteQuery({
    ...trpc.units.page.infiniteQueryOptions(input, { getNextPageParam: nextCursorOf }),
    placeholderData: keepPreviousData,
  });
  const pages = useCursorPages(list);

  // Name takes the room left; a closed unit's validity shows under its name (the list is of units
  // valid today unless closed ones are asked for).
  const columns = useMemo<PagedColumn<UnitDto>[]>(
    () => [
      {
        key: "code",
        header: t("unitTable.code"),
        width: 124,
        render: (u) => (
          <Text size="sm" truncate title={u.code}>
            {u.code}
          </Text>
        ),
      },
      {
        key: "name",
        header: t("unitTable.name"),
        render: (u) => (
          <>
            <Text size="sm" truncate title={u.name}>
              {u.name}
            </Text>
            {u.validTo && (
              <Text size="xs" c="dimmed">
                <ValidityText validFrom={u.validFrom} validTo={u.validTo} />
              </Text>
            )}
          </>
        ),
      },
      {
        key: "kind",
        header: t("unitTable.kind"),
        width: 110,
        render: (u) => <UnitKindBadge kind={u.kind} name={u.name} short />,
      },
    ],
    [t],
  );

  return (
    <Paper withBorder p="sm">
      <Stack gap="xs">
        <SearchBox
          label={t("unitTable.search")}
          placeholder={t("unitTable.searchPlaceholder")}
          value={text}
          onChange={setText}
        />
        <Group gap="xs" wrap="wrap" align="flex-end">
          <Select
            size="xs"
            w={150}
            label={t("unitTable.tier")}
            placeholder={t("unitTable.anyTier")}
            clearable
            data={TIERS.map((v) => ({ value: v, label: tierLabel(v, lang) }))}
            value={tier}
            onChange={(v) => setTier(v as Tier | null)}
            data-testid="unit-table-tier"
          />
          <Select
            size="xs"
            w={170}
            label={t("unitTable.kind")}
            placeholder={t("unitTable.anyKind")}
            clearable
            data={UNIT_KINDS.map((v) => ({ value: v, label: unitKindLabel(v, lang) }))}
            value={kind}
            onChange={(v) => setKind(v as UnitKind | null)}
            data-testid="unit-table-kind"
          />
          <Select
            size="xs"
            w={120}
            label={t("unitTable.sort")}
            allowDeselect={false}
            data={[
              { value: "name", label: t("unitTable.byName") },
              { value: "code", label: t("unitTable.byCode") },
            ]}
            value={sort}
            onChange={(v) => setSort((v as UnitSort | null) ?? "name")}
            data-testid="unit-table-sort"
          />
          <Switch
            size="xs"
            mb={6}
            label={t("unitTable.includeClosed")}
            checked={includeClosed}
            onChange={(e) => setIncludeClosed(e.currentTarget.checked)}
          />
        </Group>
        {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
        <PagedTable
          pages={pages}
          columns={columns}
          rowKey={(u) => u.id}
          selectedKey={selectedId}
          onRowClick={(u) => onOpen(u.id)}
          maxHeight={maxHeight}
          testId="unit-table"
        />
      </Stack>
    </Paper>
  );
}
