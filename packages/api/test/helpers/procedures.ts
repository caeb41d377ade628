import { appRouter } from "../../src/root";

/** Every procedure path of the router ("units.get", …): tests build their tables against this list. */
export function procedurePaths(): string[] {
  return Object.keys(appRouter._def.procedures).sort();
}

/** Calls a procedure by its path on a caller. */
export function callPath(caller: unknown, path: string, input: unknown): Promise<unknown> {
  const [ns, name] = path.split(".") as [string, string];
  const fn = (caller as Record<string, Record<string, (i: unknown) => Promise<unknown>>>)[ns]?.[name];
  if (!fn) throw new Error(`No procedure ${path}`);
  return fn(input);
}
