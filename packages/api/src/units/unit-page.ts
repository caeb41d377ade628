import { foldVietnamese, type Page, type UnitPageInput } from "@par/domain";
import { scopeOf } from "../access/unit-access";
import type { SessionUser } from "../auth/sessions";
import type { Db } from "../db/database";
import { toPage } from "../db/keyset";
import { type UnitPageFilter, unitPageRows, unitSortKey } from "../db/unit-page.repository";
import { vietnamDate } from "../time";
import { toUnitDto, type UnitDto } from "./unit-dto";

/**
 * A page of the register in the caller's scope. The total is counted on the first page only (the
 * screen keeps it while it loads more), so later pages cost one indexed range read each.
 */
export async function unitPage(
  db: Db,
  user: SessionUser,
  now: Date,
  input: UnitPageInput,
): Promise<Page<UnitDto & { hasChildren: boolean }>> {
  const filter: UnitPageFilter = {
    scope: scopeOf(user, "units.read"),
    provinceId: user.provinceId,
    at: input.includeClosed ? undefined : (input.at ?? vietnamDate(now)),
    foldedQuery: input.query ? foldVietnamese(input.query) : undefined,
    kind: input.kind,
    tier: input.tier,
    parentId: input.parentId,
    tieredOnly: input.tieredOnly,
    kinds: input.kinds,
    rootsOnly: input.rootsOnly,
  };
  const rows = await unitPageRows(db, filter, input.sort, input.cursor, input.limit, !input.cursor);
  const total = input.cursor ? undefined : rows.length > 0 ? Number(rows[0]!.total_rows) : 0;
  return toPage(
    rows,
    input.limit,
    (r) => [unitSortKey(input.sort, r), r.id],
    (r) => ({ ...toUnitDto(r), hasChildren: r.has_children }),
    total,
  );
}
