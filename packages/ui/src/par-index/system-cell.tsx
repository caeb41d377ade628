import { Stack, Text } from "@mantine/core";
import { useLang } from "../i18n/use-lang";
import { formatPoints } from "./points";
import type { SheetRow } from "./sheet-types";

/** What the system computed for a row and from which of its own figures (issue 11 §4). */
export function SystemCell({ row }: { row: SheetRow }) {
  const { t, lang } = useLang();
  if (row.sources.length === 0) return null;
  return (
    <Stack gap={2} data-testid={`system-${row.code}`}>
      <Text size="sm" fw={600}>
        {row.computed === null ? t("parIndex.noData") : formatPoints(row.computed)}
      </Text>
      {row.sources.map((s) => (
        <Text key={s.name} size="xs" c="dimmed">
          {lang === "vi" ? s.vi : s.en}: {s.value === null ? t("parIndex.noData") : formatPoints(s.value)} (
          {t("parIndex.source")}: {lang === "vi" ? s.sourceVi : s.sourceEn})
        </Text>
      ))}
    </Stack>
  );
}
