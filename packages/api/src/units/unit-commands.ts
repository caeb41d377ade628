import {
  type CloseUnitInput,
  type CreateUnitInput,
  foldVietnamese,
  tierOfKind,
  type UpdateUnitInput,
} from "@par/domain";
import { unitInScope } from "../access/unit-access";
import type { SessionUser } from "../auth/sessions";
import { type AuditActor, audited } from "../db/audit.repository";
import type { Db, OrgUnitPatch } from "../db/database";
import { childrenStartingBefore, findUnit, insertUnit, updateUnit } from "../db/unit.repository";
import { fail } from "../errors";
import { giveDefaultFields } from "./default-unit-fields";
import {
  checkCodeFree,
  checkNoChildOutlives,
  checkParentCovers,
  checkParentKind,
  isUniqueViolation,
} from "./unit-checks";
import { toUnitDto, type UnitDto } from "./unit-dto";

const ENTITY = "org_unit";

function codeTakenByRace(code: string): never {
  fail("UNIT.CODE_TAKEN", `Mã "${code}" vừa được dùng / Code "${code}" was just taken`, "code");
}

export async function createUnit(db: Db, actor: AuditActor, user: SessionUser, input: CreateUnitInput) {
  try {
    return await audited<UnitDto>(db, actor, async (trx) => {
      const parent = input.parentId === null ? null : ((await findUnit(trx, input.parentId)) ?? null);
      if (input.parentId !== null && parent === null) {
        fail("UNIT.PARENT_NOT_FOUND", "Không tìm thấy đơn vị cấp trên / Parent unit not found", "parentId");
      }
      if (parent) await unitInScope(trx, user, "units.write", parent.id, "parentId");
      // Only a province may be a root: a wrong kind is named first.
      checkParentKind(input.kind, parent);
      if (!parent) {
        // A root is a province (issue 8 §3): provinces are added by the installation (seed, import),
        // never by one province's account, which would then reach outside its own province.
        fail(
          "ACCESS.OUT_OF_SCOPE",
          "Đơn vị cấp trên: cần chọn một đơn vị trong tỉnh; không tạo được tỉnh mới / Parent unit: choose a unit in your province; a new province cannot be created here",
          "parentId",
        );
      }
      checkParentCovers(parent, input.validFrom, input.validTo, "parentId");
      await checkCodeFree(trx, parent.province_id, input.code, input.validFrom, input.validTo);
      const row = await insertUnit(trx, {
        code: input.code,
        name: input.name,
        search_name: foldVietnamese(input.name),
        kind: input.kind,
        tier: tierOfKind(input.kind),
        parent_id: input.parentId,
        many_subordinates: input.manySubordinates,
        has_one_stop_shop: input.hasOneStopShop,
        valid_from: input.validFrom,
        valid_to: input.validTo,
        created_at: actor.now,
        updated_at: actor.now,
      });
      await giveDefaultFields(trx, [row]); // R6: the proposal weighs a new unit's fields at once
      const after = toUnitDto(row);
      return {
        result: after,
        audit: { action: "create", entity: ENTITY, entityId: row.id, unitId: row.id, before: null, after },
      };
    });
  } catch (error) {
    if (isUniqueViolation(error)) codeTakenByRace(input.code);
    throw error;
  }
}

export async function updateUnitDetails(
  db: Db,
  actor: AuditActor,
  user: SessionUser,
  input: UpdateUnitInput,
) {
  try {
    return await audited<UnitDto>(db, actor, async (trx) => {
      const unit = await unitInScope(trx, user, "units.write", input.id);
      const validFrom = input.validFrom ?? unit.valid_from;
      if (unit.valid_to !== null && validFrom > unit.valid_to) {
        fail(
          "UNIT.VALIDITY",
          "Ngày hiệu lực phải trước ngày hết hiệu lực / Valid-from must not be after valid-to",
          "validFrom",
        );
      }
      if (validFrom !== unit.valid_from) {
        const parent = unit.parent_id === null ? undefined : await findUnit(trx, unit.parent_id);
        if (parent) checkParentCovers(parent, validFrom, unit.valid_to, "validFrom");
        if ((await childrenStartingBefore(trx, unit.id, validFrom)).length > 0) {
          fail(
            "UNIT.CHILDREN_START_EARLIER",
            "Có đơn vị trực thuộc bắt đầu hiệu lực trước ngày này / Some child units start before this date",
            "validFrom",
          );
        }
      }
      const code = input.code ?? unit.code;
      if (code !== unit.code || validFrom !== unit.valid_from) {
        await checkCodeFree(trx, unit.province_id, code, validFrom, unit.valid_to, unit.id);
      }
      const patch: OrgUnitPatch = { updated_at: actor.now, code, valid_from: validFrom };
      if (input.name !== undefined)
        Object.assign(patch, { name: input.name, search_name: foldVietnamese(input.name) });
      if (input.manySubordinates !== undefined) patch.many_subordinates = input.manySubordinates;
      if (input.hasOneStopShop !== undefined) patch.has_one_stop_shop = input.hasOneStopShop;
      const before = toUnitDto(unit);
      const after = toUnitDto(await updateUnit(trx, unit.id, patch));
      return {
        result: after,
        audit: { action: "update", entity: ENTITY, entityId: unit.id, unitId: unit.id, before, after },
      };
    });
  } catch (error) {
    if (isUniqueViolation(error)) codeTakenByRace(input.code ?? "");
    throw error;
  }
}

export async function closeUnit(db: Db, actor: AuditActor, user: SessionUser, input: CloseUnitInput) {
  return audited<UnitDto>(db, actor, async (trx) => {
    const unit = await unitInScope(trx, user, "units.write", input.id);
    if (input.validTo < unit.valid_from) {
      fail(
        "UNIT.VALIDITY",
        "Ngày hết hiệu lực phải sau ngày hiệu lực / Valid-to must not be before valid-from",
        "validTo",
      );
    }
    await checkNoChildOutlives(trx, unit, input.validTo);
    const before = toUnitDto(unit);
    const after = toUnitDto(
      await updateUnit(trx, unit.id, { valid_to: input.validTo, updated_at: actor.now }),
    );
    return {
      result: after,
      audit: { action: "close", entity: ENTITY, entityId: unit.id, unitId: unit.id, before, after },
    };
  });
}
