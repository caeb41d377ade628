import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluateFormula, type Formula, figuresOf, parseFormula } from "./formula";

const value = (text: string, figures: Record<string, number | null> = {}) => {
  const p = parseFormula(text);
  if (!p.ok) throw new Error(p.error);
  return evaluateFormula(p.formula, figures);
};

describe("formula language", () => {
  it("computes with precedence, parentheses, unary minus, min and max", () => {
    expect(value("1 + 2 * 3")).toBe(7);
    expect(value("(1 + 2) * 3")).toBe(9);
    expect(value("-2 + 5")).toBe(3);
    expect(value("10 / 4")).toBe(2.5);
    expect(value("min(1.5, 1.5 * rate / 60)", { rate: 30 })).toBe(0.75);
    expect(value("max(0, 2 - 0.5 * v, 1)", { v: 10 })).toBe(1);
  });

  it("answers null (no data) for a figure without data and for a division by zero", () => {
    expect(value("1 + rate", { rate: null })).toBeNull();
    expect(value("1 + rate", {})).toBeNull();
    expect(value("1 / (rate - 5)", { rate: 5 })).toBeNull();
  });

  it("refuses what is not the language, saying where, in both languages", () => {
    for (const bad of ["", "1 +", "(1", "1 2", "process.exit(1)", "sqrt(4)", "a ; b", "1)", "`x`", "x = 1"]) {
      const p = parseFormula(bad);
      expect(p.ok, bad).toBe(false);
      if (!p.ok) expect(p.error).toMatch(/ \/ /);
    }
    expect(parseFormula(`${"(".repeat(30)}1${")".repeat(30)}`).ok).toBe(false);
    expect(parseFormula("1+".repeat(300)).ok).toBe(false);
  });

  it("lists the figures a formula reads", () => {
    const p = parseFormula("min(a, b * 2) - c");
    expect(p.ok && figuresOf(p.formula)).toEqual(["a", "b", "c"]);
  });

  /** Random formulas, printed and parsed back: the same value as the tree they were printed from. */
  const arb: fc.Arbitrary<Formula> = fc.letrec<{ f: Formula }>((tie) => ({
    f: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      fc.integer({ min: 0, max: 100 }).map((value): Formula => ({ kind: "num", value })),
      fc.constantFrom("a", "b").map((name): Formula => ({ kind: "figure", name })),
      fc.record({
        kind: fc.constant("bin" as const),
        op: fc.constantFrom("+", "-", "*", "/" as const),
        left: tie("f"),
        right: tie("f"),
      }),
      fc.record({
        kind: fc.constant("call" as const),
        fn: fc.constantFrom("min", "max" as const),
        args: fc.array(tie("f"), { minLength: 1, maxLength: 3 }),
      }),
    ),
  })).f;
  const print = (f: Formula): string =>
    f.kind === "num"
      ? String(f.value)
      : f.kind === "figure"
        ? f.name
        : f.kind === "neg"
          ? `-(${print(f.arg)})`
          : f.kind === "bin"
            ? `(${print(f.left)} ${f.op} ${print(f.right)})`
            : `${f.fn}(${f.args.map(print).join(", ")})`;

  it("property: print then parse keeps the value, and evaluation never throws", () => {
    fc.assert(
      fc.property(
        arb,
        fc.integer({ min: -50, max: 50 }),
        fc.option(fc.integer({ min: 0, max: 100 })),
        (f, a, b) => {
          const figures = { a, b };
          const p = parseFormula(print(f));
          expect(p.ok).toBe(true);
          if (p.ok) expect(evaluateFormula(p.formula, figures)).toEqual(evaluateFormula(f, figures));
        },
      ),
      { numRuns: 150 },
    );
  });
});
