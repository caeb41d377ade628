import { z } from "zod";
import { idField } from "../schemas/fields";
import { UnitKind } from "./unit-kinds";

/** A calendar date as the API carries it: "yyyy-mm-dd". Screens show dd/mm/yyyy. */
export const IsoDate = z.iso.date({
  error: "Ngày không hợp lệ, nhập theo dạng dd/mm/yyyy / Invalid date, enter it as dd/mm/yyyy",
});

export const UnitCode = z
  .string({ error: "Mã đơn vị là bắt buộc / Unit code is required" })
  .trim()
  .min(1, "Mã đơn vị là bắt buộc / Unit code is required")
  .max(32, "Mã đơn vị tối đa 32 ký tự / Unit code: at most 32 characters")
  .regex(/^[A-Za-z0-9._-]+$/, "Mã đơn vị chỉ gồm chữ, số, . _ - / Unit code: letters, digits, . _ - only");

export const UnitName = z
  .string({ error: "Tên đơn vị là bắt buộc / Unit name is required" })
  .trim()
  .min(2, "Tên đơn vị quá ngắn / Unit name is too short")
  .max(200, "Tên đơn vị tối đa 200 ký tự / Unit name: at most 200 characters");

/** A unit's id (bounded to PostgreSQL's int4 like every id: see idField). */
export const UnitId = idField("id", "Đơn vị", "Unit");

export const CreateUnitInput = z
  .object({
    code: UnitCode,
    name: UnitName,
    kind: UnitKind,
    parentId: idField("parentId", "Đơn vị cấp trên", "Parent unit").nullable(),
    manySubordinates: z.boolean().default(false),
    hasOneStopShop: z.boolean().default(false),
    validFrom: IsoDate,
    validTo: IsoDate.nullable().default(null),
  })
  .refine((u) => u.validTo === null || u.validTo >= u.validFrom, {
    path: ["validTo"],
    message: "Ngày hết hiệu lực phải sau ngày hiệu lực / Valid-to must not be before valid-from",
  });
export type CreateUnitInput = z.infer<typeof CreateUnitInput>;

export const UpdateUnitInput = z.object({
  id: UnitId,
  name: UnitName.optional(),
  code: UnitCode.optional(),
  manySubordinates: z.boolean().optional(),
  hasOneStopShop: z.boolean().optional(),
  validFrom: IsoDate.optional(),
});
export type UpdateUnitInput = z.infer<typeof UpdateUnitInput>;

export const CloseUnitInput = z.object({ id: UnitId, validTo: IsoDate });
export type CloseUnitInput = z.infer<typeof CloseUnitInput>;
