import {
  checkSchedule,
  formatViDate,
  INSPECTING_KINDS,
  type InternalCreateInput,
  type InternalListInput,
  type InternalRecordInput,
  type InternalStatus,
  internalCoverage,
  internalFromCounts,
  type Page,
  type PlanTemplate,
  poolDate,
  ROLE_POLICIES,
  scopeRoots,
  templatesForYear,
  type UnitKind,
} from "@par/domain";
import { provinceOf } from "../access/province";
import type { Request } from "../access/request";
import { assertCanOnUnit } from "../access/unit-access";
import { audited } from "../db/audit.repository";
import type { Db, OrgUnitRow } from "../db/database";
import { fieldUnitsOfMany } from "../db/field-oversight.repository";
import {
  type InternalListRow,
  insertInternal,
  internalDoneTargets,
  listInternalRows,
  updateInternal,
} from "../db/internal.repository";
import { internalCoverageCounts } from "../db/internal-coverage.repository";
import { toPage } from "../db/keyset";
import { decodeKeyCursor } from "../db/keyset-key";
import { totalOf } from "../db/page-total";
import { findPlanByYear } from "../db/plan.repository";
import { findUnit, type UnitListRow } from "../db/unit.repository";
import { childrenOfMany, toUnitRef } from "../db/unit-tree.repository";
import { fail } from "../errors";
import { templateOf } from "../inspections/viewer";
import { vietnamDate } from "../time";
import { inspectingParentFor } from "./internal-access";

const ENTITY = "internal_inspection";

/**
 * The year's plan template in the unit's province (plans are per province), or the newest template
 * for the year when that province has no plan yet.
 */
export async function templateForYear(
  db: Db,
  provinceId: number,
  year: number,
  field = "year",
): Promise<PlanTemplate> {
  const plan = await findPlanByYear(db, provinceId, year);
  if (plan) return templateOf(plan.template_id);
  const t = templatesForYear(year)[0];
  if (!t)
    fail("PLAN.TEMPLATE_YEAR", `Không có mẫu kế hoạch cho năm ${year} / No plan template for ${year}`, field);
  return t;
}

function assertInspectingUnit(unit: OrgUnitRow, field: string): void {
  if (!(INSPECTING_KINDS as readonly UnitKind[]).includes(unit.kind)) {
    fail(
      "INTERNAL.NOT_A_PARENT",
      `"${unit.name}" không phải sở, ban, ngành hay UBND cấp huyện, không có chỉ tiêu kiểm tra nội bộ / "${unit.name}" is not a department or district and has no internal quota`,
      field,
    );
  }
}

export interface InternalCoverageDto {
  unit: { id: number; code: string; name: string; kind: UnitKind; manySubordinates: boolean };
  year: number;
  pct: number;
  poolSize: number;
  required: number;
  done: number;
  shortfall: number;
  pool: { id: number; code: string; name: string; kind: UnitKind; status: "done" | "planned" | "missing" }[];
}

/**
 * R9 for many departments and districts in three statements whatever their number (children, done
 * targets, planned targets — each over all the units at once); the domain's internalCoverage then
 * decides each pool. internal.overview used to run these three per unit.
 */
async function coverageOfMany(
  db: Db,
  units: readonly UnitListRow[],
  year: number,
  template: PlanTemplate,
): Promise<InternalCoverageDto[]> {
  const ids = units.map((u) => u.id);
  const [children, fieldRows, doneRows, internalRows] = await Promise.all([
    childrenOfMany(db, ids),
    fieldUnitsOfMany(db, ids),
    internalDoneTargets(db, year, ids),
    listInternalRows(db, { parentIds: ids, year }),
  ]);
  const group = <T>(rows: readonly T[], key: (r: T) => number | null) => {
    const m = new Map<number, T[]>();
    for (const r of rows) {
      const k = key(r);
      if (k === null) continue;
      const list = m.get(k);
      if (list) list.push(r);
      else m.set(k, [r]);
    }
    return m;
  };
  const childrenOf = group(children, (c) => c.parent_id);
  const fieldOf = group(fieldRows, (c) => c.department_id);
  const doneOf = group(doneRows, (r) => r.parent_unit_id);
  const plannedOf = group(
    internalRows.filter((r) => r.status === "planned"),
    (r) => r.parent_unit_id,
  );
  return units.map((unit) =>
    coverageFrom(
      unit,
      year,
      template,
      childrenOf.get(unit.id) ?? [],
      fieldOf.get(unit.id) ?? [],
      (doneOf.get(unit.id) ?? []).map((r) => r.target_unit_id),
      new Set((plannedOf.get(unit.id) ?? []).map((r) => r.target_unit_id)),
    ),
  );
}

