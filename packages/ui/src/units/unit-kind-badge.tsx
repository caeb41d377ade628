import { Badge } from "@mantine/core";
import type { UnitKind } from "@par/domain";
import { useLang } from "../i18n/use-lang";
import { unitKindLabel, unitKindShortLabel } from "../labels/labels";

const COLORS: Record<UnitKind, string> = {
  province: "grape",
  office: "indigo",
  department: "blue",
  agency: "blue",
  district: "teal",
  commune: "green",
  division: "gray",
  subordinate: "gray",
};

/** The kind of a unit; `short` for dense lists such as the tree (the full name is in the tooltip). */
export function UnitKindBadge({ kind, short = false }: { kind: UnitKind; short?: boolean }) {
  const { lang } = useLang();
  return (
    <Badge
      color={COLORS[kind]}
      variant="light"
      size="sm"
      radius="sm"
      title={short ? unitKindLabel(kind, lang) : undefined}
      style={{ textTransform: "none", flexShrink: 0 }}
    >
      {short ? unitKindShortLabel(kind, lang) : unitKindLabel(kind, lang)}
    </Badge>
  );
}
