/**
 * Text a database or a document cannot hold: the NUL character (PostgreSQL refuses it in text, so
 * it would end as a server error) and broken UTF-16 (an unpaired surrogate, which has no UTF-8 form).
 * Any string anywhere in an input — values and object keys — is checked, before any schema runs.
 */
export type UnsafeTextKind = "nul" | "lone_surrogate";

export interface UnsafeText {
  /** Where in the input: keys and indexes, e.g. ["members", 0, "name"]. */
  path: (string | number)[];
  kind: UnsafeTextKind;
}

// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function unsafeTextKind(s: string): UnsafeTextKind | null {
  if (s.includes("\u0000")) return "nul";
  if (LONE_SURROGATE.test(s)) return "lone_surrogate";
  return null;
}

/** The first unsafe string in a JSON-like value (depth-first, in key order), or null. */
export function findUnsafeText(value: unknown, path: (string | number)[] = []): UnsafeText | null {
  if (typeof value === "string") {
    const kind = unsafeTextKind(value);
    return kind ? { path, kind } : null;
  }
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = findUnsafeText(item, [...path, i]);
      if (found) return found;
    }
    return null;
  }
  if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      const keyKind = unsafeTextKind(key);
      if (keyKind) return { path: [...path, key], kind: keyKind };
      const found = findUnsafeText(item, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

export const UNSAFE_TEXT_MESSAGE: Record<UnsafeTextKind, string> = {
  nul: "Nội dung có ký tự NUL (mã 0), không lưu được; hãy nhập lại / The text holds a NUL character, which cannot be stored; type it again",
  lone_surrogate:
    "Nội dung có ký tự Unicode bị hỏng (nửa cặp thay thế); hãy nhập lại / The text holds broken Unicode (an unpaired surrogate); type it again",
};
