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
  /** Only units of these kinds (a parent picker offers the kinds the register allows above a unit). */
  kinds: z
    .array(z.enum(UNIT_KINDS, { error: "Loại đơn vị không hợp lệ / Unit kind is invalid" }))
    .max(
      UNIT_KINDS.length,
      `Loại đơn vị: tối đa ${UNIT_KINDS.length} / Unit kinds: at most ${UNIT_KINDS.length}`,
    )
    .optional(),
  /** Only units of a quota tier (the targets of the province's inspections). */
  tieredOnly: z
    .boolean({ error: "Chỉ đơn vị có chỉ tiêu: phải là có/không / Tiered only: must be yes or no" })
    .optional(),
  /** The top of the caller's scope only (the register's roots, or the units a user is bound to). */
  rootsOnly: z
    .boolean({ error: "Chỉ cấp cao nhất: phải là có/không / Top level only: must be yes or no" })
    .optional(),
  /** Direct children of this unit only. */
  parentId: idField("parentId", "Đơn vị cấp trên", "Parent unit").optional(),
  /** Only units valid on this date; default: today. */
  at: IsoDate.optional(),
  includeClosed: z.boolean().default(false),
  sort: z.enum(UNIT_SORTS, { error: "Sắp xếp: theo tên hoặc mã / Sort: by name or code" }).default("name"),
});
export type UnitPageInput = z.infer<typeof UnitPageInput>;

/**
 * One page of the one-stop shops a camera reviewer watches (units.oneStopShops): agencies first, then
 * each district with its communes, then the rest; searched by the shop's name or code or its district's
 * name in the database, so a province of hundreds of counters (or a country) answers one page at a time.
 */
export const ShopPageInput = PageInput.extend({
  query: z.string().max(100, "Từ khóa tối đa 100 ký tự / Search text: at most 100 characters").optional(),
  /** Only this shop (the detail pane reads its one row). */
  id: idField("id", "Bộ phận một cửa", "One-stop shop").optional(),
});
export type ShopPageInput = z.infer<typeof ShopPageInput>;
