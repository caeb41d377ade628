import { Anchor, Group, Paper, Stack, Text } from "@mantine/core";
import { tierLabel, useLang } from "@par/ui";
import { Link } from "wouter";
import type { SavedReserveUnit } from "./saved-reserve";

/** The reserve kept when the picks were accepted: candidates for surprise checks during the year. */
export function SavedReservePanel({ units }: { units: readonly SavedReserveUnit[] }) {
  const { t, lang } = useLang();
  if (units.length === 0) return null;
  return (
    <Paper withBorder p="sm" data-testid="proposal-saved-reserve">
      <Text fw={600} size="sm">
        {t("admin.proposal.savedReserve", { count: units.length })}
      </Text>
      <Text size="xs" c="dimmed" mb={4}>
        {t("admin.proposal.savedReserveHint")}
      </Text>
      <Stack gap={2} mah={200} style={{ overflowY: "auto" }}>
        {units.map((u) => (
          <Group key={u.unitId} gap="xs" wrap="nowrap">
            <Text size="xs" c="dimmed" w={150} style={{ flexShrink: 0 }}>
              {tierLabel(u.tier, lang)}
            </Text>
            <Anchor component={Link} href={`/units/${u.unitId}`} size="sm">
              {u.name}
            </Anchor>
            <Text size="xs" c="dimmed">
              {u.code}
            </Text>
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}
