import { Badge, Stack, Table, Text, Title } from "@mantine/core";
import { INSPECTION_STATUS_LABELS, RECOMMENDATION_STATUS_LABELS } from "@par/domain";
import { formatDate, QueryError, useLang, useTRPC } from "@par/ui";
import { nextCursorOf, type PagedColumn, PagedTable, useCursorPages } from "@par/ui/paged";
import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { useSearch } from "wouter";
import { formLabel } from "./form-label";
import { useMyUnit, yearFrom } from "./use-my-unit";

interface InspectionRow {
  id: number;
  targetUnit: { name: string };
  form: string;
  status: keyof typeof INSPECTION_STATUS_LABELS;
  startDate: string;
  endDate: string;
}

/** The province's inspections of the unit's subtree the clerk may see (inspections.list: R5 on the server). */
export function ProvinceInspectionsPage() {
  const { t, lang } = useLang();
  const trpc = useTRPC();
  const unit = useMyUnit();
  const year = yearFrom(useSearch());
  const query = useInfiniteQuery({
    ...trpc.inspections.list.infiniteQueryOptions(
      { year, unitId: unit?.id ?? 0, limit: 50 },
      { getNextPageParam: nextCursorOf },
    ),
    enabled: unit !== null,
  });
  const pages = useCursorPages<InspectionRow>(query as never);
  const columns: PagedColumn<InspectionRow>[] = [
    { key: "unit", header: t("portal.internal.recs.col.unit"), render: (r) => r.targetUnit.name },
    {
      key: "form",
      header: t("portal.internal.year.form"),
      width: 260,
      render: (r) => formLabel(r.form, lang),
    },
    {
      key: "dates",
      header: t("portal.internal.list.col.dates"),
      width: 200,
      render: (r) => `${formatDate(r.startDate)} – ${formatDate(r.endDate)}`,
    },
    {
      key: "status",
      header: t("portal.internal.list.col.status"),
      width: 160,
      render: (r) => INSPECTION_STATUS_LABELS[r.status][lang],
    },
  ];
  return (
    <Stack gap="md" data-testid="province-inspections-page">
      <Title order={2}>{t("portal.internal.year.province")}</Title>
      {query.isError && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
      {query.data && pages.rows.length === 0 ? (
        <Text c="dimmed">{t("portal.internal.year.provinceEmpty")}</Text>
      ) : (
        <PagedTable
          pages={pages}
          columns={columns}
          rowKey={(r) => r.id}
          maxHeight="calc(100vh - 220px)"
          testId="province-table"
        />
      )}
    </Stack>
  );
}

/** The province's recommendations to the unit's subtree still owed (recommendations.list, R5 on the server). */
export function ProvinceRecommendationsPage() {
  const { t, lang } = useLang();
  const trpc = useTRPC();
  const unit = useMyUnit();
  const recs = useQuery({
    ...trpc.recommendations.list.queryOptions({ unitId: unit?.id ?? 0 }),
    enabled: unit !== null,
  });
  const rows = (recs.data ?? [])
    .filter((r) => r.status !== "resolved")
    .sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.deadline.localeCompare(b.deadline));
  return (
    <Stack gap="md" data-testid="province-recs-page">
      <Title order={2}>{t("portal.internal.year.provinceRecs")}</Title>
      {recs.isError && <QueryError error={recs.error} onRetry={() => void recs.refetch()} />}
      {recs.data && rows.length === 0 && <Text c="dimmed">{t("portal.internal.year.recsEmpty")}</Text>}
      {rows.length > 0 && (
        <Table striped>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td>{r.unitName}</Table.Td>
                <Table.Td>{r.text}</Table.Td>
                <Table.Td w={120}>{formatDate(r.deadline)}</Table.Td>
                <Table.Td w={160}>
                  <Badge color={r.overdue ? "red" : "gray"} variant="light" tt="none">
                    {r.overdue
                      ? t("portal.internal.year.overdue")
                      : RECOMMENDATION_STATUS_LABELS[r.status][lang]}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
