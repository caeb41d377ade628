import { describe, expect, it } from "vitest";
import { z } from "zod";
import * as domain from "../index";

/**
 * Every message a schema can produce reaches a user: it names the field by its label, never by its
 * code ("(targetUnitId)", "startDate:"), and shows dates as dd/mm/yyyy, never "yyyy-mm-dd". The
 * schemas are found by iterating the package's exports, so a new schema is covered without a list.
 */

const FIELD_CODE_IN_BRACKETS = /\([a-z][A-Za-z0-9]*\)/;
const CAMEL_CASE_WORD = /\b[a-z]+[A-Z][A-Za-z0-9]*\b/;
const SNAKE_CASE_WORD = /\b[a-z]+_[a-z_]+\b/;
const ISO_DATE = /yyyy-mm-dd|\b\d{4}-\d{2}-\d{2}\b/i;

function userFacingProblems(message: string): string[] {
  return [
    FIELD_CODE_IN_BRACKETS.test(message) ? "field code in brackets" : "",
    CAMEL_CASE_WORD.test(message) ? "camelCase word" : "",
    SNAKE_CASE_WORD.test(message) ? "snake_case word" : "",
    ISO_DATE.test(message) ? "ISO date" : "",
  ].filter(Boolean);
}

const schemas: [string, z.ZodType][] = Object.entries(domain as Record<string, unknown>).flatMap(
  ([name, v]) => (v instanceof z.ZodType ? [[name, v] as [string, z.ZodType]] : []),
);

// biome-ignore lint/suspicious/noExplicitAny: zod's internal definition tree is untyped by design
type Def = any;

/** Every custom message written into a schema: the type's own error and each check's (refinements too). */
function writtenMessages(schema: z.ZodType, seen = new Set<unknown>()): string[] {
  if (seen.has(schema)) return [];
  seen.add(schema);
  const def: Def = (schema as Def)._zod.def;
  const out: string[] = [];
  const read = (error: unknown) => {
    const m = typeof error === "function" ? error({ input: undefined, code: "custom" }) : error;
    if (typeof m === "string") out.push(m);
  };
  read(def.error);
  for (const check of def.checks ?? []) read(check._zod.def.error);
  const children: unknown[] = [
    ...Object.values(def.shape ?? {}),
    def.element,
    def.innerType,
    def.in,
    def.out,
    ...(def.options ?? []),
  ];
  for (const c of children) if (c instanceof z.ZodType) out.push(...writtenMessages(c, seen));
  return out;
}

const BAD_VALUES: unknown[] = [
  undefined,
  null,
  "",
  "x",
  "2023-13-45",
  "29/12/2022",
  -1,
  0,
  1.5,
  99999,
  true,
  [],
  ["x"],
  [{}],
  [{ a: 1 }],
  {},
  "a".repeat(5000),
];

/** Representative bad inputs of a schema: each top-level field set to each bad value, and whole bad values. */
function badInputs(schema: z.ZodType): unknown[] {
  const def: Def = (schema as Def)._zod.def;
  const shape: Record<string, unknown> = def.shape ?? def.in?._zod.def.shape ?? {};
  const keys = Object.keys(shape);
  return [...BAD_VALUES, ...keys.flatMap((k) => BAD_VALUES.map((v) => ({ [k]: v })))];
}

describe("messages name fields by label and dates as dd/mm/yyyy", () => {
  it("finds the schemas to check", () => {
    expect(schemas.length).toBeGreaterThan(40);
  });

  it.each(schemas)("%s: every written message", (_name, schema) => {
    for (const m of writtenMessages(schema)) {
      expect(userFacingProblems(m), m).toEqual([]);
    }
  });

  it.each(schemas)("%s: every message produced for bad input", (_name, schema) => {
    let produced = 0;
    for (const input of badInputs(schema)) {
      const r = schema.safeParse(input);
      if (r.success) continue;
      for (const issue of r.error.issues) {
        produced++;
        expect(userFacingProblems(issue.message), `${JSON.stringify(input)} → ${issue.message}`).toEqual([]);
      }
    }
    expect(produced).toBeGreaterThan(0);
  });

  it("the checker itself catches codes and ISO dates", () => {
    expect(userFacingProblems("Ngày kết thúc (endDate) không hợp lệ")).toContain("field code in brackets");
    expect(userFacingProblems("startDate: ngày nghỉ")).toContain("camelCase word");
    expect(userFacingProblems("phải là not_resolved")).toContain("snake_case word");
    expect(userFacingProblems("ngày 2023-01-02")).toContain("ISO date");
    expect(userFacingProblems("Ngày kết thúc 02/01/2023 trước ngày bắt đầu")).toEqual([]);
  });
});
