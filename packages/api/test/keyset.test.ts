import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor, toPage } from "../src/db/keyset";

describe("keyset cursors", () => {
  it("round-trip any sort key and id", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.integer(), fc.constant(null)),
        fc.integer({ min: 1 }),
        (key, id) => {
          expect(decodeCursor(encodeCursor(key, id))).toEqual({ key, id });
        },
      ),
    );
  });

  it("refuse a tampered cursor as bad input naming the field", () => {
    for (const bad of [
      "abc",
      Buffer.from("[1]").toString("base64url"),
      Buffer.from('{"a":1}').toString("base64url"),
    ])
      expect(() => decodeCursor(bad)).toThrow(/Con trỏ trang không hợp lệ/);
    expect(decodeCursor(null)).toBeNull();
  });

  it("make a page of limit rows and a cursor only when there is more", () => {
    const rows = [1, 2, 3].map((id) => ({ id, name: `u${id}` }));
    const page = toPage(
      rows,
      2,
      (r) => [r.name, r.id],
      (r) => r.id,
      3,
    );
    expect(page).toEqual({ items: [1, 2], nextCursor: encodeCursor("u2", 2), total: 3 });
    expect(
      toPage(
        rows,
        3,
        (r) => [r.name, r.id],
        (r) => r.id,
      ).nextCursor,
    ).toBeNull();
  });
});
