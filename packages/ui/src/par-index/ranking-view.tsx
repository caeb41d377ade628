import { Alert, Box, Group, Loader, Paper, SegmentedControl, Stack, Text, Title } from "@mantine/core";
import type { IndexLevel } from "@par/domain";
import { useInfiniteQuery } from "@tanstack/react-query";
import { useState } from "react";
import { QueryError } from "../errors/query-error";
import { DownloadLink } from "../files/download-link";
import { useLang } from "../i18n/use-lang";
import { useScreenDictionary } from "../i18n/use-screen-dictionary";
import { PagedTable } from "../pages/paged-table";
import { nextCursorOf, useCursorPages } from "../pages/use-cursor-pages";
import { useTRPC } from "../trpc/trpc";
import { PAR_INDEX_DICTIONARY } from "./par-index-dictionary";
import { formatPoints } from "./points";
import { PublicationBar } from "./publication-bar";
import { RankingFieldHeader, RankingFieldLegend } from "./ranking-field-header";

/**
 * The ranking of locked scores (issue 11 §5) within departments or within districts: a table with the
 * score of each field, a bar per unit, and the Excel workbook. Paged on the server (keyset on total).
 */
export function RankingView({
  year,
  levels = ["district", "department"],
  canPublish = false,
}: {
  year: number;
  /** The levels the viewer may switch between (a unit: the published ones). */
  levels?: readonly IndexLevel[];
  /** Sở Nội vụ: publish or withdraw the level's ranking. */
  canPublish?: boolean;
}) {
  useScreenDictionary(PAR_INDEX_DICTIONARY);
  const { t } = useLang();
  const trpc = useTRPC();
  const [picked, setLevel] = useState<IndexLevel>(levels[0] ?? "district");
  const level = levels.includes(picked) ? picked : (levels[0] ?? "district");
  const query = useInfiniteQuery(
    trpc.parIndex.ranking.infiniteQueryOptions(
      { year, level, limit: 50 },
      { getNextPageParam: nextCursorOf },
    ),
  );
  const pages = useCursorPages(query);
  if (query.isError) return <QueryError error={query.error} />;
  const fields = query.data?.pages[0]?.fields ?? [];
  const best = Math.max(100, ...pages.rows.map((r) => r.total));
  type Row = (typeof pages.rows)[number];
  return (
    <Stack gap="sm" data-testid="ranking-view">
      <Group justify="space-between">
        <SegmentedControl
          value={level}
          onChange={(v) => setLevel(v as IndexLevel)}
          data={levels.map((l) => ({ value: l, label: t(`parIndex.level.${l}`) }))}
        />
        <DownloadLink
          href={`/files/docs/par-index/ranking.xlsx?year=${year}&level=${level}`}
          testId="ranking-excel"
        >
          {t("parIndex.ranking.excel")}
        </DownloadLink>
      </Group>
      <PublicationBar year={year} level={level} canPublish={canPublish} />
      {query.isPending ? (
        <Loader m="md" />
      ) : pages.rows.length === 0 ? (
        <Alert color="gray">{t("parIndex.ranking.empty")}</Alert>
      ) : (
        <>
          <Paper withBorder p="sm" data-testid="ranking-chart">
            <Title order={5} mb="xs">
              {t("parIndex.ranking.chart")}
            </Title>
            <Stack gap={4}>
              {pages.rows.map((r) => (
                <Group key={r.sheetId} gap="xs" wrap="nowrap">
                  <Text size="sm" w={220} truncate>
                    {r.rank}. {r.unit.name}
                  </Text>
                  <Box style={{ flex: 1 }} bg="gray.1" h={14}>
                    <Box bg="blue.6" h={14} w={`${(r.total / best) * 100}%`} />
                  </Box>
                  <Text size="sm" w={60} ta="right" fw={600}>
                    {formatPoints(r.total)}
                  </Text>
                </Group>
              ))}
            </Stack>
          </Paper>
          <PagedTable<Row>
            pages={pages}
            rowKey={(r) => r.sheetId}
            testId="ranking-table"
            maxHeight="50vh"
            columns={[
              { key: "rank", header: t("parIndex.ranking.rank"), width: 60, render: (r) => r.rank },
              // No width: the unit's name takes what the numbered columns leave.
              { key: "unit", header: t("parIndex.ranking.unit"), render: (r) => r.unit.name },
              // The total before the fields: on a narrow screen the fields scroll, the total stays in view.
              {
                key: "total",
                header: t("parIndex.ranking.total"),
                width: 80,
                render: (r) => <b>{formatPoints(r.total)}</b>,
              },
              ...fields.map((f) => ({
                key: f.code,
                header: <RankingFieldHeader field={f} />,
                width: 56,
                render: (r: Row) => (
                  <Text ta="right" size="sm">
                    {formatPoints(r.fields[f.code] ?? 0)}
                  </Text>
                ),
              })),
            ]}
          />
          <RankingFieldLegend fields={fields} />
        </>
      )}
    </Stack>
  );
}
