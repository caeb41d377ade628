/**
 * mulberry32: a tiny seeded PRNG. The proposal uses it only to break ties between equally ranked
 * units, so that the same seed gives the same list and a different seed may reshuffle equals.
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    return mulberry32Step(a);
  };
}

/** One output of mulberry32 for the state `a`, without allocating a generator. */
function mulberry32Step(a: number): number {
  let t = a;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

/**
 * A tie-break key per unit drawn from a generator seeded with (seed, unit id), not from one stream in
 * input order: the result then does not depend on the order in which the caller lists units.
 */
export function tieKey(seed: number, unitId: number): number {
  return mulberry32Step((((seed ^ Math.imul(unitId, 0x9e3779b1)) >>> 0) + 0x6d2b79f5) >>> 0);
}
