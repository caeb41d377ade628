import { UNIT_IMPORT_MAX_BYTES } from "@par/domain";
import { describe, expect, it } from "vitest";
import { appRouter } from "../src/root";
import type { Caller } from "./helpers/callers";
import { anonymous, signIn } from "./helpers/callers";
import { factsOf } from "./helpers/expect-error";
import { callPath, procedurePaths } from "./helpers/procedures";
import { useTestDb } from "./helpers/test-db";
import { snapshotCounts } from "./helpers/units";

const t = useTestDb();

/** zod 4's definition of a schema, as far as this walk reads it. */
interface Def {
  type: string;
  innerType?: Schema;
  in?: Schema;
  out?: Schema;
  element?: Schema;
  shape?: Record<string, Schema>;
}
type Schema = { _zod: { def: Def } };

const NUMBERS = [2_147_483_648, -1, 1e20];
const HUGE = "x".repeat(100_000);
/** Fields whose legitimate values exceed 100 kB get a value just past their own bound instead. */
const OVER_OWN_BOUND: Record<string, string> = {
  contentBase64: "x".repeat(Math.ceil(UNIT_IMPORT_MAX_BYTES / 3) * 4 + 8), // a catalogue file: 5 MB
};

/** The leaf under optional/nullable/default/preprocess wrappers. */
function unwrap(s: Schema): Schema {
  const d = s._zod.def;
  if (d.innerType) return unwrap(d.innerType);
  if (d.type === "pipe") return unwrap(d.out!._zod.def.type === "transform" ? d.in! : d.out!);
  return s;
}

/** Bad values for a field: every number past the bounds, a 100 kB string; nested in arrays and objects. */
function badValues(s: Schema): unknown[] {
  const leaf = unwrap(s);
  const d = leaf._zod.def;
  if (d.type === "number") return NUMBERS;
  if (d.type === "string" || d.type === "enum") return [HUGE];
  if (d.type === "array") return badValues(d.element!).map((v) => [v]);
  if (d.type === "object")
    return Object.entries(d.shape!).flatMap(([k, v]) => badValues(v).map((bad) => ({ [k]: bad })));
  return [];
}

function inputShape(path: string): Record<string, Schema> | null {
  const proc = (appRouter._def.procedures as unknown as Record<string, { _def: { inputs: Schema[] } }>)[
    path
  ]!;
  const input = proc._def.inputs[0];
  if (!input) return null;
  const leaf = unwrap(input);
  return leaf._zod.def.type === "object" ? leaf._zod.def.shape! : null;
}

describe("bounds: every id, number and string of every input", () => {
  it("answers 400 naming the field — never a 500 — for 2147483648, -1, 1e20 and a 100 kB string, and writes nothing", async () => {
    const { caller: admin } = await signIn(t.trx, "snv.admin");
    const { caller: officer } = await signIn(t.trx, "ubnd.bienhoa");
    const { caller: head } = await signIn(t.trx, "ld.bienhoa");
    const { caller: nobody } = await anonymous(t.trx);
    const before = await snapshotCounts(t.trx);
    let sent = 0;
    const wrong: string[] = [];
    for (const path of procedurePaths()) {
      const shape = inputShape(path);
      if (!shape) continue;
      for (const [field, schema] of Object.entries(shape)) {
        const values = field in OVER_OWN_BOUND ? [OVER_OWN_BOUND[field]] : badValues(schema);
        for (const bad of values) {
          // Whoever holds the permission: the bounds must hold past authorization too.
          let caller: Caller = path === "auth.login" ? nobody : admin;
          let f = await outcome(caller, path, { [field]: bad });
          if (f?.code === "FORBIDDEN") {
            caller = officer;
            f = await outcome(caller, path, { [field]: bad });
          }
          if (f?.code === "FORBIDDEN") {
            caller = head;
            f = await outcome(caller, path, { [field]: bad });
          }
          sent++;
          const label = `${path} ${field}=${JSON.stringify(bad).slice(0, 40)}`;
          if (!f) wrong.push(`${label}: accepted`);
          else if (f.code !== "BAD_REQUEST" || !f.fieldErrors[field]?.[0]?.includes(" / "))
            wrong.push(`${label}: ${f.code} ${JSON.stringify(f.fieldErrors).slice(0, 120)}`);
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(sent).toBeGreaterThan(150);
    expect(await snapshotCounts(t.trx)).toEqual(before);
  });
});

async function outcome(caller: Caller, path: string, input: unknown) {
  try {
    await callPath(caller, path, input);
    return null;
  } catch (error) {
    return factsOf(error);
  }
}
