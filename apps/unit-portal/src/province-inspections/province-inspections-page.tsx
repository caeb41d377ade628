import { Paper, Stack, Text, Title } from "@mantine/core";
import { INSPECTION_STATUS_LABELS } from "@par/domain";
import { formatDate, QueryError, useLang, useTRPC } from "@par/ui";
import { nextCursorOf, type PagedColumn, PagedTable, useCursorPages } from "@par/ui/paged";
import { InspectionDocuments } from "@par/ui/responses";
import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { useState } from "react";

type Row = {
  id: number;
  targetUnit: { name: string };
  status: keyof typeof INSPECTION_STATUS_LABELS;
  startDate: string;
  endDate: string;
  leadBodyName: { vi: string; en: string };
};

/**
 * "Cuộc kiểm tra của tỉnh": the province's inspections of my units as the server lets me see them (R5:
 * announced ones once published, a surprise only once started), with their Word documents.
 */
export function ProvinceInspectionsPage() {
  const trpc = useTRPC();
  const { t, lang } = useLang();
  const [selected, setSelected] = useState<Row | null>(null);
  const list = useInfiniteQuery({
    ...trpc.inspections.list.infiniteQueryOptions({ limit: 50 }, { getNextPageParam: nextCursorOf }),
    placeholderData: keepPreviousData,
  });
  const pages = useCursorPages<Row>(list);
  const columns: PagedColumn<Row>[] = [
    { key: "unit", header: t("portal.provinceInspections.unit"), render: (r) => r.targetUnit.name },
    {
      key: "body",
      header: t("portal.provinceInspections.body"),
      width: 200,
      render: (r) => r.leadBodyName[lang],
    },
    {
      key: "days",
      header: t("portal.provinceInspections.days"),
      width: 200,
      render: (r) =>
        `${formatDate(r.startDate)}${r.endDate !== r.startDate ? ` – ${formatDate(r.endDate)}` : ""}`,
    },
    {
      key: "status",
      header: t("portal.provinceInspections.status"),
      width: 170,
      render: (r) => INSPECTION_STATUS_LABELS[r.status][lang],
    },
  ];
  return (
    <Stack gap="md" data-testid="province-inspections">
      <div>
        <Title order={2}>{t("portal.provinceInspections.title")}</Title>
        <Text c="dimmed" size="sm">
          {t("portal.provinceInspections.subtitle")}
        </Text>
      </div>
      {selected && (
        <Paper withBorder p="sm">
          <Text size="sm" fw={500} mb={4}>
            {selected.targetUnit.name} · {formatDate(selected.startDate)}
          </Text>
          <InspectionDocuments inspectionId={selected.id} />
        </Paper>
      )}
      {list.isError ? (
        <QueryError error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <PagedTable
          pages={pages}
          columns={columns}
          rowKey={(r) => r.id}
          selectedKey={selected?.id ?? null}
          onRowClick={setSelected}
          testId="province-inspections"
        />
      )}
    </Stack>
  );
}
