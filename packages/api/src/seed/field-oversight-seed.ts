import { sql } from "kysely";
import type { Db } from "../db/database";

/**
 * R9's field units, as the province's data stands: each district's Phòng Giáo dục và Đào tạo is under
 * the professional direction of Sở GD&ĐT, and each Phòng Tài nguyên và Môi trường under Sở TN&MT
 * (Nghị định 108/2020/NĐ-CP, 37/2014/NĐ-CP). Sở Nội vụ edits the list in the admin app from there.
 */
export const FIELD_OVERSIGHT_SEED = [
  { department: "SGDDT", divisionSuffix: "GDDT" },
  { department: "STNMT", divisionSuffix: "TNMT" },
] as const;

export async function seedFieldOversight(db: Db): Promise<void> {
  for (const s of FIELD_OVERSIGHT_SEED) {
    await sql`insert into field_oversight (department_id, unit_id)
      select d.id, u.id from org_units d join org_units u on u.code like ${`%.${s.divisionSuffix}`}
        join org_units p on p.id = u.parent_id and p.kind = 'district'
      where d.code = ${s.department} on conflict do nothing`.execute(db);
  }
}
