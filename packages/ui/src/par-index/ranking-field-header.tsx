import { Group, Text, Tooltip } from "@mantine/core";
import { useLang } from "../i18n/use-lang";
import { formatPoints } from "./points";

interface RankingField {
  code: string;
  name: string;
  maxPoints: number;
}

/**
 * A field's column header in the ranking: its number and maximum only, so that eleven fields fit beside
 * the unit and its total at 1366 px (a name cut to "Cải cách tổ chức…" helped no one); the full name
 * shows on hover and focus, and the legend under the table names every field.
 */
export function RankingFieldHeader({ field }: { field: RankingField }) {
  const { t } = useLang();
  const max = t("parIndex.ranking.fieldMax", { points: formatPoints(field.maxPoints) });
  return (
    <Tooltip label={`${field.code}. ${field.name} (${max})`} multiline w={280} withArrow>
      <Text
        size="xs"
        fw={700}
        ta="right"
        tabIndex={0}
        aria-label={`${field.code}. ${field.name} (${max})`}
        style={{ cursor: "help", whiteSpace: "nowrap" }}
        data-testid={`ranking-field-${field.code}`}
      >
        {field.code}
        <Text span size="xs" c="dimmed" fw={400} display="block">
          /{formatPoints(field.maxPoints)}
        </Text>
      </Text>
    </Tooltip>
  );
}

/** The fields the numbered columns stand for, in words, under the table. */
export function RankingFieldLegend({ fields }: { fields: readonly RankingField[] }) {
  const { t } = useLang();
  return (
    <Group gap={4} data-testid="ranking-legend">
      <Text size="xs" fw={600}>
        {t("parIndex.ranking.legend")}:
      </Text>
      {fields.map((f, i) => (
        <Text key={f.code} size="xs" c="dimmed">
          {f.code}. {f.name} ({formatPoints(f.maxPoints)}){i < fields.length - 1 ? " ·" : ""}
        </Text>
      ))}
    </Group>
  );
}
