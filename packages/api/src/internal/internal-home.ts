import type { InternalHomeInput, InternalRecommendationListInput, Page } from "@par/domain";
import type { Request } from "../access/request";
import { assertCanOnUnit } from "../access/unit-access";
import {
  internalRecommendationPage,
  openInternalRecommendations,
  openProvinceRecommendations,
} from "../db/home.repository";
import { toPage } from "../db/keyset";
import { decodeKeyCursor } from "../db/keyset-key";
import { totalOf } from "../db/page-total";
import { findUnit } from "../db/unit.repository";
import { fail } from "../errors";
import { readInspections, visibilityOf } from "../inspections/inspection-access";
import { vietnamDate } from "../time";
import { ownInspectingUnits } from "./internal-access";
import { internalCoverageOf } from "./internal-inspections";

/** How many rows of each block the home screen shows; each block links to its full list. */
const HOME_ROWS = 8;

async function homeUnitId(q: Request, unitId: number | undefined): Promise<number> {
  const id = unitId ?? ownInspectingUnits(q)[0];
  if (id === undefined) fail("INTERNAL.UNIT_REQUIRED", "Đơn vị là bắt buộc / Unit is required", "unitId");
  if (!(await findUnit(q.db, id))) fail("UNIT.NOT_FOUND", "Không tìm thấy đơn vị / Unit not found", "unitId");
  await assertCanOnUnit(q.db, q.user, "internal.read", id);
  return id;
}

/**
 * internal.home — "Năm của tôi": the R9 duty with the pool units still missing, the province's
 * inspections of the unit's subtree the caller may see (R5 in SQL: an announced one once scheduled
 * in an approved plan, a surprise only once started), and the open recommendations, overdue first.
 * A handful of statements whatever the register's size.
 */
export async function internalHome(q: Request, input: InternalHomeInput) {
  const unitId = await homeUnitId(q, input.unitId);
  const today = vietnamDate(q.now);
  const specs = await visibilityOf(q);
  const [duty, inspections, province, internal] = await Promise.all([
    internalCoverageOf(q, unitId, input.year),
    readInspections(q, { subtreeOf: unitId, year: input.year, limit: HOME_ROWS }),
    openProvinceRecommendations(q.db, unitId, today, specs, HOME_ROWS),
    openInternalRecommendations(q.db, unitId, today, HOME_ROWS),
  ]);
  const planned = duty.pool.filter((p) => p.status === "planned").length;
  return {
    today,
    duty: {
      unit: duty.unit,
      year: duty.year,
      pct: duty.pct,
      poolSize: duty.poolSize,
      required: duty.required,
      done: duty.done,
      planned,
      missing: duty.poolSize - duty.done - planned,
      shortfall: duty.shortfall,
      laggards: duty.pool.filter((p) => p.status === "missing"),
    },
    inspections: inspections.map((i) => ({
      id: i.id,
      unitName: i.unit_name,
      form: i.form,
      status: i.status,
      startDate: i.start_date,
      endDate: i.end_date,
    })),
    provinceRecommendations: {
      open: province.open,
      overdue: province.overdue,
      rows: province.rows.map((r) => ({
        id: r.id,
        text: r.text,
        deadline: r.deadline,
        unitName: r.unit_name,
        overdue: r.deadline < today,
      })),
    },
    internalRecommendations: {
      open: internal.open,
      overdue: internal.overdue,
      rows: internal.rows.map((r) => ({
        id: r.id,
        internalId: r.internal_id,
        text: r.text,
        deadline: r.deadline,
        unitName: r.unit_name,
        overdue: r.deadline < today,
      })),
    },
  };
}

export interface InternalRecommendationRowDto {
  id: number;
  internalId: number;
  text: string;
  deadline: string;
  status: "open" | "done";
  doneOn: string | null;
  outcome: string | null;
  unitName: string;
  overdue: boolean;
}

/** internal.recommendations: a unit's internal recommendations by deadline, a page at a time. */
export async function listInternalRecommendations(
  q: Request,
  f: InternalRecommendationListInput,
): Promise<Page<InternalRecommendationRowDto>> {
  if (!(await findUnit(q.db, f.unitId)))
    fail("UNIT.NOT_FOUND", "Không tìm thấy đơn vị / Unit not found", "unitId");
  await assertCanOnUnit(q.db, q.user, "internal.read", f.unitId);
  const after = decodeKeyCursor(f.cursor, "string");
  if (after && !/^\d{4}-\d{2}-\d{2}$/.test(after.key))
    fail("INPUT.BAD_CURSOR", "Con trỏ trang không hợp lệ / Page cursor is invalid", "cursor");
  const today = vietnamDate(q.now);
  const rows = await internalRecommendationPage(q.db, {
    parentIds: [f.unitId],
    openOnly: f.open,
    after: after ? { deadline: after.key, id: after.id } : null,
    limit: f.limit + 1,
    withTotal: !after,
  });
  return toPage(
    rows,
    f.limit,
    (r) => [r.deadline, r.id],
    (r) => ({
      id: r.id,
      internalId: r.internal_id,
      text: r.text,
      deadline: r.deadline,
      status: r.status,
      doneOn: r.done_on,
      outcome: r.outcome,
      unitName: r.unit_name,
      overdue: r.status === "open" && r.deadline < today,
    }),
    totalOf(rows, !after),
  );
}
