import { ActionIcon, Anchor, Badge, Group } from "@mantine/core";
import { type UnitDto, UnitKindBadge, type UnitNode, useLang } from "@par/ui";
import { Link } from "wouter";

interface UnitTreeRowProps {
  node: UnitNode<UnitDto>;
  depth: number;
  expanded: ReadonlySet<number>;
  onToggle: (id: number) => void;
  selectedId: number | null;
}

/** One unit: a toggle for its children, a link to its detail, its kind. Children render only when open. */
export function UnitTreeRow({ node, depth, expanded, onToggle, selectedId }: UnitTreeRowProps) {
  const { t } = useLang();
  const { unit, children } = node;
  const open = expanded.has(unit.id);
  const selected = unit.id === selectedId;
  return (
    <li>
      <Group
        className="par-tree-row"
        data-selected={selected}
        gap={4}
        wrap="nowrap"
        pl={depth * 18}
        py={2}
        style={{ borderRadius: 4 }}
      >
        {children.length > 0 ? (
          <ActionIcon
            variant="subtle"
            color="gray"
            size="sm"
            onClick={() => onToggle(unit.id)}
            aria-expanded={open}
            aria-label={t(open ? "admin.units.collapse" : "admin.units.expand", { name: unit.name })}
          >
            <span aria-hidden style={{ display: "inline-block", transform: open ? "rotate(90deg)" : "none" }}>
              ▸
            </span>
          </ActionIcon>
        ) : (
          <span style={{ width: 22, flexShrink: 0 }} />
        )}
        <Anchor
          component={Link}
          href={`/units/${unit.id}`}
          size="sm"
          c={unit.validTo ? "dimmed" : undefined}
          fw={selected ? 600 : undefined}
          td={unit.validTo ? "line-through" : undefined}
          truncate
          style={{ flex: 1, minWidth: 0 }}
          data-unit-id={unit.id}
          aria-current={selected ? "page" : undefined}
        >
          {unit.name}
        </Anchor>
        {children.length > 0 && (
          <Badge size="xs" variant="outline" color="gray" style={{ flexShrink: 0 }}>
            {children.length}
          </Badge>
        )}
        <UnitKindBadge kind={unit.kind} name={unit.name} short />
      </Group>
      {open && children.length > 0 && (
        <ul style={{ listStyle: "none", margin: 0, padding: 0 }}>
          {children.map((c) => (
            <UnitTreeRow
              key={c.unit.id}
              node={c}
              depth={depth + 1}
              expanded={expanded}
              onToggle={onToggle}
              selectedId={selectedId}
            />
          ))}
        </ul>
      )}
    </li>
  );
}
