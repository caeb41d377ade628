import { mayHaveParent, type UnitKind } from "@par/domain";
import type { Db, OrgUnitRow } from "../db/database";
import { childrenValidAfter, findCodeClash } from "../db/unit.repository";
import { fail } from "../errors";

const dmy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

export function checkParentKind(kind: UnitKind, parent: OrgUnitRow | null): void {
  if (mayHaveParent(kind, parent?.kind ?? null)) return;
  if (parent === null) {
    fail(
      "UNIT.PARENT_KIND",
      `Đơn vị loại "${kind}" phải có đơn vị cấp trên / A unit of kind "${kind}" needs a parent unit`,
      "parentId",
    );
  }
  fail(
    "UNIT.PARENT_KIND",
    `Đơn vị loại "${kind}" không thể trực thuộc đơn vị loại "${parent.kind}" / A unit of kind "${kind}" cannot sit under a unit of kind "${parent.kind}"`,
    "parentId",
  );
}

/** The parent must be valid on every day the child is. */
export function checkParentCovers(
  parent: OrgUnitRow,
  validFrom: string,
  validTo: string | null,
  field: string,
) {
  const startsTooEarly = validFrom < parent.valid_from;
  const outlivesParent = parent.valid_to !== null && (validTo === null || validTo > parent.valid_to);
  if (startsTooEarly || outlivesParent) {
    const parentSpan = `${dmy(parent.valid_from)}–${parent.valid_to ? dmy(parent.valid_to) : "…"}`;
    fail(
      "UNIT.PARENT_NOT_VALID",
      `Đơn vị cấp trên "${parent.name}" chỉ có hiệu lực ${parentSpan} / The parent unit "${parent.name}" is valid only ${parentSpan}`,
      field,
    );
  }
}

export async function checkCodeFree(
  db: Db,
  provinceId: number,
  code: string,
  validFrom: string,
  validTo: string | null,
  exceptId?: number,
) {
  const clash = await findCodeClash(db, provinceId, code, validFrom, validTo, exceptId);
  if (clash) {
    fail(
      "UNIT.CODE_TAKEN",
      `Mã "${code}" đang được dùng cho "${clash.name}" trong cùng thời gian hiệu lực / Code "${code}" is already used by "${clash.name}" in the same period`,
      "code",
    );
  }
}

export async function checkNoChildOutlives(db: Db, unit: OrgUnitRow, validTo: string) {
  const open = await childrenValidAfter(db, unit.id, validTo);
  if (open.length === 0) return;
  const names = open
    .slice(0, 3)
    .map((u) => u.name)
    .join(", ");
  const more = open.length > 3 ? ", …" : "";
  fail(
    "UNIT.OPEN_CHILDREN",
    `Không thể đóng "${unit.name}": còn ${open.length} đơn vị trực thuộc có hiệu lực sau ${dmy(validTo)} (${names}${more}). Hãy đóng hoặc chuyển các đơn vị này trước / Cannot close "${unit.name}": ${open.length} child units stay valid after ${dmy(validTo)} (${names}${more}). Close or move them first`,
    "validTo",
  );
}

/** Postgres unique_violation: a concurrent create took the code between our check and our insert. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "23505";
}
