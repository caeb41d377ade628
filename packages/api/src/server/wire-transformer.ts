import superjson from "superjson";

type SuperJsonResult = ReturnType<typeof superjson.serialize>;

/**
 * superjson on the wire, without its cost when it has nothing to do. superjson walks every node of an
 * answer, building a path for each, to find values JSON cannot carry (Date, Map, Set, BigInt, undefined,
 * NaN…). Almost every answer here is plain JSON already (DTOs carry dates as strings), and the walk cost
 * 1–6 ms of CPU per list page, ten times JSON.stringify (docs/benchmarks.md, session 5). `plainJson`
 * answers the same question in one tight pass; only when it finds something superjson must encode does
 * superjson run. The output is superjson's in both cases (`{ json }` when there is no meta), so the
 * apps' superjson client reads it unchanged (test/wire-transformer.test.ts).
 */
export function serialize(value: unknown): SuperJsonResult {
  if (typeof value === "object" && value !== null) {
    const kept = serializedKept.get(value);
    if (kept) return kept;
  }
  return plainJson(value, 0) ? { json: value as SuperJsonResult["json"] } : superjson.serialize(value);
}

/**
 * Answers served many times (the read cache's) are walked once: their wire form is kept beside them,
 * for as long as they live. The answer must not change afterwards — the cache never changes one.
 */
const serializedKept = new WeakMap<object, SuperJsonResult>();

export function keepSerialized(value: object): void {
  if (!serializedKept.has(value)) serializedKept.set(value, serialize(value));
}

export const deserialize = superjson.deserialize.bind(superjson);

export const wireTransformer = { serialize, deserialize };

/** Past this depth the tree is left to superjson (which also guards against cycles). */
const MAX_DEPTH = 64;

/**
 * Whether `value` is a tree of plain objects, arrays, strings, finite numbers (not -0), booleans and
 * null — exactly what superjson serializes with no meta. Anything else (a class instance, undefined in
 * an object or array, a Date…) answers false and superjson decides.
 */
function plainJson(value: unknown, depth: number): boolean {
  switch (typeof value) {
    case "string":
    case "boolean":
      return true;
    case "number":
      return Number.isFinite(value) && !Object.is(value, -0);
    case "object":
      break;
    default:
      return false;
  }
  if (value === null) return true;
  if (depth >= MAX_DEPTH) return false;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (!plainJson(value[i], depth + 1)) return false;
    return true;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return false;
  for (const key in value) {
    if (!plainJson((value as Record<string, unknown>)[key], depth + 1)) return false;
  }
  return true;
}
