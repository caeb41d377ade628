import { PLAN_TEMPLATES, type SetUnitFieldsInput, unknownFieldCodes } from "@par/domain";
import type { Request } from "../access/request";
import { unitInScope } from "../access/unit-access";
import { audited } from "../db/audit.repository";
import { fieldsOfUnit, replaceUnitFields } from "../db/history.repository";
import { fail } from "../errors";

/** Every field any template names: a unit's fields outlive one plan's template. */
const ALL_FIELDS = {
  ...PLAN_TEMPLATES["dong-nai-2023"],
  fields: Object.values(PLAN_TEMPLATES).flatMap((t) => t.fields),
};

/** units.setFields (R6): the fields a unit handles dossiers in, replaced as a whole; audited. */
export async function setUnitFields(q: Request, input: SetUnitFieldsInput) {
  const unknown = unknownFieldCodes(ALL_FIELDS, input.fields);
  if (unknown.length > 0) {
    fail(
      "UNIT.FIELD_UNKNOWN",
      `Lĩnh vực: không có lĩnh vực "${unknown.join(", ")}" / Fields: unknown field "${unknown.join(", ")}"`,
      "fields",
    );
  }
  return audited(q.db, q.actor, async (trx) => {
    const unit = await unitInScope(trx, q.user, "units.write", input.id, "id");
    const before = await fieldsOfUnit(trx, unit.id);
    await replaceUnitFields(trx, unit.id, input.fields);
    const after = await fieldsOfUnit(trx, unit.id);
    return {
      result: { id: unit.id, fields: after },
      audit: {
        action: "set_fields",
        entity: "org_unit",
        entityId: unit.id,
        unitId: unit.id,
        before: { fields: before },
        after: { fields: after },
      },
    };
  });
}
