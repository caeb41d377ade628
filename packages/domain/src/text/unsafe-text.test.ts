import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findUnsafeText, unsafeTextKind } from "./unsafe-text";

describe("unsafe text (NUL, unpaired surrogates)", () => {
  it("accepts Vietnamese, emoji (a valid surrogate pair) and every other well-formed string", () => {
    expect(unsafeTextKind("Phường Trảng Dài — UBND 😀")).toBeNull();
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (s) => {
        expect(unsafeTextKind(s.replaceAll("\u0000", ""))).toBeNull();
      }),
    );
  });

  it("finds a NUL and an unpaired surrogate at either end or in the middle", () => {
    expect(unsafeTextKind("a\u0000b")).toBe("nul");
    expect(unsafeTextKind("\uD800")).toBe("lone_surrogate");
    expect(unsafeTextKind("a\uDC00")).toBe("lone_surrogate");
    expect(unsafeTextKind("\uDBFFx")).toBe("lone_surrogate");
    expect(unsafeTextKind("\uDC00\uD800")).toBe("lone_surrogate"); // reversed pair
  });

  // Binary strings are slow to generate: a longer limit keeps a loaded CI machine from timing out.
  it("agrees with the platform: a string is safe exactly when it is well-formed and has no NUL", {
    timeout: 30_000,
  }, () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        const wellFormed = s === Buffer.from(s, "utf8").toString("utf8");
        expect(unsafeTextKind(s) === null).toBe(wellFormed && !s.includes("\u0000"));
      }),
      { numRuns: 500 },
    );
  });

  it("names the path of the first bad string, in values and in keys, however deep", () => {
    expect(findUnsafeText({ a: 1, members: [{ name: "ok" }, { name: "x\u0000" }] })).toEqual({
      path: ["members", 1, "name"],
      kind: "nul",
    });
    expect(findUnsafeText({ "k\uD800": 1 })).toEqual({ path: ["k\uD800"], kind: "lone_surrogate" });
    expect(findUnsafeText({ a: [1, null, true, { b: "fine" }] })).toBeNull();
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const found = findUnsafeText(v);
        // jsonValue can produce lone surrogates in strings; whatever it finds is really unsafe.
        if (found) {
          let at: unknown = v;
          for (const p of found.path.slice(0, -1)) at = (at as Record<string | number, unknown>)[p];
          const last = found.path.at(-1);
          const bad = last === undefined ? at : (at as Record<string | number, unknown>)[last];
          expect(typeof bad === "string" ? unsafeTextKind(bad) : unsafeTextKind(String(last))).not.toBeNull();
        }
      }),
    );
  });
});
