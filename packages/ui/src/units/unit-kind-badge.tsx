import { Badge } from "@mantine/core";
import type { UnitKind } from "@par/domain";
import { useLang } from "../i18n/use-lang";
import { unitKindLabel } from "../labels/labels";

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

export function UnitKindBadge({ kind }: { kind: UnitKind }) {
  const { lang } = useLang();
  return (
    <Badge
      color={COLORS[kind]}
      variant="light"
      size="sm"
      radius="sm"
      style={{ textTransform: "none", flexShrink: 0 }}
    >
      {unitKindLabel(kind, lang)}
    </Badge>
  );
}