function coverageFrom(
  unit: UnitListRow,
  year: number,
  template: PlanTemplate,
  children: readonly UnitListRow[],
  fieldUnits: readonly UnitListRow[],
  done: readonly number[],
  planned: ReadonlySet<number>,
): InternalCoverageDto {
  const all = [...children, ...fieldUnits];
  const c = internalCoverage({
    template,
    year,
    parent: toUnitRef(unit),
    units: all.map(toUnitRef),
    inspectedUnitIds: done,
    fieldUnitIds: fieldUnits.map((u) => u.id),
  });
  const byId = new Map(all.map((u) => [u.id, u]));
  const doneSet = new Set(c.doneUnitIds);
  return {
    unit: {
      id: unit.id,
      code: unit.code,
      name: unit.name,
      kind: unit.kind,
      manySubordinates: unit.many_subordinates,
    },
    year,
    pct: c.pct,
    poolSize: c.poolUnitIds.length,
    required: c.required,
    done: c.done,
    shortfall: c.shortfall,
    pool: c.poolUnitIds.map((id) => {
      const u = byId.get(id)!;
      const status = doneSet.has(id) ? "done" : planned.has(id) ? "planned" : "missing";
      return { id, code: u.code, name: u.name, kind: u.kind, status };
    }),
  };
}

/** internal.coverage: a department's or district's own internal coverage (R9), in the caller's scope. */
export async function internalCoverageOf(
  q: Request,
  unitId: number,
  year: number,
): Promise<InternalCoverageDto> {
  const unit = await findUnit(q.db, unitId);
  if (!unit) fail("UNIT.NOT_FOUND", "Không tìm thấy đơn vị / Unit not found", "unitId");
  await assertCanOnUnit(q.db, q.user, "internal.read", unit.id);
  assertInspectingUnit(unit, "unitId");
  const [dto] = await coverageOfMany(q.db, [unit], year, await templateForYear(q.db, unit.province_id, year));
  return dto!;
}

/**
 * internal.overview: every department's and district's internal coverage (R9), laggards first. The
 * pools and done counts are one aggregate query; the domain does the quota arithmetic.
 */
export async function internalOverview(q: Request, year: number) {
  const provinceId = provinceOf(q.user);
  const template = await templateForYear(q.db, provinceId, year);
  const rows = (
    await internalCoverageCounts(q.db, {
      provinceId,
      year,
      poolDate: poolDate(year),
      scopeRoots: scopeRoots(q.user.assignments, "internal.read"),
    })
  ).map((u) => ({
    unit: { id: u.id, code: u.code, name: u.name, kind: u.kind, manySubordinates: u.many_subordinates },
    year,
    poolSize: u.pool_size,
    ...internalFromCounts(template, {
      manySubordinates: u.many_subordinates,
      poolSize: u.pool_size,
      done: u.done,
    }),
  }));
  const ratio = (r: (typeof rows)[number]) =>
    r.required === 0 ? Number.POSITIVE_INFINITY : r.done / r.required;
  rows.sort(
    (a, b) =>
      ratio(a) - ratio(b) || b.shortfall - a.shortfall || a.unit.name.localeCompare(b.unit.name, "vi"),
  );
  return rows;
}

