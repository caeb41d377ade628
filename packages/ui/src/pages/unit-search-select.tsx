import { Select } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import type { UnitKind } from "@par/domain";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { type CSSProperties, useMemo, useState } from "react";
import { useLang } from "../i18n/use-lang";
import { unitTypeLabel } from "../labels/labels";
import { useTRPC } from "../trpc/trpc";

interface UnitSearchSelectProps {
  label: string;
  value: number | null;
  /** The chosen unit's id, label and kind (null when cleared or not among the current matches). */
  onChange: (id: number | null, name: string | null, kind: UnitKind | null) => void;
  /** The chosen unit's name, kept by the caller: it need not be among the current matches. */
  valueName?: string | null;
  includeClosed?: boolean;
  placeholder?: string;
  w?: number;
  /** Only units of these kinds. */
  kinds?: readonly UnitKind[];
  /** Only units of a quota tier (inspection targets). */
  tieredOnly?: boolean;
  /** Only the direct children of this unit (a parent's subordinates). */
  parentId?: number;
  required?: boolean;
  error?: string | undefined;
  style?: CSSProperties;
  "data-testid"?: string;
}

/**
 * Picks one unit by typing its name or code (diacritics optional): the server searches the register
 * (units.page, first 20 matches), so the screen never loads the whole register to offer a choice.
 */
export function UnitSearchSelect({
  label,
  value,
  onChange,
  valueName = null,
  includeClosed = false,
  placeholder,
  w,
  tieredOnly,
  kinds,
  parentId,
  required,
  error,
  style,
  ...rest
}: UnitSearchSelectProps) {
  const trpc = useTRPC();
  const { t, lang } = useLang();
  const [search, setSearch] = useState("");
  const [query] = useDebouncedValue(search.trim(), 250);
  const found = useQuery({
    ...trpc.units.page.queryOptions({
      limit: 20,
      includeClosed,
      ...(query ? { query } : {}),
      ...(tieredOnly ? { tieredOnly } : {}),
      ...(kinds ? { kinds: [...kinds] } : {}),
      ...(parentId !== undefined ? { parentId } : {}),
    }),
    placeholderData: keepPreviousData,
  });
  const data = useMemo(() => {
    const options = (found.data?.items ?? []).map((u) => ({
      value: String(u.id),
      // The type as the name says it (a ward is "Phường", not "Xã"), then the code.
      label: `${u.name} (${unitTypeLabel(u.kind, u.name, lang, true)} · ${u.code})`,
    }));
    // The chosen unit stays an option, so that the field shows its name after the search moves on.
    if (value !== null && !options.some((o) => o.value === String(value)))
      options.unshift({ value: String(value), label: valueName ?? `#${value}` });
    return options;
  }, [found.data, value, valueName, lang]);
  return (
    <Select
      label={label}
      w={w}
      required={required}
      error={error}
      style={style}
      searchable
      clearable
      placeholder={placeholder}
      data={data}
      // The server already matched; Mantine's own filter would hide matches found by code or without accents.
      filter={({ options }) => options}
      searchValue={search}
      onSearchChange={setSearch}
      value={value === null ? null : String(value)}
      onChange={(v, option) =>
        onChange(
          v === null ? null : Number(v),
          option?.label ?? null,
          found.data?.items.find((u) => String(u.id) === v)?.kind ?? null,
        )
      }
      nothingFoundMessage={t("common.notFound")}
      data-testid={rest["data-testid"]}
    />
  );
}
