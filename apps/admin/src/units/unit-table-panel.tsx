import { Group, Paper, Select, Stack, Switch, Text } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { TIERS, type Tier, UNIT_KINDS, type UnitKind, type UnitSort } from "@par/domain";
import {
  QueryError,
  SearchBox,
  tierLabel,
  type UnitDto,
  UnitKindBadge,
  unitKindLabel,
  useLang,
  useTRPC,
  ValidityText,
} from "@par/ui";
import { nextCursorOf, type PagedColumn, PagedTable, useCursorPages } from "@par/ui/paged";
import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { useLocation } from "wouter";

/**
 * The register as a table, a page at a time (units.page): search, tier, kind and sort run on the
 * server, so the screen costs the same for one province or the whole country.
 */
export function UnitTablePanel({ selectedId }: { selectedId: number | null }) {
  const trpc = useTRPC();
  const { t, lang } = useLang();
  const [, navigate] = useLocation();
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
        width: 100,
        render: (u) => <Text size="sm">{u.code}</Text>,
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
          label={t("admin.units.search")}
          placeholder={t("admin.units.searchPlaceholder")}
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
            label={t("admin.units.includeClosed")}
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
          onRowClick={(u) => navigate(`/units/${u.id}`)}
          maxHeight="calc(100vh - 380px)"
          testId="unit-table"
        />
      </Stack>
    </Paper>
  );
}
