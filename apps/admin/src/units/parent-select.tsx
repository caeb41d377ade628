import { Select } from "@mantine/core";
import { ALLOWED_PARENT_KINDS, type UnitKind } from "@par/domain";
import { compareUnits, foldedOptionsFilter, type UnitDto, unitTypeLabel, useLang } from "@par/ui";
import { useMemo } from "react";

interface ParentSelectProps {
  units: readonly UnitDto[];
  kind: UnitKind | null;
  value: number | null;
  onChange: (id: number | null) => void;
  error?: string;
}

/** The parent unit, offered only among kinds the register allows above `kind`; search ignores diacritics. */
export function ParentSelect({ units, kind, value, onChange, error }: ParentSelectProps) {
  const { t, lang } = useLang();
  const data = useMemo(() => {
    const allowed: readonly UnitKind[] = kind ? ALLOWED_PARENT_KINDS[kind] : [];
    return units
      .filter((u) => u.id === value || (allowed.includes(u.kind) && !u.validTo))
      .sort(compareUnits)
      .map((u) => ({ value: String(u.id), label: `${u.name} (${unitTypeLabel(u.kind, u.name, lang)})` }));
  }, [units, kind, value, lang]);
  return (
    <Select
      label={t("unit.parent")}
      placeholder={t("admin.units.noParent")}
      data={data}
      value={value === null ? null : String(value)}
      onChange={(v) => onChange(v === null ? null : Number(v))}
      searchable
      clearable
      limit={50}
      nothingFoundMessage={t("common.notFound")}
      filter={foldedOptionsFilter}
      error={error}
    />
  );
}
