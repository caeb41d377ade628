import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  canonicalJson,
  decideIdempotency,
  IDEMPOTENCY_KEY_PATTERN,
  idempotencyFingerprint,
  idempotencyKeyReusedMessage,
} from "./idempotency";

const NOW = new Date("2023-06-01T03:00:00Z");
const hoursAgo = (h: number) => new Date(NOW.getTime() - h * 3_600_000);

/** The same members in another order (recursively). */
function shuffled(value: unknown, seed: number): unknown {
  if (Array.isArray(value)) return value.map((v, i) => shuffled(v, seed + i));
  if (value && typeof value === "object" && !(value instanceof Date)) {
    const entries = Object.entries(value);
    const rotated = entries
      .slice(seed % (entries.length || 1))
      .concat(entries.slice(0, seed % (entries.length || 1)));
    return Object.fromEntries(rotated.reverse().map(([k, v]) => [k, shuffled(v, seed + 1)]));
  }
  return value;
}

const inputs = fc.jsonValue();

describe("canonicalJson and the request fingerprint", () => {
  it("does not depend on the order of object keys", () => {
    fc.assert(
      fc.property(inputs, fc.nat(), (value, seed) => {
        expect(canonicalJson(shuffled(value, seed))).toBe(canonicalJson(value));
        expect(idempotencyFingerprint("units.create", shuffled(value, seed))).toEqual(
          idempotencyFingerprint("units.create", value),
        );
      }),
    );
  });

  it("changes when any value changes", () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string(), fc.jsonValue()),
        fc.string(),
        fc.jsonValue(),
        (obj, key, other) => {
          fc.pre(canonicalJson(obj[key]) !== canonicalJson(other));
          const changed = { ...obj, [key]: other };
          expect(idempotencyFingerprint("p", changed).requestHash).not.toBe(
            idempotencyFingerprint("p", obj).requestHash,
          );
        },
      ),
    );
  });

  it("tells apart what JSON would blur: Dates from strings, instants, nesting, and drops undefined members", () => {
    const d = new Date("2023-03-01T00:00:00Z");
    expect(canonicalJson({ d })).not.toBe(canonicalJson({ d: d.toISOString() }));
    expect(canonicalJson(d)).not.toBe(canonicalJson(new Date("2023-03-01T00:00:01Z")));
    expect(canonicalJson({ a: [1, 2] })).not.toBe(canonicalJson({ a: [2, 1] }));
    expect(canonicalJson({ a: "1" })).not.toBe(canonicalJson({ a: 1 }));
    expect(canonicalJson({ a: 1, b: undefined })).toBe(canonicalJson({ a: 1 }));
    expect(canonicalJson({ b: { y: 1, x: 2 }, a: null })).toBe('{"a":null,"b":{"x":2,"y":1}}');
  });
});

describe("decideIdempotency", () => {
  const f = idempotencyFingerprint("plans.create", { year: 2023, template: "dong-nai-2023" });

  it("is new for an unknown key and for one older than a day", () => {
    expect(decideIdempotency(null, f, NOW)).toBe("new");
    expect(decideIdempotency({ ...f, createdAt: hoursAgo(24) }, f, NOW)).toBe("new");
  });

  it("replays the same procedure and content within the day", () => {
    expect(decideIdempotency({ ...f, createdAt: hoursAgo(23.9) }, f, NOW)).toBe("replay");
  });

  it("refuses other content or another procedure under the same key", () => {
    const stored = { ...f, createdAt: hoursAgo(1) };
    expect(
      decideIdempotency(stored, idempotencyFingerprint("plans.create", { year: 2024, template: "x" }), NOW),
    ).toBe("conflict");
    expect(decideIdempotency(stored, { ...f, path: "units.create" }, NOW)).toBe("conflict");
  });

  it("accepts UUIDs only, and names the key when refusing it", () => {
    expect(IDEMPOTENCY_KEY_PATTERN.test("0b6f3c1e-2d4a-4f8b-9c1d-5e6f7a8b9c0d")).toBe(true);
    expect(IDEMPOTENCY_KEY_PATTERN.test("retry-1")).toBe(false);
    expect(idempotencyKeyReusedMessage("k-1")).toMatch(/^Khóa chống trùng.*k-1.* \/ Idempotency key k-1/);
  });
});
