import type { Bilingual } from "../core/result";
import type { UnitKind } from "./unit-kinds";

/**
 * The administrative type of a district- or commune-level unit (loại đơn vị hành chính). The register's
 * kind says only "district" or "commune"; the type is the first words of the unit's official name, as
 * the GSO catalogue writes it: a ward is "Phường …", not a "Xã"; a city is "Thành phố …", not a "Huyện".
 */
export const ADMIN_TYPES = {
  district: [
    { vi: "Thành phố", en: "City" },
    { vi: "Thị xã", en: "Town" },
    { vi: "Huyện", en: "District" },
  ],
  commune: [
    { vi: "Phường", en: "Ward" },
    { vi: "Thị trấn", en: "Township" },
    { vi: "Xã", en: "Commune" },
  ],
} as const satisfies Partial<Record<UnitKind, readonly Bilingual[]>>;

const typesOf = (kind: UnitKind | string): readonly Bilingual[] =>
  kind === "district" || kind === "commune" ? ADMIN_TYPES[kind] : [];

/** The type named at the start of the unit's name, or null (not a district or commune, or a name without it). */
export function adminTypeOf(kind: UnitKind | string, name: string): Bilingual | null {
  const n = name.trim();
  return typesOf(kind).find((t) => n.startsWith(`${t.vi} `)) ?? null;
}

/**
 * The People's Committee of a district or commune as documents write it (Nghị định 30): "UBND phường
 * Trảng Dài", "UBND thành phố Biên Hòa", "UBND huyện Xuân Lộc" — the type in lower case after "UBND".
 * Any other unit is its own name.
 */
export function committeeName(kind: UnitKind | string, name: string): string {
  if (kind !== "district" && kind !== "commune") return name;
  const type = adminTypeOf(kind, name);
  const n = name.trim();
  return type ? `UBND ${type.vi.toLocaleLowerCase("vi")}${n.slice(type.vi.length)}` : `UBND ${n}`;
}
