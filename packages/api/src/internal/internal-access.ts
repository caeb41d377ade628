import { canOnUnit, maySeeInternalWork, ROLE_POLICIES } from "@par/domain";
import type { Request } from "../access/request";
import { assertCanOnUnit } from "../access/unit-access";
import type { Db, OrgUnitRow } from "../db/database";
import { overseersOf } from "../db/field-oversight.repository";
import { type InternalListRow, listInternalRows } from "../db/internal.repository";
import { lockInternal } from "../db/internal-work.repository";
import { ancestorPath, findUnit } from "../db/unit.repository";
import { fail } from "../errors";

/** Units the caller acts for with internal.write (a unit_officer's own unit). */
export function ownInspectingUnits(q: Request): number[] {
  return q.user.assignments
    .filter(
      (a) =>
        a.unitId !== null &&
        (ROLE_POLICIES[a.role].permissions as readonly string[]).includes("internal.write"),
    )
    .map((a) => a.unitId as number);
}

/**
 * Which of the caller's units inspects `target` internally: its tree parent, or a department whose
 * field the target is in (field_oversight). Out of reach reads exactly like the tree refusal.
 */
export async function inspectingParentFor(q: Request, db: Db, target: OrgUnitRow): Promise<OrgUnitRow> {
  const mine = new Set(ownInspectingUnits(q));
  const candidates = [
    ...(target.parent_id === null ? [] : [target.parent_id]),
    ...(await overseersOf(db, target.id)),
  ];
  const id = candidates.find((c) => mine.has(c));
  if (id === undefined) {
    // Out of the caller's tree: the usual scope refusal, which names nothing.
    await assertCanOnUnit(db, q.user, "internal.write", target.id);
    fail(
      "ACCESS.OUT_OF_SCOPE",
      `Chỉ đơn vị cấp trên trực tiếp hoặc sở quản lý ngành, lĩnh vực của "${target.name}" được kiểm tra nội bộ đơn vị này / Only the direct parent or the overseeing department of "${target.name}" may inspect it internally`,
    );
  }
  return (await findUnit(db, id))!;
}

function notFound(): never {
  fail("INTERNAL.NOT_FOUND", "Không tìm thấy cuộc kiểm tra nội bộ / Internal inspection not found", "id");
}

/**
 * An internal inspection the caller may read: the inspecting unit lies in its scope. Another unit's
 * internal inspection is "not found", exactly like a missing one.
 */
export async function readableInternal(q: Request, id: number, db: Db = q.db): Promise<InternalListRow> {
  const [row] = await listInternalRows(db, { id });
  if (!row) notFound();
  try {
    await assertCanOnUnit(db, q.user, "internal.read", row.parent_unit_id);
  } catch {
    notFound();
  }
  return row;
}

/** An internal inspection the caller changes: only the inspecting unit's own officer; row locked. */
export async function writableInternal(q: Request, db: Db, id: number): Promise<InternalListRow> {
  await lockInternal(db, id);
  const row = await readableInternal(q, id, db);
  if (!ownInspectingUnits(q).includes(row.parent_unit_id)) notFound();
  return row;
}

export function assertStatus(
  row: InternalListRow,
  allowed: readonly InternalListRow["status"][],
  what: { vi: string; en: string },
) {
  if (!allowed.includes(row.status)) {
    fail(
      "INTERNAL.STATE",
      `Không thể ${what.vi} ở giai đoạn này của cuộc kiểm tra nội bộ / Cannot ${what.en} at this stage of the internal inspection`,
      "id",
    );
  }
}

/**
 * Whether the caller may see the work in progress of an internal inspection (its files before the
 * result is on record): only the inspecting unit's own clerk and head (the domain's maySeeInternalWork).
 */
export async function maySeeInternalFiles(q: Request, db: Db, row: InternalListRow): Promise<boolean> {
  const path = await ancestorPath(db, row.parent_unit_id);
  const ofTheUnit = (["internal.write", "submissions.approve"] as const).some((p) =>
    canOnUnit(q.user.assignments, p, path),
  );
  return maySeeInternalWork(row.status, ofTheUnit);
}