export interface InternalInspectionDto {
  id: number;
  parentUnit: { id: number; name: string };
  targetUnit: { id: number; name: string; kind: string };
  year: number;
  startDate: string;
  endDate: string;
  areas: string[];
  note: string;
  status: InternalStatus;
  conductedOn: string | null;
  summary: string | null;
  decisionNumber: string | null;
  decisionDate: string | null;
  noticeNumber: string | null;
  isDemo: boolean;
}

export function toDto(r: InternalListRow): InternalInspectionDto {
  return {
    id: r.id,
    parentUnit: { id: r.parent_unit_id, name: r.parent_name },
    targetUnit: { id: r.target_unit_id, name: r.target_name, kind: r.target_kind },
    year: r.year,
    startDate: r.start_date,
    endDate: r.end_date,
    areas: r.areas,
    note: r.note,
    status: r.status,
    conductedOn: r.conducted_on,
    summary: r.summary,
    decisionNumber: r.decision_number,
    decisionDate: r.decision_date,
    noticeNumber: r.notice_number,
    isDemo: r.is_demo,
  };
}

/** internal.list: internal inspections run by units in the caller's scope, by start date then id, a page at a time. */
export async function listInternal(q: Request, f: InternalListInput): Promise<Page<InternalInspectionDto>> {
  const provinceId = provinceOf(q.user);
  let scope: { parentIds: readonly number[] } | { scopeRoots: readonly number[] } | object = {};
  if (f.unitId !== undefined) {
    if (!(await findUnit(q.db, f.unitId)))
      fail("UNIT.NOT_FOUND", "Không tìm thấy đơn vị / Unit not found", "unitId");
    await assertCanOnUnit(q.db, q.user, "internal.read", f.unitId);
    scope = { parentIds: [f.unitId] };
  } else {
    const roots = scopeRoots(q.user.assignments, "internal.read");
    // The province's own root covers every row the province equality keeps: no path test then.
    if (roots !== "all" && !roots.includes(provinceId)) scope = { scopeRoots: roots };
  }
  const after = decodeKeyCursor(f.cursor, "string");
  if (after && !/^\d{4}-\d{2}-\d{2}$/.test(after.key))
    fail("INPUT.BAD_CURSOR", "Con trỏ trang không hợp lệ / Page cursor is invalid", "cursor");
  const rows = await listInternalRows(q.db, {
    provinceId,
    ...scope,
    ...(f.year !== undefined ? { year: f.year } : {}),
    after: after ? { startDate: after.key, id: after.id } : null,
    limit: f.limit + 1,
    withTotal: !after,
  });
  return toPage(rows, f.limit, (r) => [r.start_date, r.id], toDto, totalOf(rows, !after));
}

/**
 * Only the parent itself plans an internal inspection of its direct subordinates (IV.4): the unit an
 * officer is bound to, never a unit above or beside it.
 */
function assertOwnParent(
  q: Request,
  parent: OrgUnitRow | undefined,
  target: OrgUnitRow,
): asserts parent is OrgUnitRow {
  const mine = q.user.assignments.some(
    (a) =>
      (ROLE_POLICIES[a.role].permissions as readonly string[]).includes("internal.write") &&
      (ROLE_POLICIES[a.role].scope === "province" || (parent !== undefined && a.unitId === parent.id)),
  );
  if (!parent || !mine) {
    fail(
      "ACCESS.OUT_OF_SCOPE",
      `Chỉ đơn vị cấp trên trực tiếp của "${target.name}" được kiểm tra nội bộ đơn vị này / Only the direct parent of "${target.name}" may inspect it internally`,
    );
  }
}

async function internalRow(db: Db, id: number): Promise<InternalListRow> {
  const [row] = await listInternalRows(db, { id });
  if (!row)
    fail("INTERNAL.NOT_FOUND", "Không tìm thấy cuộc kiểm tra nội bộ / Internal inspection not found", "id");
  return row;
}

