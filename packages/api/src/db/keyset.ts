import type { Page } from "@par/domain";
import { fail } from "../errors";

/**
 * Keyset pagination, shared by every list: `where (sort_key, id) > (last_key, last_id) order by
 * sort_key, id limit n + 1`. The cursor carries the last row's key and id, base64url JSON.
 */
export type CursorKey = string | number | null;

export function encodeCursor(key: CursorKey, id: number | string): string {
  return Buffer.from(JSON.stringify([key, id])).toString("base64url");
}

/** The last row's key and id, or null for the first page; a cursor that does not decode is bad input. */
export function decodeCursor(
  cursor: string | null | undefined,
): { key: CursorKey; id: number | string } | null {
  if (!cursor) return null;
  try {
    const value = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown;
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      (value[0] === null || ["string", "number"].includes(typeof value[0])) &&
      ["string", "number"].includes(typeof value[1])
    )
      return { key: value[0] as CursorKey, id: value[1] as number | string };
  } catch {
    // fall through to the refusal
  }
  fail("INPUT.BAD_CURSOR", "Con trỏ trang không hợp lệ / Page cursor is invalid", "cursor");
}

/** Turns `limit + 1` fetched rows into a page: the extra row only says that there is more. */
export function toPage<R, T>(
  rows: readonly R[],
  limit: number,
  keyOf: (row: R) => [CursorKey, number | string],
  map: (row: R) => T,
  total?: number,
): Page<T> {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  const nextCursor = rows.length > limit && last !== undefined ? encodeCursor(...keyOf(last)) : null;
  return { items: items.map(map), nextCursor, ...(total !== undefined ? { total } : {}) };
}
