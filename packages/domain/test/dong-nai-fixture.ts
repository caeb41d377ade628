import agencies from "../../../data/dong-nai-agencies-2023.json";
import gso from "../../../data/dong-nai-units-2023.json";
import { kindOfGsoType, type UnitKind } from "../src/units/unit-kinds";
import type { UnitRef } from "../src/units/unit-ref";

/** The real 2023 Đồng Nai register as UnitRefs: ids are GSO codes; agencies get 1001…1021. */
export interface FixtureUnit extends UnitRef {
  code: string;
  name: string;
}

const PROVINCE_ID = 75;
const VALID_FROM = "2022-10-01"; // the catalogue's state holds from 01/10/2022 (data/SOURCES.md)

export function dongNai2023(): FixtureUnit[] {
  const units: FixtureUnit[] = gso.map((u) => {
    const level =
      u.parentCode === null ? "province" : u.parentCode === String(PROVINCE_ID) ? "district" : "commune";
    return {
      id: Number(u.code),
      code: u.code,
      name: u.name,
      kind: kindOfGsoType(u.type, level),
      parentId: u.parentCode === null ? null : Number(u.parentCode),
      validFrom: VALID_FROM,
      validTo: null,
    };
  });
  agencies.forEach((a, i) => {
    units.push({
      id: 1001 + i,
      code: `SBN${String(i + 1).padStart(2, "0")}`,
      name: a.name,
      kind: a.kind as UnitKind,
      parentId: PROVINCE_ID,
      manySubordinates: "manySubordinates" in a && a.manySubordinates === true,
      validFrom: VALID_FROM,
      validTo: null,
    });
  });
  return units;
}
