import { canOnUnit, type FieldOversightChangeInput, type UnitKind } from "@par/domain";
import type { Request } from "../access/request";
import { assertCanOnUnit } from "../access/unit-access";
import { audited } from "../db/audit.repository";
import { addFieldUnit, fieldUnitsOfMany, removeFieldUnit } from "../db/field-oversight.repository";
import { ancestorPath, findUnit } from "../db/unit.repository";
import { fail } from "../errors";

const ENTITY = "field_oversight";
/** Only departments and agencies have a field ("ngành, lĩnh vực") of management outside their tree. */
const OVERSEEING_KINDS: readonly UnitKind[] = ["department", "agency"];

/** internal.fieldUnits: the units in a department's field (R9 pool beyond its own tree). */
export async function listFieldUnits(q: Request, departmentId: number) {
  if (!(await findUnit(q.db, departmentId)))
    fail("UNIT.NOT_FOUND", "Không tìm thấy đơn vị / Unit not found", "departmentId");
  await assertCanOnUnit(q.db, q.user, "internal.read", departmentId);
  const rows = await fieldUnitsOfMany(q.db, [departmentId]);
  return rows.map((u) => ({ id: u.id, code: u.code, name: u.name, kind: u.kind }));
}

/** The unit, if it exists and the caller may change the register there; another province's is as missing. */
async function reachable(q: Request, db: Request["db"], id: number) {
  const unit = await findUnit(db, id);
  if (!unit) return undefined;
  return canOnUnit(q.user.assignments, "units.write", await ancestorPath(db, id)) ? unit : undefined;
}

async function checked(q: Request, db: Request["db"], input: FieldOversightChangeInput) {
  const [dept, unit] = await Promise.all([
    reachable(q, db, input.departmentId),
    reachable(q, db, input.unitId),
  ]);
  if (!dept)
    fail(
      "UNIT.NOT_FOUND",
      "Sở, ngành quản lý: không tìm thấy đơn vị / Overseeing department: unit not found",
      "departmentId",
    );
  if (!unit)
    fail(
      "UNIT.NOT_FOUND",
      "Đơn vị thuộc lĩnh vực: không tìm thấy đơn vị / Unit in the field: unit not found",
      "unitId",
    );
  if (!OVERSEEING_KINDS.includes(dept.kind)) {
    fail(
      "INTERNAL.NOT_IN_FIELD",
      `Sở, ngành quản lý: "${dept.name}" không phải sở, ban, ngành / Overseeing department: "${dept.name}" is not a department or agency`,
      "departmentId",
    );
  }
  if (unit.id === dept.id || unit.parent_id === dept.id) {
    fail(
      "INTERNAL.NOT_IN_FIELD",
      `Đơn vị thuộc lĩnh vực: "${unit.name}" đã là đơn vị trực thuộc của "${dept.name}" / Unit in the field: "${unit.name}" is already under "${dept.name}"`,
      "unitId",
    );
  }
  return { dept, unit };
}

/** internal.addFieldUnit (Sở Nội vụ): a unit enters a department's field. */
export async function addFieldOversight(q: Request, input: FieldOversightChangeInput) {
  return audited(q.db, q.actor, async (trx) => {
    const { dept, unit } = await checked(q, trx, input);
    const added = await addFieldUnit(trx, {
      department_id: dept.id,
      unit_id: unit.id,
      created_by: q.user.userId,
      created_at: q.now,
    });
    const after = { departmentId: dept.id, unitId: unit.id, added };
    return {
      result: after,
      audit: { action: "add", entity: ENTITY, entityId: dept.id, unitId: unit.id, before: null, after },
    };
  });
}

/** internal.removeFieldUnit (Sở Nội vụ): a unit leaves a department's field. */
export async function removeFieldOversight(q: Request, input: FieldOversightChangeInput) {
  return audited(q.db, q.actor, async (trx) => {
    const { dept, unit } = await checked(q, trx, input);
    const removed = await removeFieldUnit(trx, dept.id, unit.id);
    const before = { departmentId: dept.id, unitId: unit.id, removed };
    return {
      result: before,
      audit: { action: "remove", entity: ENTITY, entityId: dept.id, unitId: unit.id, before, after: null },
    };
  });
}
