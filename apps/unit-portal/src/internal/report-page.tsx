import { Group, Paper, SegmentedControl, Stack, Text, Title } from "@mantine/core";
import { DownloadLink, useLang } from "@par/ui";
import { useState } from "react";
import { useSearch } from "wouter";
import { InternalTabs } from "./internal-tabs";
import { ReportSentButton } from "./report-sent-button";
import { useMyUnit, yearFrom } from "./use-my-unit";

/** The CCHC report section (IV.4, R11) for a quarter or the year, as Word and Excel. */
export function ReportPage() {
  const { t } = useLang();
  const unit = useMyUnit();
  const year = yearFrom(useSearch());
  const [period, setPeriod] = useState("year");
  const qs = new URLSearchParams({
    unitId: String(unit?.id ?? 0),
    year: String(year),
    ...(period === "year" ? {} : { quarter: period }),
  });
  return (
    <Stack gap="md" data-testid="report-page">
      <Title order={2}>{t("portal.internal.report.title")}</Title>
      <InternalTabs year={year} active="report" />
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t("portal.internal.report.hint")}
          </Text>
          <Group>
            <Text size="sm" fw={600}>
              {t("portal.internal.report.period")} {year}:
            </Text>
            <SegmentedControl
              value={period}
              onChange={setPeriod}
              data={[
                { value: "year", label: t("portal.internal.report.year") },
                ...[1, 2, 3, 4].map((q) => ({
                  value: String(q),
                  label: t("portal.internal.report.quarter", { q }),
                })),
              ]}
              data-testid="report-period"
            />
          </Group>
          <Group>
            <DownloadLink href={`/files/docs/internal-report.docx?${qs}`} testId="report-docx">
              {t("portal.internal.report.word")}
            </DownloadLink>
            <DownloadLink href={`/files/docs/internal-report.xlsx?${qs}`} testId="report-xlsx">
              {t("portal.internal.report.excel")}
            </DownloadLink>
          </Group>
          {unit && <ReportSentButton unitId={unit.id} year={year} period={period} />}
        </Stack>
      </Paper>
    </Stack>
  );
}
