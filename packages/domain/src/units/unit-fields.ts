import { z } from "zod";
import { idField } from "../schemas/fields";
import { leadBodyOfUnitName } from "../templates/template-lookup";
import type { PlanTemplate } from "../templates/template-types";
import type { UnitKind } from "./unit-kinds";

/**
 * R6. Which fields (lĩnh vực) a unit handles dossiers in, as template field codes: the province keeps this
 * per unit (table unit_fields); this is the default a new register starts from.
 * - Communes and districts receive dossiers of all four focus fields at their one-stop shop (đất đai,
 *   hộ tịch, cấp phép xây dựng, đăng ký hộ kinh doanh), so they handle every focus field.
 * - A department handles the field of its mandate, read from the template's sector lead bodies by the
 *   unit's name (Sở TN&MT → đất đai, Sở KH&ĐT → đăng ký kinh doanh, Sở Tư pháp → tư pháp–hộ tịch,
 *   Sở Xây dựng → xây dựng, and the other sector departments their own field).
 * - Any other unit: none until the province says otherwise.
 */
export function defaultUnitFields(template: PlanTemplate, unit: { kind: UnitKind; name: string }): string[] {
  if (unit.kind === "commune" || unit.kind === "district") {
    return template.fields.filter((f) => f.focus).map((f) => f.code);
  }
  if (unit.kind === "department" || unit.kind === "agency" || unit.kind === "office") {
    const field = leadBodyOfUnitName(template, unit.name)?.field;
    return field ? [field] : [];
  }
  return [];
}

/** units.setFields: the fields a unit handles, replaced as a whole. Codes are checked against the template. */
export const SetUnitFieldsInput = z.object({
  id: idField("id", "Đơn vị", "Unit"),
  fields: z
    .array(
      z
        .string({ error: "Lĩnh vực: mã không hợp lệ / Fields: invalid code" })
        .regex(/^[a-z0-9_]{1,40}$/, "Lĩnh vực: mã không hợp lệ / Fields: invalid code"),
      { error: "Lĩnh vực: phải là danh sách / Fields: must be a list" },
    )
    .max(30, "Lĩnh vực: tối đa 30 / Fields: at most 30"),
});
export type SetUnitFieldsInput = z.infer<typeof SetUnitFieldsInput>;

/** The codes the template does not know, to refuse them naming the field. */
export function unknownFieldCodes(template: PlanTemplate, codes: readonly string[]): string[] {
  const known = new Set(template.fields.map((f) => f.code));
  return codes.filter((c) => !known.has(c));
}
