import { Group, Progress, Text } from "@mantine/core";
import { formatNumber } from "../format/number";

interface QuotaProgressProps {
  /** What the bar measures, e.g. "Sở, ban, ngành": also the bar's accessible name. */
  label: string;
  done: number;
  planned: number;
  required: number;
  /** Words for the two segments and the target, in the screen's language. */
  doneLabel: string;
  plannedLabel: string;
  requiredLabel: string;
}

/**
 * Done and planned against a target as one stacked bar with the numbers beside it. The bar's scale is
 * the larger of the target and done + planned, so an overshoot shows as a full bar, not an overflow.
 */
export function QuotaProgress({
  label,
  done,
  planned,
  required,
  doneLabel,
  plannedLabel,
  requiredLabel,
}: QuotaProgressProps) {
  const scale = Math.max(required, done + planned, 1);
  const pct = (n: number) => (n / scale) * 100;
  return (
    <div>
      <Group justify="space-between" gap="xs" mb={4} wrap="nowrap" align="flex-start">
        <Text size="sm" fw={600} lh={1.3}>
          {label}
        </Text>
        <Text size="sm" style={{ whiteSpace: "nowrap" }}>
          <b>{formatNumber(done)}</b> / {formatNumber(required)} {requiredLabel}
        </Text>
      </Group>
      <Progress.Root size="lg" aria-label={label}>
        <Progress.Section value={pct(done)} color="teal" title={`${doneLabel}: ${done}`} />
        <Progress.Section value={pct(planned)} color="blue.3" title={`${plannedLabel}: ${planned}`} />
      </Progress.Root>
      <Group gap="md" mt={4}>
        <Legend color="var(--mantine-color-teal-filled)" text={`${doneLabel}: ${formatNumber(done)}`} />
        <Legend color="var(--mantine-color-blue-3)" text={`${plannedLabel}: ${formatNumber(planned)}`} />
      </Group>
    </div>
  );
}

function Legend({ color, text }: { color: string; text: string }) {
  return (
    <Group gap={4} wrap="nowrap">
      <span aria-hidden style={{ width: 10, height: 10, borderRadius: 2, background: color }} />
      <Text size="xs" c="dimmed">
        {text}
      </Text>
    </Group>
  );
}
