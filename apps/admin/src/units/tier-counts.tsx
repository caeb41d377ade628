import { Group, Paper, Skeleton, Text } from "@mantine/core";
import { formatNumber, tierLabel, useLang, useTRPC } from "@par/ui";
import { useQuery } from "@tanstack/react-query";

/** Units in force today per quota tier (units.tierCounts): the bases of the R2 percentages. */
export function TierCounts() {
  const trpc = useTRPC();
  const { t, lang } = useLang();
  const counts = useQuery(trpc.units.tierCounts.queryOptions({}));
  if (counts.isError) return null;
  return (
    <Group gap="xs" data-testid="tier-counts" aria-label={t("admin.units.tierCounts")} role="group">
      {counts.isPending
        ? [0, 1, 2].map((i) => <Skeleton key={i} h={44} w={150} />)
        : counts.data.map((c) => (
            <Paper key={c.tier} withBorder px="sm" py={4} data-tier={c.tier}>
              <Text size="xs" c="dimmed">
                {tierLabel(c.tier, lang)}
              </Text>
              <Text fw={700} size="lg" lh={1.2}>
                {formatNumber(c.count)}
              </Text>
            </Paper>
          ))}
    </Group>
  );
}
