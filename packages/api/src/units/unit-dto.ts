import type { Tier, UnitKind } from "@par/domain";
import type { OrgUnitRow } from "../db/database";

/** One unit of the register as the apps see it (dates "yyyy-mm-dd"). */
export interface UnitDto {
  id: number;
  code: string;
  name: string;
  kind: UnitKind;
  tier: Tier | null;
  parentId: number | null;
  manySubordinates: boolean;
  hasOneStopShop: boolean;
  validFrom: string;
  validTo: string | null;
  isDemo: boolean;
}

/** The columns a UnitDto is made of: lists select only these. */
export type UnitDtoRow = Pick<
  OrgUnitRow,
  | "id"
  | "code"
  | "name"
  | "kind"
  | "tier"
  | "parent_id"
  | "many_subordinates"
  | "has_one_stop_shop"
  | "valid_from"
  | "valid_to"
  | "is_demo"
>;

export function toUnitDto(row: UnitDtoRow): UnitDto {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    kind: row.kind,
    tier: row.tier,
    parentId: row.parent_id,
    manySubordinates: row.many_subordinates,
    hasOneStopShop: row.has_one_stop_shop,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    isDemo: row.is_demo,
  };
}
