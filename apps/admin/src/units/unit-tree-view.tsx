import { Stack, Text } from "@mantine/core";
import { type TierGroup, tierLabel, type UnitDto, useLang } from "@par/ui";
import { UnitTreeRow } from "./unit-tree-row";

interface UnitTreeViewProps {
  groups: TierGroup<UnitDto>[];
  expanded: ReadonlySet<number>;
  onToggle: (id: number) => void;
  selectedId: number | null;
}

/** One section per tier (agencies, districts with their divisions and communes, …), each a tree. */
export function UnitTreeView({ groups, expanded, onToggle, selectedId }: UnitTreeViewProps) {
  const { lang } = useLang();
  return (
    <Stack gap="sm" data-testid="unit-tree">
      {groups.map((g) => (
        <section key={g.tier} data-tier={g.tier} aria-labelledby={`tier-${g.tier}`}>
          <Text id={`tier-${g.tier}`} size="xs" fw={700} tt="uppercase" c="dimmed" mb={2}>
            {tierLabel(g.tier, lang)} ({g.nodes.length})
          </Text>
          <ul aria-labelledby={`tier-${g.tier}`} style={{ listStyle: "none", margin: 0, padding: 0 }}>
            {g.nodes.map((n) => (
              <UnitTreeRow
                key={n.unit.id}
                node={n}
                depth={0}
                expanded={expanded}
                onToggle={onToggle}
                selectedId={selectedId}
              />
            ))}
          </ul>
        </section>
      ))}
    </Stack>
  );
}
