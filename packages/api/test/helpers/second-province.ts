import { foldVietnamese, tierOfKind, type UnitKind } from "@par/domain";
import { hashPassword } from "../../src/auth/password";
import type { Db } from "../../src/db/database";
import { insertUser } from "../../src/db/user.repository";
import { DEMO_PASSWORD, NOW } from "./callers";

/**
 * A second province in the same deployment (issue 8 §3): a handful of real units of Tỉnh Bình Phước
 * (codes transcribed from the GSO catalogue of administrative units; Sở Nội vụ gets the same "SNV"
 * abbreviation as Đồng Nai's, as the seed names agencies), with its own Sở Nội vụ account.
 * Only a fixture: the deployment ships Đồng Nai's register.
 */
const UNITS: readonly { code: string; name: string; kind: UnitKind; parent: string | null }[] = [
  { code: "70", name: "Tỉnh Bình Phước", kind: "province", parent: null },
  { code: "SNV", name: "Sở Nội vụ tỉnh Bình Phước", kind: "department", parent: "70" },
  { code: "689", name: "Thành phố Đồng Xoài", kind: "district", parent: "70" },
  { code: "690", name: "Thị xã Bình Long", kind: "district", parent: "70" },
  { code: "25195", name: "Phường Tân Phú", kind: "commune", parent: "689" },
  { code: "25198", name: "Phường Tân Đồng", kind: "commune", parent: "689" },
  { code: "25201", name: "Phường Tân Bình", kind: "commune", parent: "689" },
];

export interface SecondProvince {
  provinceId: number;
  ids: Record<string, number>;
  /** Signs in as this province's Sở Nội vụ administrator. */
  admin: string;
}

export async function addBinhPhuoc(db: Db): Promise<SecondProvince> {
  const ids: Record<string, number> = {};
  for (const u of UNITS) {
    const row = await db
      .insertInto("org_units")
      .values({
        code: u.code,
        name: u.name,
        search_name: foldVietnamese(u.name),
        kind: u.kind,
        tier: tierOfKind(u.kind),
        parent_id: u.parent === null ? null : ids[u.parent]!,
        has_one_stop_shop: u.kind === "district" || u.kind === "commune",
        valid_from: "2020-01-01",
        created_at: NOW,
        updated_at: NOW,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    ids[u.code] = row.id;
  }
  const provinceId = ids["70"]!;
  await insertUser(db, {
    username: "bp.snv.admin",
    displayName: "Phòng CCHC – Sở Nội vụ tỉnh Bình Phước",
    passwordHash: await hashPassword(DEMO_PASSWORD),
    provinceId,
    roles: [{ role: "province_admin", unitId: null }],
  });
  await insertUser(db, {
    username: "ubnd.dongxoai",
    displayName: "Văn phòng HĐND và UBND thành phố Đồng Xoài",
    passwordHash: await hashPassword(DEMO_PASSWORD),
    provinceId,
    roles: [{ role: "unit_officer", unitId: ids["689"]! }],
  });
  return { provinceId, ids, admin: "bp.snv.admin" };
}
