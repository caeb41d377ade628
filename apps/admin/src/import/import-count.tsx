import { Paper, Text } from "@mantine/core";
import { formatNumber } from "@par/ui";

/** One figure of an import preview's summary; `color` marks it only when it is not zero. */
export function ImportCount({
  label,
  value,
  color,
  testId,
}: {
  label: string;
  value: number;
  color?: string;
  testId?: string;
}) {
  return (
    <Paper withBorder p="xs">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="lg" c={color && value > 0 ? `${color}.8` : undefined} data-testid={testId}>
        {formatNumber(value)}
      </Text>
    </Paper>
  );
}
