import { Group, SegmentedControl, Stack, Text } from "@mantine/core";
import type { RouterOutputs } from "@par/api/types";
import { formatRate } from "@par/domain";
import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { type ReactNode, useState } from "react";
import { QueryError } from "../errors/query-error";
import { formatNumber } from "../format/number";
import { useLang } from "../i18n/use-lang";
import { useScreenDictionary } from "../i18n/use-screen-dictionary";
import { type PagedColumn, PagedTable } from "../pages/paged-table";
import { nextCursorOf, useCursorPages } from "../pages/use-cursor-pages";
import { useTRPC } from "../trpc/trpc";
import { DOSSIER_DICTIONARY } from "./dossier-dictionary";
import { DossierTrend } from "./dossier-trend";

export type DossierRow = RouterOutputs["dossiers"]["dashboard"]["items"][number];

interface Props {
  year: number;
  /** Extra cells at the end of each row (the admin's "remote check" button). */
  actions?: { header: ReactNode; render: (row: DossierRow) => ReactNode };
}

/**
 * A year of dossier statistics, per unit or per district, in the caller's scope (the server scopes
 * and sums): the 766 rates as a table a page at a time, and the months as a chart for the scope or
 * for the row picked.
 */
export function DossierDashboard({ year, actions }: Props) {
  useScreenDictionary(DOSSIER_DICTIONARY);
  const trpc = useTRPC();
  const { t, lang } = useLang();
  const [by, setBy] = useState<"unit" | "district">("unit");
  const [picked, setPicked] = useState<{ id: number; name: string } | null>(null);
  const list = useInfiniteQuery({
    ...trpc.dossiers.dashboard.infiniteQueryOptions(
      { year, by, limit: 50 },
      { getNextPageParam: nextCursorOf },
    ),
    placeholderData: keepPreviousData,
  });
  const pages = useCursorPages<DossierRow>(list);
  const rate = (v: number | null) => formatRate(v, lang);
  const columns: PagedColumn<DossierRow>[] = [
    { key: "name", header: t("dossiers.unit"), width: 260, render: (r) => r.name },
    { key: "months", header: t("dossiers.months"), width: 80, render: (r) => r.months },
    {
      key: "received",
      header: t("dossiers.received"),
      render: (r) =>
        formatNumber(r.counts.receivedOnline + r.counts.receivedDirect + r.counts.receivedPostal),
    },
    {
      key: "resolved",
      header: t("dossiers.resolved"),
      render: (r) => formatNumber(r.counts.resolvedEarly + r.counts.resolvedOnTime + r.counts.resolvedLate),
    },
    { key: "onTime", header: t("dossiers.onTime"), render: (r) => rate(r.rates.onTime) },
    { key: "online", header: t("dossiers.online"), render: (r) => rate(r.rates.online) },
    { key: "digitised", header: t("dossiers.digitised"), render: (r) => rate(r.rates.digitisedComponents) },
    { key: "satisfaction", header: t("dossiers.satisfaction"), render: (r) => rate(r.rates.satisfaction) },
    ...(actions ? [{ key: "actions", header: actions.header, width: 180, render: actions.render }] : []),
  ];
  return (
    <Stack gap="sm" data-testid="dossier-dashboard">
      <Group justify="space-between">
        <SegmentedControl
          value={by}
          onChange={(v) => {
            setBy(v as "unit" | "district");
            setPicked(null);
          }}
          data={[
            { value: "unit", label: t("dossiers.byUnit") },
            { value: "district", label: t("dossiers.byDistrict") },
          ]}
        />
        <Text size="sm" c="dimmed">
          {picked ? (
            <Text
              component="button"
              c="blue"
              size="sm"
              onClick={() => setPicked(null)}
              style={{ border: 0, background: "none", cursor: "pointer" }}
            >
              {t("dossiers.clearUnit")}
            </Text>
          ) : pages.rows.length > 0 ? (
            t("dossiers.pickRow")
          ) : null}
        </Text>
      </Group>
      <DossierTrend year={year} unit={picked} />
      {list.error ? (
        <QueryError error={list.error} />
      ) : (
        <PagedTable
          pages={pages}
          columns={columns}
          rowKey={(r) => r.unitId}
          selectedKey={picked?.id ?? null}
          onRowClick={(r) => setPicked({ id: r.unitId, name: r.name })}
          maxHeight="calc(100vh - 520px)"
          testId="dossier-table"
          empty={list.isPending ? "" : t("dossiers.noFiguresHint", { year })}
        />
      )}
    </Stack>
  );
}
