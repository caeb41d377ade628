import { Paper, Stack, Text } from "@mantine/core";
import { formatDate, useLang } from "@par/ui";
import { areaLabel, templateOrNull } from "./inspection-labels";
import type { InspectionDetail } from "./inspection-types";

/** The notice (thông báo) of an announced inspection: when the unit is told, and what the team checks. */
export function NoticePanel({ inspection: i }: { inspection: InspectionDetail }) {
  const { t, lang } = useLang();
  const template = templateOrNull(i.templateId);
  return (
    <Paper withBorder p="md" data-testid="notice-panel">
      <Text fw={600} mb="xs">
        {t("insp.notice.title")}
      </Text>
      <Stack gap={4}>
        <Text size="sm" data-testid="notice-state">
          {i.noticeDate
            ? i.status === "draft" || i.status === "scheduled"
              ? t("insp.notice.planned", { date: formatDate(i.noticeDate) })
              : t("insp.notice.sent", { date: formatDate(i.noticeDate) })
            : t("insp.notice.none")}
        </Text>
        <Text size="sm">
          {t("insp.notice.window", { from: formatDate(i.startDate), to: formatDate(i.endDate) })}
        </Text>
        <Text size="sm" fw={500} mt={4}>
          {t("insp.notice.areas")}
        </Text>
        {i.areas.map((a) => (
          <Text key={a} size="sm">
            {a}. {areaLabel(template, a, lang)}
          </Text>
        ))}
      </Stack>
    </Paper>
  );
}
