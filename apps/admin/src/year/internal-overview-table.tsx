import {
  Anchor,
  Badge,
  Group,
  Paper,
  Progress,
  Skeleton,
  Table,
  Text,
  Title,
  UnstyledButton,
} from "@mantine/core";
import { formatNumber, QueryError, UnitKindBadge, useLang, useTRPC } from "@par/ui";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "wouter";
import { type InternalSortKey, type SortDir, sortInternalRows } from "./sort-rows";

/** R9 for every department, agency and district in one table (internal.overview), laggards first. */
export function InternalOverviewTable({ year }: { year: number }) {
  const trpc = useTRPC();
  const { t } = useLang();
  // Re-read every 30 s: the units' clerks conclude internal inspections in the portal meanwhile.
  const overview = useQuery({ ...trpc.internal.overview.queryOptions({ year }), refetchInterval: 30_000 });
  const [sort, setSort] = useState<{ key: InternalSortKey; dir: SortDir }>({ key: "rank", dir: "asc" });
  const rows = overview.data ? sortInternalRows(overview.data, sort.key, sort.dir) : [];
  const head = (key: InternalSortKey, label: string, numeric = true, hint?: string) => {
    const active = sort.key === key;
    const aria = active ? (sort.dir === "asc" ? "ascending" : "descending") : "none";
    return (
      <Table.Th
        aria-sort={aria}
        ta={numeric ? "right" : undefined}
        title={hint}
        maw={numeric ? 130 : undefined}
      >
        <UnstyledButton
          onClick={() => setSort({ key, dir: active && sort.dir === "asc" ? "desc" : "asc" })}
          aria-label={t("admin.year.sortBy", { column: label })}
          fw={600}
          fz="sm"
          data-testid={`internal-sort-${key}`}
        >
          {label} {active ? (sort.dir === "asc" ? "▲" : "▼") : ""}
        </UnstyledButton>
      </Table.Th>
    );
  };
  return (
    <Paper withBorder p="md" data-testid="internal-overview">
      <Title order={3} size="h4">
        {t("admin.year.internal")}
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        {t("admin.year.internalHint")}
      </Text>
      {overview.isError && <QueryError error={overview.error} onRetry={() => void overview.refetch()} />}
      {overview.isPending && <Skeleton h={200} />}
      {overview.data && overview.data.length === 0 && <Text c="dimmed">{t("admin.year.internalEmpty")}</Text>}
      {rows.length > 0 && (
        <Table.ScrollContainer minWidth={640} maxHeight={420}>
          <Table striped highlightOnHover stickyHeader verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                {head("name", t("admin.year.internalCol.unit"), false)}
                {head("pct", t("admin.year.internalCol.pct"))}
                {head(
                  "poolSize",
                  t("admin.year.internalCol.pool"),
                  true,
                  t("admin.year.internalCol.poolHint"),
                )}
                {head("required", t("admin.year.internalCol.required"))}
                {head("done", t("admin.year.internalCol.done"))}
                {head("shortfall", t("admin.year.internalCol.shortfall"))}
                {head("rank", t("admin.year.internalCol.progress"), false)}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => {
                const ratio = r.required === 0 ? 1 : Math.min(1, r.done / r.required);
                return (
                  <Table.Tr key={r.unit.id} data-testid="internal-row" data-unit-id={r.unit.id}>
                    <Table.Td maw={360}>
                      <Group gap={6} wrap="nowrap">
                        <UnitKindBadge kind={r.unit.kind} name={r.unit.name} short />
                        <Anchor component={Link} href={`/units/${r.unit.id}`} size="sm" truncate>
                          {r.unit.name}
                        </Anchor>
                      </Group>
                    </Table.Td>
                    <Table.Td ta="right">
                      {r.unit.manySubordinates ? (
                        <Badge variant="light" size="sm" tt="none" title={t("admin.year.internalHint")}>
                          {r.pct} %
                        </Badge>
                      ) : (
                        `${r.pct} %`
                      )}
                    </Table.Td>
                    <Table.Td ta="right">{formatNumber(r.poolSize)}</Table.Td>
                    <Table.Td ta="right">{formatNumber(r.required)}</Table.Td>
                    <Table.Td ta="right">{formatNumber(r.done)}</Table.Td>
                    <Table.Td
                      ta="right"
                      c={r.shortfall > 0 ? "orange.8" : undefined}
                      fw={r.shortfall > 0 ? 700 : undefined}
                    >
                      {formatNumber(r.shortfall)}
                    </Table.Td>
                    <Table.Td w={140}>
                      <Progress
                        value={ratio * 100}
                        color={r.shortfall > 0 ? "orange" : "teal"}
                        aria-label={`${r.unit.name}: ${r.done}/${r.required}`}
                      />
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
