import { Anchor, Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import {
  countNodes,
  groupByKind,
  type UnitDto,
  UnitKindBadge,
  type UnitNode,
  unitGroupLabel,
  useLang,
} from "@par/ui";
import { Link } from "wouter";

/** One bound unit and its direct subordinates grouped by kind (a district: divisions, then communes). */
export function ScopeRootCard({ node }: { node: UnitNode<UnitDto> }) {
  const { t, lang } = useLang();
  const sizeOf = new Map(node.children.map((c) => [c.unit.id, countNodes(c.children)]));
  return (
    <Paper withBorder p="md" data-testid="scope-root" data-unit-id={node.unit.id}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Title order={3}>
              <Anchor component={Link} href={`/units/${node.unit.id}`} inherit>
                {node.unit.name}
              </Anchor>
            </Title>
            <UnitKindBadge kind={node.unit.kind} name={node.unit.name} />
          </Group>
          <Text size="sm" c="dimmed">
            {t("portal.myUnit.subUnits", { count: countNodes(node.children) })}
          </Text>
        </Group>
        {groupByKind(node.children.map((c) => c.unit)).map((g) => (
          <Stack key={g.kind} gap={4} data-kind={g.kind}>
            <Text fw={600} size="sm">
              {unitGroupLabel(
                g.kind,
                g.units.map((u) => u.name),
                lang,
              )}{" "}
              ({g.units.length})
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="xs" verticalSpacing={4}>
              {g.units.map((u) => (
                <Group key={u.id} gap={6} wrap="nowrap">
                  <Anchor component={Link} href={`/units/${u.id}`} size="sm" truncate>
                    {u.name}
                  </Anchor>
                  {(sizeOf.get(u.id) ?? 0) > 0 && (
                    <Badge size="xs" variant="outline" color="gray">
                      {sizeOf.get(u.id)}
                    </Badge>
                  )}
                </Group>
              ))}
            </SimpleGrid>
          </Stack>
        ))}
      </Stack>
    </Paper>
  );
}
