import { fail } from "../errors";
import { decodeCursor } from "./keyset";

/**
 * The cursor of a list in start order: the last row's start date and id. Checked before it reaches
 * SQL — a cursor that decodes to something else (an impossible date, a non-integer id) is bad input,
 * never a database error.
 */
export function startCursor(cursor: string | null | undefined): { startDate: string; id: number } | null {
  const c = decodeCursor(cursor);
  if (c === null) return null;
  const { key, id } = c;
  const time =
    typeof key === "string" && /^[1-9]\d{3}-\d{2}-\d{2}$/.test(key) ? Date.parse(`${key}T00:00:00Z`) : NaN;
  const isDate = !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === key;
  if (!isDate || typeof id !== "number" || !Number.isInteger(id) || id < 0 || id > 2_147_483_647)
    fail("INPUT.BAD_CURSOR", "Con trỏ trang không hợp lệ / Page cursor is invalid", "cursor");
  return { startDate: key, id };
}
