import { Badge, Group, Text, Tooltip } from "@mantine/core";
import { useMe } from "../auth/me-context";
import { useLang } from "../i18n/use-lang";
import { roleLabel } from "../labels/labels";

/** Display name and role labels (with the bound unit) for the header. */
export function UserSummary() {
  const me = useMe();
  const { lang } = useLang();
  return (
    <Group gap="xs" wrap="nowrap" data-testid="current-user">
      <Text fw={500} size="sm" truncate maw={220} title={me.displayName}>
        {me.displayName}
      </Text>
      <Group gap={4} wrap="nowrap" visibleFrom="md">
        {me.roles.map((r) => (
          <Tooltip
            key={`${r.role}-${r.unitId ?? ""}`}
            label={r.unitName ?? roleLabel(r.role, lang)}
            disabled={!r.unitName}
          >
            <Badge variant="light" size="sm" radius="sm" style={{ textTransform: "none" }}>
              {roleLabel(r.role, lang)}
              {r.unitName ? ` · ${r.unitName}` : ""}
            </Badge>
          </Tooltip>
        ))}
      </Group>
    </Group>
  );
}
