import { Anchor, Button, Group, NumberInput, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { CONDUCT_ITEMS } from "@par/domain";
import { MonthBars, monthLabel, QueryError, todayIso, useCan, useLang, useTRPC } from "@par/ui";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { monthPeriod, RemoteInspectionModal } from "./remote-inspection-modal";

/** The month's camera report per unit (reviews against the sample, violations by type) and the year's trend. */
export function ReportPage() {
  const trpc = useTRPC();
  const { t, lang } = useLang();
  const [year, setYear] = useState(() => Number(todayIso().slice(0, 4)));
  const [month, setMonth] = useState(() => Number(todayIso().slice(5, 7)));
  const report = useQuery(trpc.camera.report.queryOptions({ year, month }));
  // Sở Nội vụ and VP UBND tỉnh open remote-camera inspections; a reviewer only reads the report.
  const canOpen = useCan("inspections.write");
  const [opening, setOpening] = useState<{ id: number; name: string } | null>(null);
  if (report.error) return <QueryError error={report.error} />;
  const trend = report.data?.trend ?? [];
  const perMonth = (key: "reviews" | "violations") =>
    Array.from({ length: 12 }, (_, i) => trend.find((m) => m.month === i + 1)?.[key] ?? 0);
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Title order={2}>{t("camera.reportTitle")}</Title>
        <Group gap="xs" align="flex-end">
          <NumberInput
            label={t("camera.month")}
            min={1}
            max={12}
            w={90}
            value={month}
            onChange={(v) => setMonth(Number(v) || 1)}
          />
          <NumberInput
            label={t("camera.year")}
            min={2000}
            max={2100}
            w={110}
            value={year}
            onChange={(v) => setYear(Number(v) || year)}
          />
          <Anchor href={`/files/camera/reports/${year}/${month}.xlsx`} data-testid="report-xlsx">
            {t("camera.downloadExcel")}
          </Anchor>
          <Anchor href={`/files/camera/reports/${year}/${month}.docx`} data-testid="report-docx">
            {t("camera.downloadWord")}
          </Anchor>
        </Group>
      </Group>
      <Paper withBorder p="sm">
        <MonthBars
          title={t("camera.trend")}
          empty={t("camera.trendEmpty", { year })}
          monthLabels={Array.from({ length: 12 }, (_, i) => monthLabel(i + 1, lang))}
          series={[
            {
              label: t("camera.reviewsCount"),
              color: "var(--mantine-color-blue-6)",
              values: perMonth("reviews"),
            },
            {
              label: t("camera.violations"),
              color: "var(--mantine-color-red-6)",
              values: perMonth("violations"),
            },
          ]}
        />
      </Paper>
      <Table withTableBorder striped data-testid="report-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("camera.shop")}</Table.Th>
            <Table.Th>{t("camera.district")}</Table.Th>
            <Table.Th>{t("camera.sampled")}</Table.Th>
            <Table.Th>{t("camera.reviewsCount")}</Table.Th>
            <Table.Th>{t("camera.fromSample")}</Table.Th>
            <Table.Th>{t("camera.violations")}</Table.Th>
            <Table.Th>{t("camera.byType")}</Table.Th>
            {canOpen && <Table.Th />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(report.data?.units ?? []).map((u) => (
            <Table.Tr key={u.unitId}>
              <Table.Td>{u.unitName}</Table.Td>
              <Table.Td>{u.districtName ?? ""}</Table.Td>
              <Table.Td>{u.sampled}</Table.Td>
              <Table.Td>{u.reviews}</Table.Td>
              <Table.Td>{u.fromSample}</Table.Td>
              <Table.Td>{u.violations}</Table.Td>
              <Table.Td>
                <Text size="xs">
                  {CONDUCT_ITEMS.filter((i) => u.byItem[i.code])
                    .map((i) => `${i[lang]}: ${u.byItem[i.code]}`)
                    .join("; ")}
                </Text>
              </Table.Td>
              {canOpen && (
                <Table.Td>
                  <Button
                    size="compact-xs"
                    variant="light"
                    onClick={() => setOpening({ id: u.unitId, name: u.unitName })}
                    data-testid={`remote-open-${u.unitId}`}
                  >
                    {t("camera.remote.open")}
                  </Button>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {report.data && report.data.units.length === 0 && <Text c="dimmed">{t("camera.reportEmpty")}</Text>}
      {opening && (
        <RemoteInspectionModal
          unit={opening}
          period={monthPeriod(year, month)}
          onClose={() => setOpening(null)}
        />
      )}
    </Stack>
  );
}
