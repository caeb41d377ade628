import { ALLOWED_PARENT_KINDS, type UnitKind } from "@par/domain";
import { useLang } from "@par/ui";
import { UnitSearchSelect } from "@par/ui/paged";

interface ParentSelectProps {
  kind: UnitKind | null;
  value: number | null;
  valueName: string | null;
  onChange: (id: number | null, name: string | null, kind: UnitKind | null) => void;
  error?: string;
}

/**
 * The parent unit, searched on the server (name or code, diacritics optional) among the kinds the
 * register allows above `kind`: the register is never loaded whole to offer a choice.
 */
export function ParentSelect({ kind, value, valueName, onChange, error }: ParentSelectProps) {
  const { t } = useLang();
  return (
    <UnitSearchSelect
      label={t("unit.parent")}
      placeholder={t("admin.units.noParent")}
      kinds={kind ? ALLOWED_PARENT_KINDS[kind] : []}
      value={value}
      valueName={valueName}
      onChange={onChange}
      error={error}
      data-testid="unit-parent-select"
    />
  );
}
