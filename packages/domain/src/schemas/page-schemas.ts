import { z } from "zod";

/**
 * The one shape of every paginated list (keyset pagination: STYLE.md "Reads that scale").
 * The cursor is opaque to clients: the API encodes the last row's sort key and id in it
 * (base64url JSON) and decodes it with the list's own sort; a tampered cursor is bad input.
 */
export const PAGE_LIMIT_DEFAULT = 50;
export const PAGE_LIMIT_MAX = 200;

export const PageInput = z.object({
  cursor: z
    .string({ error: "Con trỏ trang không hợp lệ / Page cursor is invalid" })
    .max(512, "Con trỏ trang không hợp lệ / Page cursor is invalid")
    .regex(/^[A-Za-z0-9_-]*$/, "Con trỏ trang không hợp lệ / Page cursor is invalid")
    .nullish(),
  limit: z
    .number({ error: "Số dòng mỗi trang: phải là số / Rows per page: must be a number" })
    .int("Số dòng mỗi trang: phải là số nguyên / Rows per page: must be an integer")
    .min(1, "Số dòng mỗi trang: ít nhất 1 / Rows per page: at least 1")
    .max(
      PAGE_LIMIT_MAX,
      `Số dòng mỗi trang: tối đa ${PAGE_LIMIT_MAX} / Rows per page: at most ${PAGE_LIMIT_MAX}`,
    )
    .default(PAGE_LIMIT_DEFAULT),
});
export type PageInput = z.infer<typeof PageInput>;

/** A page of a list: `nextCursor` null on the last page; `total` where the screen shows a count. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
  total?: number;
}
