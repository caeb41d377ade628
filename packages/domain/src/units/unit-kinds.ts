import { z } from "zod";

/**
 * Kinds of organisational unit in the register (đơn vị). The plan's three inspected tiers are
 * departments/agencies (sở, ban, ngành), district People's Committees (UBND cấp huyện) and commune
 * People's Committees (UBND cấp xã). Divisions (phòng chuyên môn) and subordinate units (đơn vị trực thuộc)
 * are inspected internally by their parent (R9), never counted toward the province's quotas.
 */
export const UNIT_KINDS = [
  "province", // Tỉnh / UBND tỉnh
  "office", // Văn phòng UBND tỉnh
  "department", // Sở
  "agency", // Ban, Thanh tra tỉnh, …: equivalent to a department
  "district", // Huyện, thành phố, thị xã thuộc tỉnh
  "commune", // Xã, phường, thị trấn
  "division", // Phòng chuyên môn of a district, or phòng/chi cục of a department
  "subordinate", // Đơn vị trực thuộc (trường, trung tâm, …)
] as const;
export const UnitKind = z.enum(UNIT_KINDS);
export type UnitKind = z.infer<typeof UnitKind>;

/** The tiers that the province's quotas (R2) count. */
export const TIERS = ["agency", "district", "commune"] as const;
export const Tier = z.enum(TIERS);
export type Tier = z.infer<typeof Tier>;

const TIER_OF_KIND = {
  province: null,
  office: "agency",
  department: "agency",
  agency: "agency",
  district: "district",
  commune: "commune",
  division: null,
  subordinate: null,
} as const satisfies Record<UnitKind, Tier | null>;

/** The quota tier a unit of this kind belongs to, or null when the province does not count it. */
export function tierOfKind(kind: UnitKind): Tier | null {
  return TIER_OF_KIND[kind];
}

/** The kinds a quota tier counts, read from the same table (the SQL of coverage filters with them). */
export function kindsOfTier(tier: Tier): UnitKind[] {
  return (Object.entries(TIER_OF_KIND) as [UnitKind, Tier | null][]).flatMap(([k, t]) =>
    t === tier ? [k] : [],
  );
}

/** Which kinds may sit directly under which: the register refuses anything else. */
export const ALLOWED_PARENT_KINDS = {
  province: [],
  office: ["province"],
  department: ["province"],
  agency: ["province"],
  district: ["province"],
  commune: ["district", "province"], // province: the two-tier structure from 1 July 2025
  division: ["department", "agency", "office", "district"],
  subordinate: ["department", "agency", "district", "division"],
} as const satisfies Record<UnitKind, readonly UnitKind[]>;

export function mayHaveParent(kind: UnitKind, parentKind: UnitKind | null): boolean {
  const allowed: readonly UnitKind[] = ALLOWED_PARENT_KINDS[kind];
  return parentKind === null ? allowed.length === 0 : allowed.includes(parentKind);
}

/** Maps the GSO catalogue's "type" word (Tỉnh, Thành phố, Huyện, Phường, Xã, Thị trấn, Thị xã) to a kind. */
export function kindOfGsoType(type: string, level: "province" | "district" | "commune"): UnitKind {
  if (level === "province") return "province";
  if (level === "district") return "district";
  if (["Xã", "Phường", "Thị trấn"].includes(type)) return "commune";
  throw new Error(`Unknown GSO commune-level type: ${type}`);
}
