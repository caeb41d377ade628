import { Anchor, Group, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { Link } from "wouter";
import { useLang } from "../i18n/use-lang";
import { unitGroupLabel } from "../labels/labels";
import type { UnitDto } from "../trpc/api-types";
import { groupByKind } from "./unit-tree";

/** A unit's children, grouped by kind (a district: its communes apart from its divisions). */
export function UnitChildren({
  units,
  hrefOf,
}: {
  units: readonly UnitDto[];
  hrefOf: (id: number) => string;
}) {
  const { t, lang } = useLang();
  return (
    <Stack gap="xs" data-testid="unit-children">
      <Title order={5}>
        {t("unit.children")} ({units.length})
      </Title>
      {units.length === 0 && (
        <Text c="dimmed" size="sm">
          {t("unit.noChildren")}
        </Text>
      )}
      {groupByKind(units).map((g) => (
        <Stack key={g.kind} gap={4}>
          <Text size="sm" fw={600} c="dimmed">
            {unitGroupLabel(
              g.kind,
              g.units.map((u) => u.name),
              lang,
            )}{" "}
            ({g.units.length})
          </Text>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing={4} verticalSpacing={2}>
            {g.units.map((u) => (
              <Group key={u.id} gap={6} wrap="nowrap">
                <Anchor component={Link} href={hrefOf(u.id)} size="sm" truncate>
                  {u.name}
                </Anchor>
              </Group>
            ))}
          </SimpleGrid>
        </Stack>
      ))}
    </Stack>
  );
}
