import { Anchor, Stack, Text } from "@mantine/core";
import { formatDate, useLang, useTRPC } from "@par/ui";
import { useQuery } from "@tanstack/react-query";
import { Link } from "wouter";

/**
 * A unit's place in the restructurings: the units it succeeds (their history is carried here), the
 * units that succeed it, and the names it bore before a rename. Nothing shown when there is none.
 */
export function UnitLineage({ id }: { id: number }) {
  const trpc = useTRPC();
  const { t } = useLang();
  const q = useQuery(trpc.units.lineage.queryOptions({ id }));
  if (!q.data) return null;
  const { predecessors, successors, formerNames } = q.data;
  if (predecessors.length + successors.length + formerNames.length === 0) return null;
  const link = (l: (typeof predecessors)[number]) => (
    <Anchor key={l.unit.id} component={Link} href={`/units/${l.unit.id}`} size="sm">
      {l.unit.name}
    </Anchor>
  );
  return (
    <Stack gap={4} mt="md" data-testid="unit-lineage">
      {predecessors.length > 0 && (
        <Text size="sm">
          {t("restructure.lineage.from", { date: formatDate(predecessors[0]!.effectiveDate) })}{" "}
          {predecessors.map((p, i) => [i > 0 ? ", " : "", link(p)])}
        </Text>
      )}
      {successors.length > 0 && (
        <Text size="sm">
          {t("restructure.lineage.to", { date: formatDate(successors[0]!.effectiveDate) })}{" "}
          {successors.map((s, i) => [i > 0 ? ", " : "", link(s)])}
        </Text>
      )}
      {formerNames.map((f) => (
        <Text key={`${f.name}-${f.validTo}`} size="sm" c="dimmed">
          {t("restructure.lineage.formerName", { name: f.name, date: formatDate(f.validTo) })}
        </Text>
      ))}
    </Stack>
  );
}
