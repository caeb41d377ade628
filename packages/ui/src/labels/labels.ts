import { adminTypeOf, type Role, type Tier, type UnitKind } from "@par/domain";

export type Lang = "vi" | "en";
type Labels<K extends string> = Record<K, Record<Lang, string>>;

export const ROLE_LABELS = {
  province_admin: { vi: "Quản trị Sở Nội vụ", en: "Home Affairs administrator" },
  province_office: { vi: "Văn phòng UBND tỉnh", en: "Provincial People's Committee Office" },
  sector_inspector: { vi: "Kiểm tra ngành", en: "Sector inspector" },
  unit_officer: { vi: "Cán bộ đơn vị", en: "Unit officer" },
  unit_head: { vi: "Lãnh đạo đơn vị", en: "Unit head" },
  camera_reviewer: { vi: "Giám sát camera", en: "Camera reviewer" },
  leader: { vi: "Lãnh đạo tỉnh", en: "Provincial leadership" },
  national_reader: { vi: "Bộ Nội vụ / cơ quan trung ương", en: "Ministry of Home Affairs / central body" },
} as const satisfies Labels<Role>;

export const UNIT_KIND_LABELS = {
  province: { vi: "Tỉnh", en: "Province" },
  office: { vi: "Văn phòng UBND tỉnh", en: "Provincial office" },
  department: { vi: "Sở", en: "Department" },
  agency: { vi: "Ban, ngành", en: "Agency" },
  district: { vi: "Cấp huyện", en: "District" },
  commune: { vi: "Cấp xã", en: "Commune" },
  division: { vi: "Phòng chuyên môn", en: "Division" },
  subordinate: { vi: "Đơn vị trực thuộc", en: "Subordinate unit" },
} as const satisfies Labels<UnitKind>;

/** Short forms for badges in dense lists. */
export const UNIT_KIND_SHORT_LABELS = {
  province: { vi: "Tỉnh", en: "Province" },
  office: { vi: "VP UBND", en: "Office" },
  department: { vi: "Sở", en: "Dept." },
  agency: { vi: "Ban, ngành", en: "Agency" },
  district: { vi: "Huyện", en: "District" },
  commune: { vi: "Xã", en: "Commune" },
  division: { vi: "Phòng", en: "Division" },
  subordinate: { vi: "Trực thuộc", en: "Subordinate" },
} as const satisfies Labels<UnitKind>;

/** Quota tiers (R2) plus "other" for units the province does not count (the province, divisions, …). */
export const TIER_LABELS = {
  agency: { vi: "Sở, ban, ngành", en: "Departments and agencies" },
  district: { vi: "UBND cấp huyện", en: "District People's Committees" },
  commune: { vi: "UBND cấp xã", en: "Commune People's Committees" },
  other: { vi: "Khác", en: "Other" },
} as const satisfies Labels<Tier | "other">;

export function asLang(language: string | undefined): Lang {
  return language?.startsWith("en") ? "en" : "vi";
}

export function roleLabel(role: string, lang: Lang): string {
  return (ROLE_LABELS as Labels<string>)[role]?.[lang] ?? role;
}

export function unitKindLabel(kind: string, lang: Lang): string {
  return (UNIT_KIND_LABELS as Labels<string>)[kind]?.[lang] ?? kind;
}

export function unitKindShortLabel(kind: string, lang: Lang): string {
  return (UNIT_KIND_SHORT_LABELS as Labels<string>)[kind]?.[lang] ?? kind;
}

/**
 * What a unit is, as an officer says it: a ward is "Phường", a city "Thành phố" (read from the name,
 * adminTypeOf); other units, and names without a type word, fall back to the kind's label.
 */
export function unitTypeLabel(kind: string, name: string | undefined, lang: Lang, short = false): string {
  const type = name === undefined ? null : adminTypeOf(kind, name);
  if (type) return type[lang];
  return short ? unitKindShortLabel(kind, lang) : unitKindLabel(kind, lang);
}

/**
 * A heading over units of one kind, naming the types present: a city's communes are "Phường, xã",
 * a district's "Thị trấn, xã"; other kinds keep the kind's label.
 */
export function unitGroupLabel(kind: string, names: readonly string[], lang: Lang): string {
  const types = [...new Set(names.map((n) => adminTypeOf(kind, n)?.[lang]).filter((x) => x !== undefined))];
  if (types.length === 0) return unitKindLabel(kind, lang);
  return types.map((x, i) => (i === 0 ? x : x.toLocaleLowerCase(lang))).join(", ");
}

export function tierLabel(tier: string | null, lang: Lang): string {
  return (TIER_LABELS as Labels<string>)[tier ?? "other"]?.[lang] ?? String(tier);
}
