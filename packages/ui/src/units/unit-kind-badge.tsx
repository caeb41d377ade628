import { Badge } from "@mantine/core";
import type { UnitKind } from "@par/domain";
import { useLang } from "../i18n/use-lang";
import { unitKindLabel, unitTypeLabel } from "../labels/labels";

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

/**
 * The kind of a unit; `short` for dense lists such as the tree (the full name is in the tooltip). With
 * the unit's `name`, a district or commune shows its real type: "Phường", "Thị trấn", "Thành phố".
 */
export function UnitKindBadge({
  kind,
  name,
  short = false,
}: {
  kind: UnitKind;
  name?: string;
  short?: boolean;
}) {
  const { lang } = useLang();
  return (
    <Badge
      color={COLORS[kind]}
      variant="light"
      size="sm"
      radius="sm"
      title={unitKindLabel(kind, lang)}
      style={{ textTransform: "none", flexShrink: 0 }}
    >
      {unitTypeLabel(kind, name, lang, short)}
    </Badge>
  );
}