/** internal.create: a planned internal inspection of one of the caller's unit's direct subordinates. */
export async function createInternal(q: Request, input: InternalCreateInput): Promise<InternalInspectionDto> {
  return audited(q.db, q.actor, async (trx) => {
    const target = await findUnit(trx, input.targetUnitId);
    if (!target) fail("UNIT.NOT_FOUND", "Không tìm thấy đơn vị / Unit not found", "targetUnitId");
    const parent = await inspectingParentFor(q, trx, target);
    assertInspectingUnit(parent, "targetUnitId");
    const year = Number(input.startDate.slice(0, 4));
    const template = await templateForYear(trx, target.province_id, year, "startDate");
    const pool = internalCoverage({
      template,
      year,
      parent: toUnitRef(parent),
      units: [toUnitRef(target)],
      inspectedUnitIds: [],
      // Reached through field_oversight rather than the tree: the domain counts it as a field unit.
      fieldUnitIds: target.parent_id === parent.id ? [] : [target.id],
    });
    if (pool.poolUnitIds.length === 0) {
      fail(
        "INTERNAL.NOT_DIRECT",
        `Đơn vị được kiểm tra: "${target.name}" không thuộc diện kiểm tra nội bộ của "${parent.name}" trong năm ${year} / Inspected unit: "${target.name}" is not in "${parent.name}"'s internal pool for ${year}`,
        "targetUnitId",
      );
    }
    const window = checkSchedule({
      template,
      year,
      inspection: { form: "announced", startDate: input.startDate, endDate: input.endDate },
    });
    if (!window.ok)
      fail(window.code, window.message, /^endDate/.test(window.message) ? "endDate" : "startDate");
    const bad = input.areas.find((a) => !template.areas.some((x) => x.code === a));
    if (bad !== undefined) {
      fail(
        "INSPECTION.UNKNOWN_AREA",
        `Nội dung kiểm tra "${bad}" không có trong kế hoạch / Content area "${bad}" is not in the plan`,
        "areas",
      );
    }
    const row = await insertInternal(trx, {
      parent_unit_id: parent.id,
      target_unit_id: target.id,
      year,
      start_date: input.startDate,
      end_date: input.endDate,
      areas: JSON.stringify(input.areas),
      note: input.note,
      created_by: q.user.userId,
      created_at: q.now,
      updated_at: q.now,
    });
    const after = toDto(await internalRow(trx, row.id));
    return {
      result: after,
      audit: { action: "create", entity: ENTITY, entityId: row.id, unitId: target.id, before: null, after },
    };
  });
}

/** internal.record: the result of a planned internal inspection; it then counts toward R9. */
export async function recordInternal(q: Request, input: InternalRecordInput): Promise<InternalInspectionDto> {
  return audited(q.db, q.actor, async (trx) => {
    const row = await internalRow(trx, input.id);
    const target = (await findUnit(trx, row.target_unit_id))!;
    await assertCanOnUnit(trx, q.user, "internal.write", row.parent_unit_id);
    assertOwnParent(q, await findUnit(trx, row.parent_unit_id), target);
    if (row.status === "done") {
      fail(
        "INTERNAL.STATE",
        "Cuộc kiểm tra nội bộ này đã được ghi kết quả / This internal inspection is already recorded",
        "id",
      );
    }
    const today = vietnamDate(q.now);
    if (
      input.conductedOn < row.start_date ||
      input.conductedOn > today ||
      Number(input.conductedOn.slice(0, 4)) !== row.year
    ) {
      fail(
        "INTERNAL.DATE",
        `Ngày kiểm tra ${formatViDate(input.conductedOn)} phải từ ngày bắt đầu ${formatViDate(row.start_date)} đến hôm nay, trong năm ${row.year} / Inspection date ${formatViDate(input.conductedOn)} must be from the start ${formatViDate(row.start_date)} to today, in ${row.year}`,
        "conductedOn",
      );
    }
    const before = toDto(row);
    await updateInternal(trx, row.id, {
      status: "done",
      conducted_on: input.conductedOn,
      summary: input.summary,
      updated_at: q.now,
    });
    const after = toDto(await internalRow(trx, row.id));
    return {
      result: after,
      audit: {
        action: "record",
        entity: ENTITY,
        entityId: row.id,
        unitId: row.target_unit_id,
        before,
        after,
      },
    };
  });
}
