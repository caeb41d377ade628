import { foldVietnamese, type Page, type ShopPageInput, type UnitKind } from "@par/domain";
import { scopeOf } from "../access/unit-access";
import type { SessionUser } from "../auth/sessions";
import type { Db } from "../db/database";
import { toPage } from "../db/keyset";
import { countShopPage, shopPageRows } from "../db/shop-page.repository";
import { vietnamDate } from "../time";
import { toUnitDto, type UnitDto } from "./unit-dto";

export type ShopDto = UnitDto & {
  parent: { id: number; code: string; name: string; kind: UnitKind } | null;
  /** "agency", "commune", "other" or "district:<id>": the heading the shop is listed under. */
  groupKey: string;
  /** The district's name for a district group; null for a tier group (the app names the tier). */
  groupName: string | null;
};

/** A page of the one-stop shops in the caller's camera scope; the total on the first page only. */
export async function shopPage(
  db: Db,
  user: SessionUser,
  now: Date,
  input: ShopPageInput,
): Promise<Page<ShopDto>> {
  const filter = {
    scope: scopeOf(user, "camera.read"),
    at: vietnamDate(now),
    foldedQuery: input.query ? foldVietnamese(input.query) : undefined,
    id: input.id,
  };
  const rows = await shopPageRows(db, filter, input.cursor, input.limit);
  const total = input.cursor ? undefined : await countShopPage(db, filter);
  return toPage(
    rows,
    input.limit,
    (r) => [r.sort_key, r.id],
    (r) => ({
      ...toUnitDto(r),
      parent:
        r.parent_id !== null && r.parent_name !== null && r.parent_kind !== null
          ? { id: r.parent_id, code: r.parent_code ?? "", name: r.parent_name, kind: r.parent_kind }
          : null,
      groupKey: r.group_key,
      groupName: r.group_name,
    }),
    total,
  );
}
