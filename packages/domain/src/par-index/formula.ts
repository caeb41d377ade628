/**
 * A small, safe expression language for formula criteria (tiêu chí tính theo công thức): numbers,
 * named figures, + - * /, parentheses and min(…), max(…). Parsed to a tree and evaluated by walking it —
 * never eval — so a province's formula can only compute, never run code.
 */
export type Formula =
  | { kind: "num"; value: number }
  | { kind: "figure"; name: string }
  | { kind: "neg"; arg: Formula }
  | { kind: "bin"; op: "+" | "-" | "*" | "/"; left: Formula; right: Formula }
  | { kind: "call"; fn: "min" | "max"; args: Formula[] };

export type ParseResult = { ok: true; formula: Formula } | { ok: false; error: string };

const TOKEN = /\s*(?:(\d+(?:\.\d+)?)|([a-z_][a-z0-9_]*)|([-+*/(),]))/y;
export const FORMULA_MAX_LENGTH = 500;

function tokenize(text: string): string[] | string {
  const out: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    if (/^\s*$/.test(text.slice(TOKEN.lastIndex))) break;
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(text);
    if (!m) return `ký tự không hợp lệ ở vị trí ${at + 1} / invalid character at position ${at + 1}`;
    out.push((m[1] ?? m[2] ?? m[3]) as string);
  }
  return out;
}

/** Parses a formula; the error names where it went wrong, in both languages. */
export function parseFormula(text: string): ParseResult {
  if (text.length > FORMULA_MAX_LENGTH) {
    return {
      ok: false,
      error: `tối đa ${FORMULA_MAX_LENGTH} ký tự / at most ${FORMULA_MAX_LENGTH} characters`,
    };
  }
  const tokens = tokenize(text);
  if (typeof tokens === "string") return { ok: false, error: tokens };
  let i = 0;
  let depth = 0;
  const fail = (vi: string, en: string): never => {
    throw new FormulaError(`${vi} / ${en}`);
  };
  const expect = (t: string) => {
    if (tokens[i] !== t) fail(`thiếu "${t}"`, `"${t}" expected`);
    i++;
  };
  const expr = (): Formula => {
    let left = term();
    while (tokens[i] === "+" || tokens[i] === "-") {
      const op = tokens[i++] as "+" | "-";
      left = { kind: "bin", op, left, right: term() };
    }
    return left;
  };
  const term = (): Formula => {
    let left = unary();
    while (tokens[i] === "*" || tokens[i] === "/") {
      const op = tokens[i++] as "*" | "/";
      left = { kind: "bin", op, left, right: unary() };
    }
    return left;
  };
  const unary = (): Formula => {
    if (tokens[i] === "-") {
      i++;
      return { kind: "neg", arg: unary() };
    }
    return atom();
  };
  const atom = (): Formula => {
    const t = tokens[i++];
    if (t === undefined) return fail("công thức chưa kết thúc", "the formula ends too early");
    if (/^\d/.test(t)) return { kind: "num", value: Number(t) };
    if (t === "(") {
      if (++depth > 20) fail("lồng ngoặc quá sâu", "parentheses nested too deep");
      const inner = expr();
      expect(")");
      depth--;
      return inner;
    }
    if (/^[a-z_]/.test(t)) {
      if (tokens[i] !== "(") return { kind: "figure", name: t };
      if (t !== "min" && t !== "max") fail(`không có hàm "${t}"`, `no function "${t}"`);
      i++;
      const args = [expr()];
      while (tokens[i] === ",") {
        i++;
        args.push(expr());
      }
      expect(")");
      return { kind: "call", fn: t as "min" | "max", args };
    }
    return fail(`không mong đợi "${t}"`, `unexpected "${t}"`);
  };
  try {
    const formula = expr();
    if (i < tokens.length) fail(`thừa "${tokens[i]}"`, `unexpected "${tokens[i]}"`);
    return { ok: true, formula };
  } catch (e) {
    if (e instanceof FormulaError) return { ok: false, error: e.message };
    throw e;
  }
}

class FormulaError extends Error {}

/** Every figure a formula reads, so a tree can be checked against the known figures. */
export function figuresOf(f: Formula): string[] {
  switch (f.kind) {
    case "num":
      return [];
    case "figure":
      return [f.name];
    case "neg":
      return figuresOf(f.arg);
    case "bin":
      return [...figuresOf(f.left), ...figuresOf(f.right)];
    case "call":
      return f.args.flatMap(figuresOf);
  }
}

/**
 * The value, or null when a figure it reads has no data yet or a division by zero occurs: a criterion
 * without data is left for the appraiser, never scored as zero by accident.
 */
export function evaluateFormula(f: Formula, figures: Readonly<Record<string, number | null>>): number | null {
  switch (f.kind) {
    case "num":
      return f.value;
    case "figure":
      return figures[f.name] ?? null;
    case "neg": {
      const v = evaluateFormula(f.arg, figures);
      return v === null ? null : -v;
    }
    case "bin": {
      const a = evaluateFormula(f.left, figures);
      const b = evaluateFormula(f.right, figures);
      if (a === null || b === null) return null;
      if (f.op === "+") return a + b;
      if (f.op === "-") return a - b;
      if (f.op === "*") return a * b;
      return b === 0 ? null : a / b;
    }
    case "call": {
      const vs = f.args.map((x) => evaluateFormula(x, figures));
      if (vs.some((v) => v === null)) return null;
      return f.fn === "min" ? Math.min(...(vs as number[])) : Math.max(...(vs as number[]));
    }
  }
}
