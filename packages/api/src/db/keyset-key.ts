import { fail } from "../errors";
import { type CursorKey, decodeCursor } from "./keyset";

const bad = (): never =>
  fail("INPUT.BAD_CURSOR", "Con trỏ trang không hợp lệ / Page cursor is invalid", "cursor");

/**
 * Decodes a cursor for a list whose sort key has a known type and whose ids are integers: a cursor
 * that decodes but carries the wrong types (made for another list, or edited) is bad input too,
 * not a query error.
 */
export function decodeKeyCursor<K extends "string" | "number" | "null">(
  cursor: string | null | undefined,
  keyType: K,
): { key: K extends "string" ? string : K extends "number" ? number : null; id: number } | null {
  const c = decodeCursor(cursor);
  if (c === null) return null;
  const keyOk = keyType === "null" ? c.key === null : typeof c.key === keyType;
  if (!keyOk || typeof c.id !== "number" || !Number.isSafeInteger(c.id) || c.id < 1 || c.id > 2147483647)
    return bad();
  if (typeof c.key === "number" && !Number.isSafeInteger(c.key)) return bad();
  return c as never;
}

export type { CursorKey };
