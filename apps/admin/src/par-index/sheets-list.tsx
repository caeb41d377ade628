import { Badge, Group, SegmentedControl, Stack } from "@mantine/core";
import { type IndexLevel, SCORING_STATE_LABELS } from "@par/domain";
import { QueryError, useLang, useTRPC } from "@par/ui";
import { nextCursorOf, PagedTable, UnitSearchSelect, useCursorPages } from "@par/ui/paged";
import { formatPoints } from "@par/ui/par-index";
import { useInfiniteQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useLocation } from "wouter";

/** Sở Nội vụ's worklist: the units' sheets of a level with their round; a click opens one. */
export function SheetsList({ year }: { year: number }) {
  const { t, lang } = useLang();
  const trpc = useTRPC();
  const [, navigate] = useLocation();
  const [level, setLevel] = useState<IndexLevel>("district");
  const query = useInfiniteQuery(
    trpc.parIndex.sheets.infiniteQueryOptions({ year, level, limit: 50 }, { getNextPageParam: nextCursorOf }),
  );
  const pages = useCursorPages(query);
  if (query.isError) return <QueryError error={query.error} />;
  type Row = (typeof pages.rows)[number];
  const open = (unitId: number) => navigate(`/par-index/${year}/units/${unitId}`);
  return (
    <Stack gap="sm" data-testid="sheets-list">
      <Group justify="space-between" align="flex-end">
        <SegmentedControl
          value={level}
          onChange={(v) => setLevel(v as IndexLevel)}
          data={[
            { value: "district", label: t("parIndex.level.district") },
            { value: "department", label: t("parIndex.level.department") },
          ]}
        />
        <UnitSearchSelect
          label={t("parIndex.sheets.pick")}
          value={null}
          kinds={level === "district" ? ["district"] : ["department", "agency", "office"]}
          onChange={(id) => id && open(id)}
          w={360}
        />
      </Group>
      <PagedTable<Row>
        pages={pages}
        rowKey={(r) => r.sheetId}
        onRowClick={(r) => open(r.unit.id)}
        testId="sheets-table"
        columns={[
          { key: "unit", header: t("parIndex.sheets.unit"), render: (r) => r.unit.name },
          {
            key: "state",
            header: t("parIndex.sheets.state"),
            width: 280,
            render: (r) => <Badge variant="light">{SCORING_STATE_LABELS[r.state][lang]}</Badge>,
          },
          {
            key: "total",
            header: t("parIndex.sheets.total"),
            width: 120,
            render: (r) => (r.total === null ? "–" : formatPoints(r.total)),
          },
        ]}
      />
    </Stack>
  );
}
