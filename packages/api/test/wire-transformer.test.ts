import fc from "fast-check";
import superjson from "superjson";
import { describe, expect, it } from "vitest";
import { deserialize, serialize } from "../src/server/wire-transformer";

/** Values as the API's answers hold them, and every kind superjson must encode, mixed at any depth. */
const leaf = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.constant(-0),
  fc.date({ noInvalidDate: true }),
  fc.bigInt(),
  fc.constant(Number.NaN),
);
const tree = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: "small" }, leaf, tie("array"), tie("object")),
  array: fc.array(tie("value"), { maxLength: 4 }),
  object: fc.dictionary(fc.string({ maxLength: 6 }), tie("value"), { maxKeys: 4 }),
})).value;
const plainLeaf = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null));
const plainTree = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: "small" }, plainLeaf, tie("array"), tie("object")),
  array: fc.array(tie("value"), { maxLength: 4 }),
  object: fc.dictionary(fc.string({ maxLength: 6 }), tie("value"), { maxKeys: 4 }),
})).value;

describe("the wire transformer: superjson's output, without its walk on plain answers", () => {
  it("answers exactly what superjson answers, meta included, for any value", () => {
    fc.assert(
      fc.property(tree, (value) => {
        expect(JSON.parse(JSON.stringify(serialize(value)))).toEqual(
          JSON.parse(JSON.stringify(superjson.serialize(value))),
        );
        expect(superjson.deserialize(serialize(value))).toEqual(
          superjson.deserialize(superjson.serialize(value)),
        );
      }),
      { numRuns: 300 },
    );
  });

  it("a plain answer goes out as it is, with no meta, and reads back equal", () => {
    fc.assert(
      fc.property(plainTree, (value) => {
        const out = serialize(value);
        expect(out).toEqual({ json: value });
        expect(out.meta).toBeUndefined();
        expect(deserialize(out)).toEqual(value);
      }),
      { numRuns: 200 },
    );
  });

  it("a Date, a class instance, undefined or -0 anywhere in a page is left to superjson", () => {
    class Money {
      constructor(readonly amount: number) {}
    }
    const page = (x: unknown) => ({
      items: [
        { id: 1, name: "Phường Trấn Biên" },
        { id: 2, x },
      ],
      nextCursor: null,
    });
    for (const odd of [
      new Date("2026-11-29T00:00:00Z"),
      new Money(3),
      undefined,
      -0,
      Number.POSITIVE_INFINITY,
    ]) {
      expect(serialize(page(odd))).toEqual(superjson.serialize(page(odd)));
      expect(deserialize(serialize(page(odd)))).toEqual(page(odd));
    }
  });

  it("a tree deeper than the fast pass goes to superjson, whose output it is", () => {
    let deep: unknown = "đáy";
    for (let i = 0; i < 100; i++) deep = { child: deep };
    expect(serialize(deep)).toEqual(superjson.serialize(deep));
  });
});
