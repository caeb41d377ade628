import { z } from "zod";
import { idField } from "../schemas/fields";
import { PageInput } from "../schemas/page-schemas";
import { TIERS, UNIT_KINDS } from "./unit-kinds";
import { IsoDate } from "./unit-schemas";

/** How the register's table may be sorted: by name (diacritics folded) or by code, then id. */
export const UNIT_SORTS = ["name", "code"] as const;
export type UnitSort = (typeof UNIT_SORTS)[number];

/**
 * One page of the register (units.page): every filter and the sort run in the database, so a page
 * costs the same whatever the register's size.
 */
export const UnitPageInput = PageInput.extend({
  query: z.string().max(100, "Từ khóa tối đa 100 ký tự / Search text: at most 100 characters").optional(),
  kind: z.enum(UNIT_KINDS, { error: "Loại đơn vị không hợp lệ / Unit kind is invalid" }).optional(),
  tier: z.enum(TIERS, { error: "Cấp đơn vị không hợp lệ / Unit tier is invalid" }).optional(),
  /** Direct children of this unit only. */
  parentId: idField("parentId", "Đơn vị cấp trên", "Parent unit").optional(),
  /** Only units valid on this date; default: today. */
  at: IsoDate.optional(),
  includeClosed: z.boolean().default(false),
  sort: z.enum(UNIT_SORTS, { error: "Sắp xếp: theo tên hoặc mã / Sort: by name or code" }).default("name"),
});
export type UnitPageInput = z.infer<typeof UnitPageInput>;
