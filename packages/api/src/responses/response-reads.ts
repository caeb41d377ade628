import type { Page, ResponsesPageInput } from "@par/domain";
import type { Request } from "../access/request";
import { assertCanOnUnit } from "../access/unit-access";
import { toPage } from "../db/keyset";
import { decodeKeyCursor } from "../db/keyset-key";
import { totalOf } from "../db/page-total";
import { pageResponseRows } from "../db/response.repository";
import { findUnit, subtreeIds } from "../db/unit.repository";
import { unitsWithActiveHead } from "../db/unit-head.repository";
import { ancestorPaths } from "../db/unit-tree.repository";
import { fail } from "../errors";
import { visibilityOf } from "../inspections/inspection-access";
import { vietnamDate } from "../time";
import { actorsOn } from "./response-actors";
import { type ResponseDto, toResponseDto } from "./response-dto";

const reader = (q: Request) => ({ db: q.db, user: q.user, now: q.now });

/**
 * The recommendations addressed to the caller's units with their responses, by deadline: scope and
 * R5 in SQL (the shared visibility predicate), keyset-paginated, two statements per page.
 */
export async function pageResponses(q: Request, f: ResponsesPageInput): Promise<Page<ResponseDto>> {
  let unitIds: readonly number[] | undefined;
  if (f.unitId !== undefined) {
    if (!(await findUnit(q.db, f.unitId)))
      fail("UNIT.NOT_FOUND", "Không tìm thấy đơn vị / Unit not found", "unitId");
    await assertCanOnUnit(q.db, q.user, "inspections.read", f.unitId);
    unitIds = await subtreeIds(q.db, [f.unitId]);
  }
  const after = decodeKeyCursor(f.cursor, "string");
  const rows = await pageResponseRows(q.db, {
    visibleTo: await visibilityOf(reader(q)),
    ...(unitIds ? { unitIds } : {}),
    ...(f.state ? { state: f.state } : {}),
    ...(f.openOnly ? { openOnly: true } : {}),
    ...(f.recommendationId !== undefined ? { recommendationId: f.recommendationId } : {}),
    ...(after ? { after: { deadline: after.key, id: after.id } } : { withTotal: true }),
    limit: f.limit + 1,
  });
  const paths = await ancestorPaths(
    q.db,
    rows.map((r) => r.unit_id),
  );
  const heads = await unitsWithActiveHead(q.db, [...new Set([...paths.values()].flat())]);
  const today = vietnamDate(q.now);
  return toPage(
    rows,
    f.limit,
    (r) => [r.deadline, r.id],
    (r) => {
      const path = paths.get(r.unit_id) ?? [r.unit_id];
      return toResponseDto(
        r,
        today,
        actorsOn(q.user, path),
        path.some((id) => heads.has(id)),
      );
    },
    totalOf(rows, !after),
  );
}
